// How the page follows the service worker's updates (sw/service-worker.ts), once it is registered
// (start.ts). A new version's worker installs beside the running one and waits; when one is
// installed and waiting, `onready` says so (the page shows UpdateBar.svelte) and the page keeps
// running the version it loaded. `apply` runs only when the person asks ("Reload now"): it saves
// what has to be saved, tells the waiting worker to take over and reloads once it has (at once
// when no worker waits any more: another tab applied it). A first install is no update: nothing is
// said. Pure of the browser's globals, so it is unit-tested with fakes.

/** What the page needs of a registration (ServiceWorkerRegistration; a fake in tests). */
export interface Registration extends EventTarget {
  readonly active: WorkerLike | null;
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
}

export interface WorkerLike extends EventTarget {
  readonly state: string;
  postMessage(message: unknown): void;
}

/** The message sw/service-worker.ts takes as leave to activate now. */
export const SKIP_WAITING = { type: 'skip-waiting' } as const;

export class UpdateState {
  private registration: Registration | null = null;
  private applying = false;

  constructor(
    private readonly reload: () => void,
    private readonly onready: () => void,
  ) {}

  /**
   * Follows `registration` (and the page's `container` for the change of controller): an update
   * already waiting, or one that finishes installing later, is announced through `onready`.
   */
  watch(registration: Registration, container: EventTarget): void {
    this.registration = registration;
    if (registration.waiting && registration.active) this.onready();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && registration.active) this.onready();
      });
    });
    // NOTE: the controller also changes when another tab applies the update, or at the first
    // install: this page reloads only when its own person asked.
    container.addEventListener('controllerchange', () => {
      if (this.applying) this.reload();
    });
  }

  /**
   * "Reload now": `beforeReload` saves the session first; if it fails, the page stays as it is.
   * Then the waiting worker is asked to take over, and the page reloads when it has. True while
   * the reload is under way.
   */
  async apply(beforeReload?: () => unknown): Promise<boolean> {
    if (this.applying) return true;
    this.applying = true;
    try {
      await beforeReload?.();
    } catch (error) {
      this.applying = false;
      console.warn('tracefs playground: not reloading, the session could not be saved first', error);
      return false;
    }
    const waiting = this.registration?.waiting;
    if (!waiting) {
      this.reload();
      return true;
    }
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'redundant') this.reload();
    });
    waiting.postMessage(SKIP_WAITING);
    return true;
  }
}
