// Checks that a transcript really replays: the actions' shell lines run through the headless
// runner (bash redirections, the `uevent` program) must leave tracefs as the system-call run left
// it. Entries differ only in who wrote them (uevent's pid and comm, timestamps), so `trace` is
// compared by its first three lines (the entry counts) and saved_cmdlines not at all.

import { boot } from '../../worker/kernel/boot';
import { HeadlessSession } from '../../worker/user/headless';
import { toShell, type Action } from './actions';
import { runSequence } from './harness';
import { diffSnapshots, takeSnapshot, type Snapshot } from './snapshot';

/** Keeps what does not depend on the writer's pid, comm or timing. */
function comparable(s: Snapshot): Snapshot {
  const files = new Map<string, string>();
  for (const [path, text] of s.files) {
    if (/(^|\/)saved_cmdlines$/.test(path)) continue;
    files.set(path, /(^|\/)trace$/.test(path) ? text.split('\n').slice(0, 3).join('\n') : text);
  }
  return { tree: s.tree, files };
}

export interface ReplayResult {
  readonly script: string[];
  /** Why the replay is not faithful, or null. */
  readonly error: string | null;
}

/** Runs `actions` (no mappings: they have no shell form) both ways and compares the states. */
export function replay(actions: readonly Action[]): ReplayResult {
  const script = actions.map(toShell);
  const direct = runSequence(actions, false);
  if (direct.error || !direct.snapshot) return { script: direct.log, error: direct.error };
  const session = new HeadlessSession(boot(), {});
  session.run(script.join('\n') + '\n');
  const diff = diffSnapshots(comparable(direct.snapshot), comparable(takeSnapshot(session.sys)));
  return { script, error: diff.length ? `the shell replay differs: ${diff.slice(0, 8).join('; ')}` : null };
}
