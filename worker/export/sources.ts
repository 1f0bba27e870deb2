// The two texts an exported script carries: the project's C uevent (native/uevent/uevent.c) and
// the script's runtime (the part of worker/export/runtime.sh between its marker lines). The page's
// worker gets them from the build (sources-bundled.ts); the headless runner and the tests read the
// files (sources-files.ts). Either way the script carries the files themselves, never a copy.
// The runtime's guards depend on the session's kernel profile (`runtimeFor`): an rfc-v2 session
// keeps those between the guard markers, a session on another profile gets those runtime.sh keeps
// after its runtime, between `# TRACEFS-EXPORT: PROFILE guards start` and `… end`, instead.

import type { KernelProfile } from '../kernel/profile';

export interface ScriptSources {
  /** native/uevent/uevent.c. */
  readonly ueventC: string;
  /** worker/export/runtime.sh, whole. */
  readonly runtimeSh: string;
}

const RUNTIME_START = '# TRACEFS-EXPORT: runtime starts\n';
const RUNTIME_END = '# TRACEFS-EXPORT: runtime ends\n';
const GUARDS_START = '# TRACEFS-EXPORT: guards start\n';
const GUARDS_END = '# TRACEFS-EXPORT: guards end\n';

/** The runtime lines of runtime.sh: those between its two marker lines. */
export function runtimePart(runtimeSh: string): string {
  return between(runtimeSh, RUNTIME_START, RUNTIME_END, 'runtime');
}

/** The runtime a session on `profile` carries: its guards in place, no guard marker left. */
export function runtimeFor(runtimeSh: string, profile: KernelProfile): string {
  const runtime = runtimePart(runtimeSh);
  const rfcGuards = between(runtime, GUARDS_START, GUARDS_END, 'guard');
  const marker = (edge: string) => `# TRACEFS-EXPORT: ${profile} guards ${edge}\n`;
  const guards =
    profile === 'rfc-v2' ? rfcGuards : between(runtimeSh, marker('start'), marker('end'), `${profile} guard`);
  const from = runtime.indexOf(GUARDS_START);
  const to = runtime.indexOf(GUARDS_END) + GUARDS_END.length;
  return runtime.slice(0, from) + guards + runtime.slice(to);
}

/** The lines of `text` between two marker lines (`what` names them when they are missing). */
function between(text: string, start: string, end: string, what: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`runtime.sh: the ${what} marker lines are missing`);
  return text.slice(from + start.length, to);
}
