// The worker's API over one Playground: every call answers, and an exception inside the kernel or
// the shell becomes a `crash` reply (the page offers a restart) instead of a rejected promise.
// `loadPrograms` loads /usr/bin's program table (program-table.ts) and the linux-6.12 profile's
// user_events (kernel/user-events/loadable.ts): booting the default profile and the first prompt
// need none of it, so that `boot` answers at once and starts the load after its answer has gone (a
// chunk compiled on this thread before would delay it); every other call, and a boot of
// linux-6.12, waits for the load.
// With `preBoot` the kernel boots as soon as the API is made, while the page is still busy mounting:
// a message the page posts then reaches this worker only once the page's thread is free, so the
// first `boot` call is answered with that boot (the same fresh kernel) instead of waiting for one,
// when it asks for that boot's profile (the default). `announce` hands that answer over at once as
// well (worker/main.ts posts it to the page, which need not wait for the reply to its call).

import type { Playground } from './session';
import { DEFAULT_PROFILE } from './kernel/profile';
import type {
  KernelProfile,
  LessonCheck,
  PlaygroundApi,
  Reply,
  SessionInfo,
  SessionLog,
  ViewSpec,
} from './protocol';

export function createApi(
  playground: Playground,
  loadPrograms: () => Promise<unknown> = () => Promise.resolve(),
  preBoot = false,
  announce: (preBooted: Reply<SessionInfo>) => void = () => {},
): PlaygroundApi {
  let programs: Promise<unknown> | null = null;
  const load = () => (programs ??= loadPrograms());
  let preBooted: Reply<SessionInfo> | null = preBoot ? bootQuietly(playground) : null;
  if (preBooted) announce(preBooted);
  const call =
    <A extends unknown[], T>(fn: (...args: A) => Reply<T> | Promise<Reply<T>>, needsPrograms: boolean) =>
    async (...args: A): Promise<Reply<T>> => {
      try {
        if ((fn as unknown) !== firstBoot) preBooted = null;
        if (needsPrograms) await load();
        else setTimeout(load, 0);
        return await fn(...args);
      } catch (e) {
        const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        return { ok: false, error: { kind: 'crash', message } };
      }
    };
  const guard = <A extends unknown[], T>(fn: (...args: A) => Reply<T> | Promise<Reply<T>>) => call(fn, true);
  function firstBoot(profile?: KernelProfile): Reply<SessionInfo> {
    const booted = preBooted;
    preBooted = null;
    if (booted?.ok && (profile === undefined || booted.value.profile === profile)) return booted;
    return playground.boot(profile);
  }
  /** A boot of another profile than the default needs its loadable kernel part, loaded with the programs. */
  const bootNeedsLoad = (profile?: KernelProfile) => profile !== undefined && profile !== DEFAULT_PROFILE;
  const boot = call(firstBoot, false);
  const bootLoaded = call(firstBoot, true);
  return {
    boot: (profile?: KernelProfile) => (bootNeedsLoad(profile) ? bootLoaded(profile) : boot(profile)),
    openTerminal: guard(() => playground.openTerminal()),
    closeTerminal: guard((id: number) => playground.closeTerminal(id)),
    log: guard(() => playground.log()),
    replay: guard((log: SessionLog, upTo?: number) => playground.replay(log, upTo)),
    expect: guard((step: number, on: boolean) => playground.expect(step, on)),
    views: guard((id: number) => playground.views(id)),
    checkLesson: guard((checks: LessonCheck[]) => playground.checkLesson(checks)),
    input: guard((id: number, line: string) => playground.input(id, line)),
    interrupt: guard((id: number) => playground.interrupt(id)),
    resume: guard((id: number) => playground.resume(id)),
    endOfInput: guard((id: number) => playground.endOfInput(id)),
    complete: guard((id: number, line: string, cursor: number) => playground.complete(id, line, cursor)),
    tree: guard((id: number, paths: string[], watch: string[], view?: ViewSpec) =>
      playground.tree(id, paths, watch, view),
    ),
    readFile: guard((id: number, path: string, max: number, view?: ViewSpec) =>
      playground.readFile(id, path, max, view),
    ),
    inspect: guard((id: number) => playground.inspect(id)),
    traceRows: guard((id: number, since: number, max: number) => playground.traceRows(id, since, max)),
    exportScript: guard((log?: SessionLog) => playground.exportScript(log)),
  };
}

/** A boot made before anyone asked: a failure leaves it to the first `boot` call to report. */
function bootQuietly(playground: Playground): Reply<SessionInfo> | null {
  try {
    const booted = playground.boot();
    return booted.ok ? booted : null;
  } catch {
    return null;
  }
}
