// Models how cp and mv read their operands (coreutils cp.c/mv.c do_copy and movefile): SOURCE DEST,
// SOURCE... DIRECTORY, -t DIRECTORY SOURCE..., -T SOURCE DEST, with their usage errors.

import { ENOTDIR, strerror } from '../../../kernel/lib/errno';
import { isDirMode } from '../format';
import { quoteaf, type ParsedOptions, type Tool } from '../tool';
import { baseName, joinPath } from './paths';

/** Each source with the name it is copied or moved to. */
export type Pairs = [source: string, dest: string][];

/** The source/destination pairs, or the exit status after a usage or target error. */
export function targets(t: Tool, p: ParsedOptions): Pairs | number {
  const operands = p.operands;
  const dir = p.value('t');
  if (dir !== undefined) {
    if (p.has('T')) {
      t.error('cannot combine --target-directory (-t) and --no-target-directory (-T)');
      return t.finish();
    }
    if (operands.length === 0) return t.usage('missing file operand');
    const st = t.sys.stat(dir);
    if (!st.ok || !isDirMode(st.value.mode)) {
      t.error(`target directory ${quoteaf(dir)}: ${strerror(st.ok ? -ENOTDIR : st.err)}`);
      return t.finish();
    }
    return operands.map((s) => [s, joinPath(dir, baseName(s))]);
  }
  if (operands.length === 0) return t.usage('missing file operand');
  if (operands.length === 1) return t.usage(`missing destination file operand after ${quoteaf(operands[0])}`);
  if (p.has('T')) {
    if (operands.length > 2) return t.usage(`extra operand ${quoteaf(operands[2])}`);
    return [[operands[0], operands[1]]];
  }
  const last = operands[operands.length - 1];
  const sources = operands.slice(0, -1);
  const st = t.sys.stat(last);
  if (st.ok && isDirMode(st.value.mode)) return sources.map((s) => [s, joinPath(last, baseName(s))]);
  if (sources.length === 1) return [[sources[0], last]];
  t.error(`target ${quoteaf(last)}: ${strerror(st.ok ? -ENOTDIR : st.err)}`);
  return t.finish();
}
