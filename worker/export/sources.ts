// The two texts an exported script carries: the project's C uevent (native/uevent/uevent.c) and
// the script's runtime (the part of worker/export/runtime.sh between its marker lines). The page's
// worker gets them from the build (sources-bundled.ts); the headless runner and the tests read the
// files (sources-files.ts). Either way the script carries the files themselves, never a copy.

export interface ScriptSources {
  /** native/uevent/uevent.c. */
  readonly ueventC: string;
  /** worker/export/runtime.sh, whole. */
  readonly runtimeSh: string;
}

const RUNTIME_START = '# TRACEFS-EXPORT: runtime starts\n';
const RUNTIME_END = '# TRACEFS-EXPORT: runtime ends\n';

/** The runtime lines of runtime.sh: those between its two marker lines. */
export function runtimePart(runtimeSh: string): string {
  const from = runtimeSh.indexOf(RUNTIME_START);
  const to = runtimeSh.indexOf(RUNTIME_END);
  if (from < 0 || to < from) throw new Error('runtime.sh: the runtime marker lines are missing');
  return runtimeSh.slice(from + RUNTIME_START.length, to);
}
