// `uevent hold STATUS_FILE`: what the RFC oracle's `nstool hold` does (shared/oracle/rfc/tools/nstool.c)
// to show that a mapping outlives its descriptor: open the status file read-only, map its page,
// close the descriptor, print `mapped V[0]=0xNN` (the page's first byte), then keep the mapping
// while sleeping on the virtual clock until a signal ends the task. The mapping goes with the task
// (exit drops every mapping), and with it the last reference that kept the namespace busy.
// NOTE: nstool catches SIGTERM to munmap and exit 0; the model's tasks have no handlers, so SIGTERM
// ends it with status 143, and exit unmaps the page instead.

import { O_RDONLY } from '../../kernel/syscalls';
import { sleepFor, type Yielded } from '../process';
import { PAGE_SIZE, type Status, type Uevent } from './uevent-client';

/** How long each sleep lasts: an hour of virtual time, again and again. */
export const NAP_NS = 3600e9;

export function* hold(u: Uevent, args: readonly string[]): Generator<Yielded, Status, void> {
  if (args.length !== 1) return u.usage();
  const file = args[0];
  const fd = u.sys.open(file, O_RDONLY);
  if (fd < 0) return u.refused('open', fd);
  const map = u.sys.mmap(fd, PAGE_SIZE);
  if (!map.ok) {
    u.sys.close(fd);
    return u.refused('mmap', map.err);
  }
  u.sys.close(fd);
  const first = map.value.view.at(0) ?? 0;
  u.out.write(`mapped V[0]=0x${first.toString(16).padStart(2, '0')}\n`);
  u.out.flush();
  for (;;) yield* sleepFor(u.sys, NAP_NS);
}
