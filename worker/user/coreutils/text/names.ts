// Models GNU coreutils basename and dirname: pure string work on file names (gnulib base_name(),
// dir_len()), never touching the file system. basename takes NAME [SUFFIX], or with -a / -s any
// number of names; dirname any number. -z ends each result with NUL instead of a newline.

import type { Proc, ProcessContext } from '../../process';
import { Tool } from '../tool';
import { finishTool } from './common';
import { quote } from './quoting';

/** The last component without its trailing slashes; `/` for a name of slashes only. */
function baseName(name: string): string {
  if (name === '') return '';
  const stripped = name.replace(/\/+$/, '');
  if (stripped === '') return '/';
  return stripped.slice(stripped.lastIndexOf('/') + 1);
}

/** remove_suffix(): drops SUFFIX from the end unless it is the whole name. */
function removeSuffix(name: string, suffix: string): string {
  return suffix && name.length > suffix.length && name.endsWith(suffix)
    ? name.slice(0, name.length - suffix.length)
    : name;
}

/** dir_len(): the name up to its last component, without the slashes before it; `.` when none. */
function dirName(name: string): string {
  const prefix = name.startsWith('/') ? 1 : 0;
  let last = name.search(/[^/]/);
  if (last < 0) last = name.length;
  let slash = false;
  for (let i = last; i < name.length; i++) {
    if (name[i] === '/') slash = true;
    else if (slash) {
      last = i;
      slash = false;
    }
  }
  let length = last;
  while (length > prefix && name[length - 1] === '/') length--;
  return length === 0 ? '.' : name.slice(0, length);
}

export function* basename(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'basename');
  const p = t.options({
    flags: 'az',
    withArg: 's',
    long: { multiple: 'a', 'suffix=': 's', zero: 'z' },
  });
  if (typeof p === 'number') return p;
  const names = p.operands;
  if (names.length === 0) return t.usage('missing operand');
  let suffix = p.value('s');
  const multiple = p.has('a') || suffix !== undefined;
  if (!multiple) {
    if (names.length > 2) return t.usage(`extra operand ${quote(names[2])}`);
    if (names.length === 2) suffix = names.pop();
  }
  const end = p.has('z') ? '\0' : '\n';
  for (const name of names) {
    const base = baseName(name);
    t.out.write((suffix !== undefined && base !== '/' ? removeSuffix(base, suffix) : base) + end);
  }
  return finishTool(t);
}

export function* dirname(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'dirname');
  const p = t.options({ flags: 'z', long: { zero: 'z' } });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return t.usage('missing operand');
  const end = p.has('z') ? '\0' : '\n';
  for (const name of p.operands) t.out.write(dirName(name) + end);
  return finishTool(t);
}
