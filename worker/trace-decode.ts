// Readable trace entries for the page's trace table (KERNEL-MODEL Q1: `trace` keeps the era's hex
// dumps; decoding belongs in the UI). Pure functions over text and bytes, no kernel imports:
// parseFormat() reads an event's `format` file (§d.1), parseTrace() cuts the text of `trace` into
// entries (context line §e.4, then a hex dump and a NUL §e.5, `Unknown type N` §e.6,
// `tracing_mark_write: TEXT` §e.7 or `[LINE TOO BIG]`; on Linux 6.12, `NAME: FIELD=VALUE ...` as
// print_event_fields prints it), and decodeFields() reads an entry's bytes through its format, or
// textFields() the values of a 6.12 line. The bytes of `trace` are only read, never rewritten.

export interface FormatField {
  /** The type as the format file prints it, brackets moved back to the type (`char[8]`). */
  type: string;
  name: string;
  offset: number;
  size: number;
  signed: boolean;
}

export interface EventFormat {
  name: string;
  id: number;
  /** The fields after the common header, in declaration order. */
  fields: FormatField[];
}

const FIELD_LINE = /^\tfield:(.*);\toffset:(\d+);\tsize:(\d+);\tsigned:(\d+);$/;

/** Splits a field declaration (`char tty[8]`, `__data_loc char[] path`) into type and name. */
function splitDeclaration(decl: string): { type: string; name: string } {
  const space = decl.lastIndexOf(' ');
  let type = decl.slice(0, space);
  let name = decl.slice(space + 1);
  const bracket = name.indexOf('[');
  if (bracket >= 0) {
    type += name.slice(bracket);
    name = name.slice(0, bracket);
  }
  return { type, name };
}

/** An event's `format` text (§d.1) as its name, ID and user fields; null if it is not one. */
export function parseFormat(text: string): EventFormat | null {
  const name = /^name: (.*)$/m.exec(text);
  const id = /^ID: (\d+)$/m.exec(text);
  if (!name || !id) return null;
  const fields: FormatField[] = [];
  for (const line of text.split('\n')) {
    const m = FIELD_LINE.exec(line);
    if (!m) continue;
    const { type, name: field } = splitDeclaration(m[1]);
    if (field.startsWith('common_')) continue;
    fields.push({ type, name: field, offset: Number(m[2]), size: Number(m[3]), signed: m[4] === '1' });
  }
  return { name: name[1], id: Number(id[1]), fields };
}

export interface TraceContext {
  comm: string;
  pid: number;
  cpu: number;
  /** The five flag characters, or '' when `irq-info` is off. */
  flags: string;
  /** `secs.usecs` as printed. */
  time: string;
  /** The timestamp in whole virtual seconds. */
  secs: number;
}

export type TraceBody =
  | { kind: 'event'; bytes: Uint8Array }
  | { kind: 'fields'; name: string; text: string }
  | { kind: 'unknown'; id: number }
  | { kind: 'marker'; text: string }
  | { kind: 'too-big' }
  | { kind: 'other'; text: string };

export interface ParsedEntry {
  /** The entry's first line as printed: it names the entry (the timestamp moves on every call). */
  key: string;
  context: TraceContext | null;
  body: TraceBody;
}

export interface ParsedTrace {
  /** From the header: entries held and entries written (null when `context-info` is off). */
  entries: number | null;
  written: number | null;
  list: ParsedEntry[];
}

const CONTEXT = /^ *(.{1,16}?)-(\d+) +\[(\d+)\] (?:(\D\S{4}) )? *(\d+)\.(\d{6}): (.*)$/;
const HEX_ROW = /^[0-9a-f]{8}: /;
const HEADER_COUNTS = /^# entries-in-buffer\/entries-written: (\d+)\/(\d+)/;
const MARKER = 'tracing_mark_write: ';
/** A 6.12 event's text: its name, a colon, then ` FIELD=VALUE` pairs or `No fields found`. */
const FIELDS_LINE = /^([^\s:]+):((?: .*)?|No fields found)$/;

function parseContext(m: RegExpExecArray): TraceContext {
  return {
    comm: m[1],
    pid: Number(m[2]),
    cpu: Number(m[3]),
    flags: m[4] ?? '',
    time: `${m[5]}.${m[6]}`,
    secs: Number(m[5]),
  };
}

/** The bytes of one hex row: the 49-column hex area after `%08x: `. */
function rowBytes(line: string, into: number[]): void {
  for (const pair of line.slice(10, 59).trim().split(' ')) if (pair) into.push(parseInt(pair, 16));
}

/** Cuts the text of `trace` into entries; lines that fit no entry shape become `other` entries. */
export function parseTrace(text: string): ParsedTrace {
  const out: ParsedTrace = { entries: null, written: null, list: [] };
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let i = 0;
  for (; i < lines.length && lines[i].startsWith('#'); i++) {
    const counts = HEADER_COUNTS.exec(lines[i]);
    if (counts) [out.entries, out.written] = [Number(counts[1]), Number(counts[2])];
  }
  let marker: { kind: 'marker'; text: string } | null = null;
  while (i < lines.length) {
    // NOTE: the NUL that ends a hex dump has no newline after it: it starts the next line.
    const line = lines[i].startsWith('\0') ? lines[i].slice(1) : lines[i];
    i++;
    if (line === '' && i >= lines.length) break;
    const m = CONTEXT.exec(line);
    if (!m) {
      if (marker) marker.text += '\n' + line;
      else out.list.push({ key: line, context: null, body: { kind: 'other', text: line } });
      continue;
    }
    marker = null;
    const context = parseContext(m);
    const rest = m[7];
    let body: TraceBody;
    if (rest === '' && lines[i] === '[LINE TOO BIG]') {
      i++;
      body = { kind: 'too-big' };
    } else if (rest === '') {
      const bytes: number[] = [];
      for (; i < lines.length && HEX_ROW.test(lines[i]); i++) rowBytes(lines[i], bytes);
      body = { kind: 'event', bytes: Uint8Array.from(bytes) };
    } else if (rest.startsWith(MARKER)) {
      marker = { kind: 'marker', text: rest.slice(MARKER.length) };
      body = marker;
    } else if (FIELDS_LINE.test(rest)) {
      const f = FIELDS_LINE.exec(rest)!;
      body = { kind: 'fields', name: f[1], text: f[2] };
    } else if (/^Unknown type \d+$/.test(rest)) {
      body = { kind: 'unknown', id: Number(rest.slice(13)) };
    } else {
      body = { kind: 'other', text: rest };
    }
    out.list.push({ key: line, context, body });
  }
  return out;
}

export interface DecodedField {
  name: string;
  value: string;
}

const DECODER = new TextDecoder('utf-8', { fatal: false });

function hex(bytes: Uint8Array): string {
  return hexBytes(bytes).replaceAll(' ', '');
}

/** Text up to the first NUL, with control characters escaped so a row stays one line. */
function cString(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  const text = DECODER.decode(nul >= 0 ? bytes.subarray(0, nul) : bytes);
  return text.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** A little-endian integer of 1, 2, 4 or 8 bytes. */
export function readInteger(bytes: Uint8Array, offset: number, size: number, signed: boolean): bigint {
  let value = 0n;
  for (let k = size - 1; k >= 0; k--) value = (value << 8n) | BigInt(bytes[offset + k]);
  return signed ? BigInt.asIntN(size * 8, value) : value;
}

/** The common_type of an entry: its event ID (u16 at offset 0). */
export function entryType(bytes: Uint8Array): number | null {
  return bytes.length >= 2 ? bytes[0] | (bytes[1] << 8) : null;
}

/** Bytes of a `__data_loc`/`__rel_loc` field: offset from the entry (or from after the field) and length. */
function dynamicBytes(bytes: Uint8Array, field: FormatField, relative: boolean): Uint8Array | null {
  const word = Number(readInteger(bytes, field.offset, 4, false));
  const start = (word & 0xffff) + (relative ? field.offset + 4 : 0);
  const length = word >>> 16;
  return start + length <= bytes.length ? bytes.subarray(start, start + length) : null;
}

function isChar(type: string): boolean {
  return /\bchar\b/.test(type);
}

/** One field's value as the print format would show it; strings are C strings, structs hex. */
function fieldValue(bytes: Uint8Array, field: FormatField): string {
  if (field.offset + field.size > bytes.length) return '(beyond the entry)';
  const loc = /^__(data|rel)_loc /.exec(field.type);
  if (loc && field.size === 4) {
    const data = dynamicBytes(bytes, field, loc[1] === 'rel');
    if (!data) return '(bad location)';
    return isChar(field.type) ? cString(data) : data.length ? `0x${hex(data)}` : '(empty)';
  }
  if (field.type.includes('[') && isChar(field.type)) {
    return cString(bytes.subarray(field.offset, field.offset + field.size));
  }
  if (field.type.startsWith('struct ') || ![1, 2, 4, 8].includes(field.size)) {
    return `0x${hex(bytes.subarray(field.offset, field.offset + field.size))}`;
  }
  return readInteger(bytes, field.offset, field.size, field.signed).toString();
}

/** Every user field of an entry, read through its event's format. */
export function decodeFields(bytes: Uint8Array, format: EventFormat): DecodedField[] {
  return format.fields.map((f) => ({ name: f.name, value: fieldValue(bytes, f) }));
}

/** The entry's bytes as lowercase hex, two digits per byte, separated by spaces. */
export function hexBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}

/**
 * The values of a 6.12 line (print_fields): the text after ` NAME=` up to the next field's
 * ` NAME=`, in the format's order; numbers as their decimal value with the field's own sign
 * (`0xfffe (65534)` of an s16 is -2), one-byte fields (`'A'(65)`) the same, strings as printed.
 */
export function textFields(text: string, format: EventFormat): DecodedField[] {
  const out: DecodedField[] = [];
  let at = 0;
  format.fields.forEach((f, i) => {
    const start = text.indexOf(` ${f.name}=`, at);
    if (start < 0) return;
    const from = start + f.name.length + 2;
    const next = i + 1 < format.fields.length ? text.indexOf(` ${format.fields[i + 1].name}=`, from) : -1;
    const raw = next < 0 ? text.slice(from) : text.slice(from, next);
    at = next < 0 ? text.length : next;
    out.push({ name: f.name, value: textValue(raw, f) });
  });
  return out;
}

function textValue(raw: string, f: FormatField): string {
  const number = /^(?:0x([0-9a-f]+) \((-?\d+)\)|(?:'.'|'[^']*')?\((\d+)\))$/.exec(raw);
  if (!number) return raw;
  const bits = BigInt(f.size * 8);
  const value = number[1] !== undefined ? BigInt(`0x${number[1]}`) : BigInt(number[3]);
  return (f.signed ? BigInt.asIntN(Number(bits), value) : BigInt.asUintN(Number(bits), value)).toString();
}
