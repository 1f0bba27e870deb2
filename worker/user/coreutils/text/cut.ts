// Models GNU coreutils cut: -b/-c LIST selects bytes (-c is -b under LC_ALL=C), -f LIST fields
// split by -d DELIM (default TAB); -s drops lines without a delimiter, --complement inverts LIST,
// --output-delimiter joins the pieces (for -b only between ranges), -z makes NUL the line end.
// Lines stream as each read returns, so `cat trace_pipe | cut -f1` shows lines as they come.

import { latin1Bytes } from '../../../kernel/lib/utf8';
import { concatBytes, readBlocking, type Proc, type ProcessContext, type Wait } from '../../process';
import { Tool } from '../tool';
import { argBytes, fileError, finishTool, LineSplitter } from './common';
import { parseFieldList, RangeCursor, type FieldRange } from './cut-list';
import { openInput, closeInput } from '../input';

interface CutSpec {
  readonly fields: boolean;
  readonly cursor: RangeCursor;
  readonly delim: number;
  /** null: the default (the input delimiter for -f, nothing between byte ranges). */
  readonly outDelim: Uint8Array | null;
  readonly onlyDelimited: boolean;
  readonly eol: number;
}

/** One line's bytes (without its end) cut by byte position. */
function cutBytes(spec: CutSpec, line: Uint8Array): Uint8Array[] {
  const parts: Uint8Array[] = [];
  const { cursor } = spec;
  cursor.reset();
  let printed = false;
  let start = -1;
  for (let k = 1; k <= line.length; k++) {
    const selected = cursor.selected(k);
    if (selected && spec.outDelim && printed && cursor.startsRange(k)) {
      if (start >= 0) parts.push(line.subarray(start, k - 1));
      parts.push(spec.outDelim);
      start = -1;
    }
    if (selected) {
      printed = true;
      if (start < 0) start = k - 1;
    } else if (start >= 0) {
      parts.push(line.subarray(start, k - 1));
      start = -1;
    }
  }
  if (start >= 0) parts.push(line.subarray(start));
  return parts;
}

/** One line cut by fields; null when -s drops it. */
function cutFields(spec: CutSpec, line: Uint8Array): Uint8Array[] | null {
  const { cursor, delim } = spec;
  if (!line.includes(delim)) return spec.onlyDelimited ? null : [line];
  cursor.reset();
  const parts: Uint8Array[] = [];
  const joint = spec.outDelim ?? Uint8Array.of(delim);
  let field = 1;
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== delim) continue;
    if (cursor.selected(field)) {
      if (parts.length) parts.push(joint);
      parts.push(line.subarray(start, i));
    }
    field++;
    start = i + 1;
  }
  return parts;
}

/** Splits a stream into lines as blocks arrive; what follows the last line end waits for more. */
function* cutStream(t: Tool, spec: CutSpec, fd: number): Generator<Wait, number, void> {
  const eol = Uint8Array.of(spec.eol);
  const emit = (line: Uint8Array) => {
    const parts = spec.fields ? cutFields(spec, line) : cutBytes(spec, line);
    if (parts) t.out.write(concatBytes([...parts, eol]));
  };
  const lines = new LineSplitter(spec.eol);
  for (;;) {
    const got = yield* readBlocking(t.sys, fd, 65536);
    if (typeof got === 'number') return got;
    if (got.length === 0) break;
    lines.push(got, emit);
  }
  lines.end(emit);
  return 0;
}

/**
 * -d with the line end itself (-d $'\n'): the whole input is one record whose fields are its
 * lines, the last line end not counting as a delimiter.
 */
function* cutOneRecord(t: Tool, spec: CutSpec, fd: number): Generator<Wait, number, void> {
  const chunks: Uint8Array[] = [];
  for (;;) {
    const got = yield* readBlocking(t.sys, fd, 65536);
    if (typeof got === 'number') return got;
    if (got.length === 0) break;
    chunks.push(got);
  }
  let data = concatBytes(chunks);
  if (data.length === 0) return 0;
  if (data[data.length - 1] === spec.eol) data = data.subarray(0, data.length - 1);
  const parts = cutFields(spec, data);
  if (parts) t.out.write(concatBytes([...parts, Uint8Array.of(spec.eol)]));
  return 0;
}

function parseSpec(t: Tool, argv: string[]): { spec: CutSpec; operands: string[] } | number {
  const p = t.options(
    {
      flags: 'nsz',
      withArg: 'bcdf',
      long: {
        'bytes=': 'b',
        'characters=': 'c',
        'fields=': 'f',
        'delimiter=': 'd',
        'only-delimited': 's',
        'zero-terminated': 'z',
        complement: 'C',
        'output-delimiter=': 'O',
      },
    },
    argv,
  );
  if (typeof p === 'number') return p;
  let mode: 'bytes' | 'fields' | null = null;
  let list = '';
  let delim: number | null = null;
  let outDelim: Uint8Array | null = null;
  for (const [k, v] of p.list) {
    if (k === 'b' || k === 'c' || k === 'f') {
      if (mode) return t.usage('only one list may be specified');
      mode = k === 'f' ? 'fields' : 'bytes';
      list = v;
    } else if (k === 'd') {
      const d = argBytes(v);
      if (d.length > 1) return t.usage('the delimiter must be a single character');
      delim = d.length ? d.charCodeAt(0) : 0;
    } else if (k === 'O') outDelim = v === '' ? Uint8Array.of(0) : latin1Bytes(argBytes(v));
  }
  if (!mode) return t.usage('you must specify a list of bytes, characters, or fields');
  if (delim !== null && mode !== 'fields')
    return t.usage('an input delimiter may be specified only when operating on fields');
  if (p.has('s') && mode !== 'fields')
    return t.usage('suppressing non-delimited lines makes sense\n\tonly when operating on fields');
  const ranges = parseFieldList(list, mode === 'bytes', p.has('C'));
  if (!Array.isArray(ranges)) return t.usage(ranges.error);
  const spec: CutSpec = {
    fields: mode === 'fields',
    cursor: new RangeCursor(ranges as FieldRange[]),
    delim: delim ?? 9,
    outDelim,
    onlyDelimited: p.has('s'),
    eol: p.has('z') ? 0 : 10,
  };
  return { spec, operands: p.operands.length ? p.operands : ['-'] };
}

export function* cut(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'cut');
  const parsed = parseSpec(t, ctx.argv.slice(1));
  if (typeof parsed === 'number') return parsed;
  const { spec, operands } = parsed;
  for (const operand of operands) {
    const input = openInput(t.sys, operand);
    if (typeof input === 'number') {
      fileError(t, operand, input);
      continue;
    }
    try {
      const err =
        spec.fields && spec.delim === spec.eol
          ? yield* cutOneRecord(t, spec, input.fd)
          : yield* cutStream(t, spec, input.fd);
      if (err) fileError(t, operand, err);
    } finally {
      closeInput(t.sys, input);
    }
  }
  return finishTool(t);
}
