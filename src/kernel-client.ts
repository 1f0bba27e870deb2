// The page's only Comlink.wrap: the worker that runs the kernel, seen through its protocol. Every
// call resolves to a Reply, whatever happens to the worker: one that fails to load or throws
// outside a call (its `error` event), or stops answering, turns into a `crash` reply for every
// call still waiting, and restart() replaces it by a fresh worker. The first worker may have been
// started by the built index.html before this script loaded (vite.config.ts, earlyKernelWorker):
// it is adopted, with any error it already had. A worker that booted before it was asked says so
// (a PreBootNotice): the first `boot` takes that answer as soon as it is here, whichever of it
// and the reply to the call comes first (they are the same boot).
import * as Comlink from 'comlink';
import type { PlaygroundApi, PreBootNotice, Reply, SessionInfo, WorkerError } from '../worker/protocol';

/** A worker index.html started early, the error it reported and the boot it announced before it was adopted. */
interface EarlyWorker {
  worker: Worker;
  error: string | null;
  preBooted?: PreBootNotice['preBooted'] | null;
}

declare global {
  interface Window {
    __earlyKernelWorker?: EarlyWorker;
  }
}

/** A call that takes longer than this is taken for a worker stuck in a loop. */
const ANSWER_TIMEOUT_MS = 20_000;

export class KernelClient {
  private worker!: Worker;
  private remote!: Comlink.Remote<PlaygroundApi>;
  private failed!: Promise<Reply<never>>;
  private abandon: () => void = () => {};
  /** The boot the worker announced (null: it announced none), until the first call. */
  private preBooted: Promise<Reply<SessionInfo> | null> | null = null;

  /** The protocol, with every answer guaranteed. */
  readonly api: PlaygroundApi = {
    boot: (profile) => this.boot(profile),
    openTerminal: () => this.call((r) => r.openTerminal()),
    closeTerminal: (id) => this.call((r) => r.closeTerminal(id)),
    log: () => this.call((r) => r.log()),
    replay: (log, upTo) => this.call((r) => r.replay(log, upTo)),
    expect: (step, on) => this.call((r) => r.expect(step, on)),
    views: (id) => this.call((r) => r.views(id)),
    checkLesson: (checks) => this.call((r) => r.checkLesson(checks)),
    input: (id, line) => this.call((r) => r.input(id, line)),
    interrupt: (id) => this.call((r) => r.interrupt(id)),
    resume: (id) => this.call((r) => r.resume(id)),
    endOfInput: (id) => this.call((r) => r.endOfInput(id)),
    complete: (id, line, cursor) => this.call((r) => r.complete(id, line, cursor)),
    tree: (id, paths, watch, view) => this.call((r) => r.tree(id, paths, watch, view)),
    readFile: (id, path, max, view) => this.call((r) => r.readFile(id, path, max, view)),
    inspect: (id) => this.call((r) => r.inspect(id)),
    traceRows: (id, since, max) => this.call((r) => r.traceRows(id, since, max)),
    exportScript: (log) => this.call((r) => r.exportScript(log)),
  };

  constructor() {
    this.start();
  }

  /** Drops the current worker (whatever state it is in) and starts a new one; its calls end as crashes. */
  restart(): void {
    this.abandon();
    this.remote[Comlink.releaseProxy]();
    this.worker.terminate();
    this.start();
  }

  private start(): void {
    const early = window.__earlyKernelWorker;
    window.__earlyKernelWorker = undefined;
    const worker =
      early?.worker ?? new Worker(new URL('../worker/main.ts', import.meta.url), { type: 'module' });
    this.failed = new Promise((resolve) => {
      const fail = (message: string) => resolve(crash(message));
      if (early?.error) fail(`the worker failed: ${early.error}`);
      this.abandon = () => fail('the worker was restarted');
      worker.addEventListener('error', (ev) => {
        ev.preventDefault();
        fail(`the worker failed: ${ev.message || 'it could not be loaded'}`);
      });
      worker.addEventListener('messageerror', () => fail('the worker sent a message that cannot be read'));
    });
    // NOTE: a worker's announcement is its first message, if it makes one (worker/main.ts).
    this.preBooted = early?.preBooted
      ? Promise.resolve(early.preBooted)
      : new Promise((resolve) => {
          const first = (ev: MessageEvent<Partial<PreBootNotice> | null>) =>
            resolve(ev.data?.preBooted ?? null);
          worker.addEventListener('message', first, { once: true });
        });
    this.worker = worker;
    this.remote = Comlink.wrap<PlaygroundApi>(worker);
  }

  /**
   * The boot a worker announced answers its first call if that is a `boot` of the same profile
   * (the worker answers that call with the same boot; any other call first makes it boot afresh).
   */
  private boot(profile: Parameters<PlaygroundApi['boot']>[0]): Promise<Reply<SessionInfo>> {
    const announced = this.preBooted;
    const asked = this.call((r) => r.boot(profile));
    if (!announced) return asked;
    const same = announced.then((r) =>
      r?.ok && (profile === undefined || r.value.profile === profile) ? r : asked,
    );
    return Promise.race([same, asked]);
  }

  private async call<T>(fn: (remote: Comlink.Remote<PlaygroundApi>) => Promise<Reply<T>>): Promise<Reply<T>> {
    this.preBooted = null;
    let timer = 0;
    const timeout = new Promise<Reply<never>>((resolve) => {
      timer = window.setTimeout(
        () => resolve(crash(`the worker did not answer for ${ANSWER_TIMEOUT_MS / 1000} s`)),
        ANSWER_TIMEOUT_MS,
      );
    });
    const answer = fn(this.remote).catch((e: unknown) => crash(`the call failed: ${String(e)}`));
    try {
      return await Promise.race([answer, this.failed, timeout]);
    } finally {
      window.clearTimeout(timer);
    }
  }
}

function crash(message: string): Reply<never> {
  const error: WorkerError = { kind: 'crash', message };
  return { ok: false, error };
}
