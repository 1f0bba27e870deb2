// Models a trace array's options (kernel/trace/trace.c trace_options and options/<name>):
// `trace_options` lists every option as NAME or noNAME; options/NAME reads and sets one.

import { EINVAL } from '../lib/errno';
import { parseUserDecimal } from '../lib/kstrtox';
import { encodeUtf8 } from '../lib/utf8';
import { seqRead, type FileOperations } from '../fs/file';
import { tracefsCreateDir, tracefsCreateFile } from '../tracefs/tracefs';
import { isTopLevel, TOP_LEVEL_ONLY_OPTIONS, TRACE_OPTIONS, type TraceArray } from './trace-array';
import { pinning, textFile, trArray } from './trace-fops';

export const traceOptionsFops = textFile(
  (tr) =>
    TRACE_OPTIONS.filter(([n]) => isTopLevel(tr) || !TOP_LEVEL_ONLY_OPTIONS.has(n))
      .map(([n]) => (tr.options.get(n) ? n : `no${n}`))
      .join('\n') + '\n',
  (file, data) => {
    const word = String.fromCharCode(...data.subarray(0, 128)).trim();
    const off = word.startsWith('no');
    const name = off ? word.slice(2) : word;
    const tr = trArray(file);
    if (!tr.options.has(name)) return -EINVAL;
    tr.options.set(name, !off);
    return data.length;
  },
);

interface OptionFile {
  tr: TraceArray;
  name: string;
}

const optionFileFops: FileOperations = {
  read: (file, count, ppos) => {
    const of = file.inode.private as OptionFile;
    return seqRead(file, count, ppos, () => encodeUtf8(of.tr.options.get(of.name) ? '1\n' : '0\n'));
  },
  write: (file, data) => {
    const of = file.inode.private as OptionFile;
    const parsed = parseUserDecimal(data);
    if (!parsed.ok) return parsed.err;
    if (parsed.value > 1n) return -EINVAL;
    of.tr.options.set(of.name, parsed.value === 1n);
    return data.length;
  },
};

export function createOptionsDir(tr: TraceArray): void {
  const dir = tracefsCreateDir('options', tr.dir);
  if (!dir) return;
  for (const [name] of TRACE_OPTIONS) {
    if (!isTopLevel(tr) && TOP_LEVEL_ONLY_OPTIONS.has(name)) continue;
    const fops = isTopLevel(tr) ? optionFileFops : pinning(optionFileFops);
    tracefsCreateFile(name, 0o640, dir, { tr, name } satisfies OptionFile, fops);
  }
}
