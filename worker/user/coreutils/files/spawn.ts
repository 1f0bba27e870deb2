// Models fork() + execvp() + waitpid() as find -exec and xargs run a command: a child task that
// shares the caller's open files (optionally with standard input from /dev/null, as xargs gives
// it), runs the program named by argv[0] and exits; the caller learns how it ended.

import { EACCES, ENOENT } from '../../../kernel/lib/errno';
import { O_RDONLY } from '../../../kernel/syscalls';
import type { ProcessContext, Yielded } from '../../process';

/**
 * How a child ended: its exit status, the signal that killed it, or the errno of a failed execvp
 * (ENOENT: no such program; EACCES: a path to something that is no program, as every path is).
 */
export type Ended =
  | { readonly kind: 'exited'; readonly status: number }
  | { readonly kind: 'signaled'; readonly signal: number }
  | { readonly kind: 'failed'; readonly err: number };

export interface SpawnOptions {
  /** Standard input from /dev/null (xargs), instead of the caller's. */
  readonly nullStdin?: boolean;
  readonly env?: ReadonlyMap<string, string>;
}

/** Runs argv in a forked child and waits for it; the caller flushes its own output first. */
export function* spawn(
  ctx: ProcessContext,
  argv: readonly string[],
  options: SpawnOptions = {},
): Generator<Yielded, Ended, void> {
  const child = ctx.sys.fork();
  try {
    if (options.nullStdin) {
      const fd = child.open('/dev/null', O_RDONLY);
      if (fd >= 0 && fd !== 0) {
        child.dup2(fd, 0);
        child.close(fd);
      }
    }
    const proc = ctx.execvp?.(child, argv, options.env ?? ctx.env) ?? null;
    if (!proc) {
      const name = argv[0] ?? '';
      const found = name.includes('/') && child.stat(name).ok;
      return { kind: 'failed', err: found ? -EACCES : -ENOENT };
    }
    const status = yield* proc;
    const signal = child.termSignal();
    return signal ? { kind: 'signaled', signal } : { kind: 'exited', status: status & 0xff };
  } finally {
    child.exit();
  }
}
