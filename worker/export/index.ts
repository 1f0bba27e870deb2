// A session as a bash script for a real Linux kernel: the log is replayed on a fresh machine
// (replay.ts) so that each step's output is known exactly, its steps become the commands a script
// runs (steps.ts), and the script is written around them (render.ts): guards, uevent built from
// its C source when a step runs it, each command with the playground's output as comments, and a
// --check mode that compares a real kernel's output with it. The worker loads this module only
// when a script is asked for (session.ts), so the first paint never waits for it.

import type { Kernel } from '../kernel/boot';
import type { SessionLog } from '../protocol';
import { renderScript } from './render';
import { replayForExport } from './replay';
import { runs, scriptItems } from './steps';
import { runtimePart, type ScriptSources } from './sources';

export interface ExportOptions {
  /** Boots the kernel the log is replayed on (the live machine's own). */
  bootKernel?: () => Kernel;
  /** The C uevent and the runtime the script carries (sources.ts). */
  sources: ScriptSources;
}

/** The session `log` as the text of a bash script (see docs/export.md). */
export function exportScript(log: SessionLog, options: ExportOptions): string {
  const replayed = replayForExport(log, options);
  const items = scriptItems(replayed);
  return renderScript(log, items, {
    namespaces: runs(items, /\bnamespaces\b/),
    uevent: runs(items, /(^|[^\w.-])uevent(?![\w.-])/m) ? options.sources.ueventC : null,
    runtime: runtimePart(options.sources.runtimeSh),
    terminals: log.steps.some((s) => s.term !== 1),
  });
}
