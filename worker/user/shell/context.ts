// The expansion context of each shell state, and command substitution: `$(...)` runs its list in
// a forked subshell whose standard output is a pipe, then reads what it wrote (pipes in the model
// are unbounded, so the subshell runs to its end first). `$?` becomes the subshell's status.

import { readAll } from '../coreutils/input';
import { decodeUtf8 } from '../../kernel/lib/utf8';
import type { CommandList } from './ast';
import { expander, type Expander, type Gen } from './expand';
import { executor } from './executor';
import { wordOfText } from './parser';
import type { ShellState } from './state';

const expanders = new WeakMap<ShellState, Expander>();

/** The expansion context of a shell state. */
export function xOf(sh: ShellState): Expander {
  let x = expanders.get(sh);
  if (!x) {
    x = expander(sh, substitute, wordOfText);
    expanders.set(sh, x);
  }
  return x;
}

export function* substitute(sh: ShellState, list: CommandList): Gen<string> {
  const [rd, wr] = sh.sys.pipe();
  const child = sh.sys.fork();
  child.dup2(wr, 1);
  child.close(wr);
  child.close(rd);
  sh.sys.close(wr);
  try {
    sh.substitutions++;
    sh.status = yield* executor.subshell(sh.subshell(child), list);
    const all = yield* readAll(sh.sys, rd);
    return decodeUtf8(all.data);
  } finally {
    sh.sys.close(rd);
  }
}
