// Models GNU coreutils sort under LC_ALL=C: sorts the lines of every FILE together (each file's
// last line ended if it was not), by -k keys and global ordering options, with the whole-line
// byte comparison as the last resort unless -s; -u keeps the first of equal lines, -c/-C check
// order instead (`sort: FILE:N: disorder: LINE`), -m merges sorted files, -o FILE writes after
// all input is read (so `sort -o f f` works). Failures exit 2 with sort's wording.
// Simplified: -R, --debug, --files0-from and -S/-T/--parallel tuning are not modelled (-S, -T
// and --parallel are accepted and ignored).

import { strerror } from '../../../kernel/lib/errno';
import { O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY } from '../../../kernel/syscalls';
import { concatBytes, type Proc, type ProcessContext } from '../../process';
import { Tool } from '../tool';
import { encodeText } from '../../bytes';
import { argBytes, finishTool, readOperand } from './common';
import { quote, quoteFile } from './quoting';
import { compareLines, keyBounds, type SortLine, type SortSettings } from './sort-compare';
import {
  incompatible,
  inherit,
  isDefaultKey,
  newKey,
  parseKey,
  setOrdering,
  type KeyField,
} from './sort-keys';

/** SORT_FAILURE. */
const FAILURE = 2;

interface SortOptions {
  settings: SortSettings;
  unique: boolean;
  check: '' | 'c' | 'C';
  merge: boolean;
  output: string | null;
  eol: number;
  files: string[];
}

/** main()'s option handling: the options, or the exit status after a diagnostic. */
function parseOptions(t: Tool): SortOptions | number {
  const p = t.options({
    flags: 'bcCdfghiMmnrsuVz',
    withArg: 'kotST',
    long: {
      'ignore-leading-blanks': 'b',
      check: 'c',
      'dictionary-order': 'd',
      'ignore-case': 'f',
      'general-numeric-sort': 'g',
      'human-numeric-sort': 'h',
      'ignore-nonprinting': 'i',
      'month-sort': 'M',
      merge: 'm',
      'numeric-sort': 'n',
      reverse: 'r',
      stable: 's',
      unique: 'u',
      'version-sort': 'V',
      'zero-terminated': 'z',
      'key=': 'k',
      'output=': 'o',
      'field-separator=': 't',
      'buffer-size=': 'S',
      'temporary-directory=': 'T',
      'parallel=': 'P',
    },
  });
  if (typeof p === 'number') return p;
  const die = (message: string) => {
    t.error(message, FAILURE);
    return t.finish(FAILURE);
  };
  const global = newKey();
  const keys: KeyField[] = [];
  let tab = -1;
  let output: string | null = null;
  let check: SortOptions['check'] = '';
  for (const [k, v] of p.list) {
    if ('bdfghiMnrV'.includes(k)) setOrdering(k, 0, global, 'both');
    else if (k === 'c' || k === 'C') {
      if (check && check !== k) return die(`options '-cC' are incompatible`);
      check = k;
    } else if (k === 'k') {
      const key = parseKey(v);
      if (typeof key === 'string') return die(key);
      keys.push(key);
    } else if (k === 'o') {
      if (output !== null && output !== v) return die('multiple output files specified');
      output = v;
    } else if (k === 't') {
      const sep = argBytes(v);
      if (sep === '') return die('empty tab');
      let newTab = sep.charCodeAt(0);
      if (sep.length > 1) {
        if (sep !== '\\0') return die(`multi-character tab ${quote(v)}`);
        newTab = 0;
      }
      if (tab >= 0 && tab !== newTab) return die('incompatible tabs');
      tab = newTab;
    }
  }
  for (const key of keys) inherit(key, global);
  if (!keys.length && !isDefaultKey(global)) keys.push(global);
  for (const key of keys) {
    const bad = incompatible(key);
    if (bad) return die(bad);
  }
  if (check && p.operands.length > 1)
    return die(`extra operand ${quoteFile(p.operands[1], true)} not allowed with -${check}`);
  if (check && output !== null) return die(`options '-${check}o' are incompatible`);
  const unique = p.has('u');
  return {
    settings: { keys, tab, reverse: global.reverse, keysOnly: unique || p.has('s') },
    unique,
    check,
    merge: p.has('m'),
    output,
    eol: p.has('z') ? 0 : 0x0a,
    files: p.operands.length ? p.operands : ['-'],
  };
}

/** The lines of one input, each without its end byte. */
function splitInput(data: Uint8Array, eol: number, settings: SortSettings): SortLine[] {
  const lines: SortLine[] = [];
  const first = settings.keys[0];
  let start = 0;
  while (start < data.length) {
    let end = data.indexOf(eol, start);
    if (end < 0) end = data.length;
    const text = data.subarray(start, end);
    const [keyBeg, keyLim] = first ? keyBounds(first, text, settings.tab) : [0, text.length];
    lines.push({ text, keyBeg, keyLim });
    start = end + 1;
  }
  return lines;
}

/** check(): the first line out of order, reported with -c; true when all are in order. */
function checkOrder(t: Tool, o: SortOptions, file: string, lines: readonly SortLine[]): boolean {
  for (let i = 1; i < lines.length; i++) {
    const diff = compareLines(o.settings, lines[i - 1], lines[i]);
    if (o.unique ? diff >= 0 : diff > 0) {
      if (o.check === 'c') {
        t.out.flush();
        const text = concatBytes([encodeText(`sort: ${file}:${i + 1}: disorder: `), lines[i].text]);
        t.sys.write(2, concatBytes([text, Uint8Array.of(0x0a)]));
      }
      return false;
    }
  }
  return true;
}

/** mergefps(): repeatedly the least head line of the inputs, the earlier input first on ties. */
function mergeInputs(settings: SortSettings, inputs: SortLine[][]): SortLine[] {
  const out: SortLine[] = [];
  const at = inputs.map(() => 0);
  for (;;) {
    let best = -1;
    for (let k = 0; k < inputs.length; k++) {
      if (at[k] >= inputs[k].length) continue;
      if (best < 0 || compareLines(settings, inputs[k][at[k]], inputs[best][at[best]]) < 0) best = k;
    }
    if (best < 0) return out;
    out.push(inputs[best][at[best]++]);
  }
}

export function* sort(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'sort', FAILURE);
  const o = parseOptions(t);
  if (typeof o === 'number') return o;
  const die = (what: string, file: string, errno: number) => {
    t.error(`${what}: ${quoteFile(file)}: ${strerror(errno)}`, FAILURE);
    return t.finish(FAILURE);
  };
  if (!o.check) {
    for (const file of o.files) {
      const fd = file === '-' ? 0 : t.sys.open(file, O_RDONLY);
      if (fd < 0) return die('cannot read', file, fd);
      if (fd > 0) t.sys.close(fd);
    }
  }
  if (o.output !== null) {
    const fd = t.sys.open(o.output, O_WRONLY | O_CREAT, 0o666);
    if (fd < 0) return die('open failed', o.output, fd);
    t.sys.close(fd);
  }
  const inputs: SortLine[][] = [];
  for (const file of o.check ? o.files.slice(0, 1) : o.files) {
    let failed: [string, number] = ['', 0];
    const data = yield* readOperand(t, file, (_, errno, opening) => {
      failed = [opening ? 'open failed' : 'read failed', errno];
    });
    if (!data) return die(failed[0], file, failed[1]);
    inputs.push(splitInput(data, o.eol, o.settings));
  }
  if (o.check) return checkOrder(t, o, o.files[0], inputs[0]) ? t.finish(0) : t.finish(1);
  let lines: SortLine[];
  if (o.merge) lines = mergeInputs(o.settings, inputs);
  else {
    lines = inputs.flat();
    lines.sort((a, b) => compareLines(o.settings, a, b));
  }
  if (o.output !== null) {
    const fd = t.sys.open(o.output, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
    if (fd < 0) return die('open failed', o.output, fd);
    t.sys.dup2(fd, 1);
    t.sys.close(fd);
  }
  const eol = Uint8Array.of(o.eol);
  let last: SortLine | null = null;
  for (const line of lines) {
    if (o.unique && last && compareLines(o.settings, last, line) === 0) continue;
    t.out.write(line.text);
    t.out.write(eol);
    last = line;
  }
  return finishTool(t);
}
