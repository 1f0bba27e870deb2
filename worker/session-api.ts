// The worker's API over one Playground: every call answers, and an exception inside the kernel or
// the shell becomes a `crash` reply (the page offers a restart) instead of a rejected promise.
// `loadPrograms` loads /usr/bin's program table (program-table.ts): booting and the first prompt
// need none of it, so `boot` answers at once and starts the load after its answer has gone (a
// chunk compiled on this thread before would delay it); every other call waits for the load.

import type { Playground } from './session';
import type { LessonCheck, PlaygroundApi, Reply, SessionLog, ViewSpec } from './protocol';

export function createApi(
  playground: Playground,
  loadPrograms: () => Promise<unknown> = () => Promise.resolve(),
): PlaygroundApi {
  let programs: Promise<unknown> | null = null;
  const load = () => (programs ??= loadPrograms());
  const call =
    <A extends unknown[], T>(fn: (...args: A) => Reply<T>, needsPrograms: boolean) =>
    async (...args: A): Promise<Reply<T>> => {
      try {
        if (needsPrograms) await load();
        else setTimeout(load, 0);
        return fn(...args);
      } catch (e) {
        const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        return { ok: false, error: { kind: 'crash', message } };
      }
    };
  const guard = <A extends unknown[], T>(fn: (...args: A) => Reply<T>) => call(fn, true);
  return {
    boot: call(() => playground.boot(), false),
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
  };
}
