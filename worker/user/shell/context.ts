// The expansion context of each shell state, and command substitution: `$(...)` runs its list in
// a forked subshell whose standard output is a pipe, then reads what it wrote (pipes in the model
// are unbounded, so the subshell runs to its end first). `$?` becomes the subshell's status.

import { readAll } from '../coreutils/input';
import { decodeUtf8 } from '../../kernel/lib/utf8';
import type { CommandList } from './ast';
import { expander, expandWords, type Expander, type Gen } from './expand';
import { O_RDONLY } from '../../kernel/syscalls';
import { strerror } from '../../kernel/lib/errno';
import { shellError } from './builtin-io';
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

/** `$(< FILE)`: bash reads FILE itself (a missing one is reported, the status stays). */
function* readRedirection(sh: ShellState, list: CommandList): Gen<string | null> {
  const only = list.length === 1 && list[0].rest.length === 0 ? list[0].first.commands : [];
  const cmd = only.length === 1 && !list[0].first.negated ? only[0] : null;
  if (!cmd || cmd.kind !== 'simple' || cmd.words.length || cmd.assignments.length) return null;
  if (cmd.redirections.length !== 1 || cmd.redirections[0].op !== '<' || cmd.redirections[0].fd !== null)
    return null;
  const x = xOf(sh);
  const fields = yield* expandWords(x, [cmd.redirections[0].target]);
  if (fields.length !== 1) {
    shellError(sh.sys, `${cmd.redirections[0].target.raw}: ambiguous redirect`);
    return '';
  }
  const fd = sh.sys.open(fields[0], O_RDONLY);
  if (fd < 0) {
    shellError(sh.sys, `${fields[0]}: ${strerror(fd)}`);
    return '';
  }
  const all = yield* readAll(sh.sys, fd);
  sh.sys.close(fd);
  return decodeUtf8(all.data);
}

export function* substitute(sh: ShellState, list: CommandList): Gen<string> {
  const direct = yield* readRedirection(sh, list);
  if (direct !== null) return direct;
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
