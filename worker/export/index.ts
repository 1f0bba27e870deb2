// A session as a bash script for a real Linux kernel: the log is replayed on a fresh machine of its
// kernel profile (replay.ts) so that each step's output is known exactly, its steps become the
// commands a script runs (steps.ts), and the script is written around them (render.ts): guards
// for that profile (rfc-v2: the RFC's namespaces/ when the session uses them, a warning outside
// Linux 6.0 to 6.3; linux-6.12: Linux 6.4 or later, no namespaces/), uevent built from its C
// source when a step runs it, each command with the playground's output as comments, and a
// --check mode that compares a real kernel's output with it. The worker loads this module only
// when a script is asked for (session.ts), so the first paint never waits for it.

import type { Kernel } from '../kernel/boot';
import type { KernelProfile } from '../kernel/profile';
import type { SessionLog } from '../protocol';
import { renderScript } from './render';
import { replayForExport } from './replay';
import { runs, scriptItems } from './steps';
import { runtimeFor, type ScriptSources } from './sources';

export interface ExportOptions {
  /** Boots the kernel the log is replayed on (the live machine's own), of the log's profile. */
  bootKernel?: (profile: KernelProfile) => Kernel;
  /** The C uevent and the runtime the script carries (sources.ts). */
  sources: ScriptSources;
}

/**
 * The session `log` as the text of a bash script (see docs/export.md); throws for a profile this
 * playground does not have.
 */
export function exportScript(log: SessionLog, options: ExportOptions): string {
  const replayed = replayForExport(log, options);
  const profile = log.profile as KernelProfile;
  const items = scriptItems(replayed);
  return renderScript(log, items, {
    profile,
    namespaces: profile === 'rfc-v2' && runs(items, /\bnamespaces\b/),
    uevent: runs(items, /(^|[^\w.-])uevent(?![\w.-])/m) ? options.sources.ueventC : null,
    runtime: runtimeFor(options.sources.runtimeSh, profile),
    terminals: log.steps.some((s) => s.term !== 1),
  });
}
