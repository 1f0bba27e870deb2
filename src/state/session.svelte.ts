// The session as the page keeps it: the log the worker recorded (for the timeline and share
// links), the earlier timelines the user left by going back in time (nothing is ever lost), the
// autosave to local storage after each step, and what the page starts from: a shared link in the
// address (opened as a fork), else this tab's saved session, else another tab's newest. Starting
// fresh (a reset, a switch of kernel profile) keeps the session left as an earlier timeline.
import type { KernelProfile, ReplayResult, SessionLog } from '../../worker/protocol';
import { SessionStore, UNAVAILABLE_MESSAGE, type StorageLike, type StoreStatus } from './session-store';
import { takeDecoded, takeEarly } from '../share/link-early';
import type { DecodeResult } from '../share/link';

/** How many earlier timelines are kept. */
export const BRANCHES_KEPT = 10;

/** A step shown in the timeline waits this long for the next before the log is fetched and saved. */
const SAVE_DELAY_MS = 250;

/** What the page starts from. */
export type Start =
  | { kind: 'link'; log: SessionLog }
  | { kind: 'link-error'; error: string }
  | { kind: 'restored'; log: SessionLog; savedAt: number; otherTab: boolean }
  | { kind: 'fresh' };

/** The machine the session runs on. */
export interface SessionSource {
  log(): Promise<SessionLog | null>;
  /** A fresh kernel, of `profile` (else the one running). */
  boot(profile?: KernelProfile): Promise<void>;
  /** A fresh kernel with the first `upTo` steps of `log` taken again. */
  replay(log: SessionLog, upTo: number): Promise<ReplayResult | null>;
}

function storage(get: () => StorageLike | null): StorageLike | null {
  try {
    return get();
  } catch {
    return null;
  }
}

export class SessionState {
  log = $state.raw<SessionLog | null>(null);
  /** The session's title (links and bug reports carry it). */
  title = $state('');
  branches = $state.raw<SessionLog[]>([]);
  storage = $state<StoreStatus>('saved');
  /** Why the session is not being saved, when it is not. */
  storageMessage = $state<string | null>(null);
  readonly store: SessionStore;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly source: SessionSource,
    options: { memoryOnly?: boolean } = {},
  ) {
    this.store = new SessionStore({
      local: storage(() => window.localStorage),
      tab: storage(() => window.sessionStorage),
      now: () => Date.now(),
      memoryOnly: options.memoryOnly,
    });
    this.storage = this.store.status();
    if (this.storage === 'unavailable') this.storageMessage = UNAVAILABLE_MESSAGE;
  }

  /**
   * What the page starts from when that is known at once: a link in the address decoded before
   * the page mounted (share/link-early.ts) or, with no fragment, this tab's saved session, another
   * tab's newest, else fresh; null when the fragment must be read first (`start`). NOTE:
   * synchronous, so the kernel's boot or replay is asked for while the page mounts.
   */
  startNow(hash: string): Start | null {
    const early = takeDecoded(hash);
    if (early) return this.fromLink(early);
    if (hash.length > 1) return null;
    const restored = this.store.restore();
    if (!restored || restored.session.log.steps.length === 0) return { kind: 'fresh' };
    this.branches = restored.session.branches;
    this.title = restored.session.log.title ?? '';
    if (restored.source === 'other-tab') this.store.fork();
    return {
      kind: 'restored',
      log: restored.session.log,
      savedAt: restored.session.savedAt,
      otherTab: restored.source === 'other-tab',
    };
  }

  /** A link in `hash` (opened as a fork in a slot of its own), else as `startNow`. */
  async start(hash: string): Promise<Start> {
    const decoded = await (takeEarly(hash) ?? this.decode(hash));
    return decoded === null ? (this.startNow('') ?? { kind: 'fresh' }) : this.fromLink(decoded);
  }

  /** A decoded link: opened as a fork in a slot of its own. */
  private fromLink(decoded: DecodeResult): Start {
    if (!decoded.ok) return { kind: 'link-error', error: decoded.error };
    this.store.fork();
    this.title = decoded.log.title ?? '';
    return { kind: 'link', log: decoded.log };
  }

  /**
   * The link in `hash`; null when it has none. NOTE: the link codec loads only when the address
   * has a fragment, so a plain visit does not wait for it.
   */
  private async decode(hash: string): Promise<DecodeResult | null> {
    const codec = await import('../share/link');
    return codec.fragmentParams(hash).has('s') ? codec.decodeLink(hash) : null;
  }

  /** A step was taken: the log is fetched and saved once steps pause. */
  changed(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Fetches the log now and saves it. */
  async flush(): Promise<SessionLog | null> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const log = await this.source.log();
    if (!log) return null;
    this.log = this.title ? { ...log, title: this.title } : { ...log, title: undefined };
    if (!this.title) delete this.log.title;
    this.save();
    return this.log;
  }

  /** The address of the playground with this session in its fragment (`#s=1.…`). */
  async link(base = window.location.origin + window.location.pathname): Promise<string | null> {
    const log = await this.flush();
    if (!log) return null;
    const { encodeLink } = await import('../share/link');
    return `${base.replace(/embed\.html$/, '')}#${await encodeLink(log)}`;
  }

  /** Goes back `count` steps (undo): the timeline left behind is kept. */
  async undo(count = 1): Promise<void> {
    const log = await this.flush();
    if (log) await this.travel(log, Math.max(0, log.steps.length - count));
  }

  /** Replays the first `upTo` steps of `log` and goes on from there; the timeline left is kept. */
  async travel(log: SessionLog, upTo: number): Promise<void> {
    const current = await this.flush();
    if (upTo < (current?.steps.length ?? 0)) this.keep(current);
    await this.source.replay(log, upTo);
  }

  /** Makes an earlier timeline the current one (the current one is kept). */
  async returnTo(index: number): Promise<void> {
    const current = await this.flush();
    const log = this.take(index);
    if (!log) return;
    this.keep(current);
    await this.source.replay(log, log.steps.length);
  }

  /**
   * Start fresh: a new kernel (of `profile`, else the one running); the session so far is kept as
   * an earlier timeline, and returned.
   */
  async reset(profile?: KernelProfile): Promise<SessionLog | null> {
    const left = await this.flush();
    this.keep(left);
    await this.source.boot(profile);
    return left;
  }

  /** Makes `log` the session: replayed into a fresh kernel (the session left is kept). */
  async replaceLog(log: SessionLog): Promise<ReplayResult | null> {
    this.keep(this.log);
    this.title = log.title ?? '';
    return this.source.replay(log, log.steps.length);
  }

  /** The share link for the session so far, copied to the clipboard if the browser lets us. */
  async share(title?: string): Promise<{ link: string; copied: boolean } | null> {
    if (title !== undefined) this.title = title;
    const link = await this.link();
    if (!link) return null;
    const copied = await navigator.clipboard?.writeText(link).then(
      () => true,
      () => false,
    );
    return { link, copied: copied ?? false };
  }

  /** The timeline being left (going back in time, a reset, a link) is kept as an earlier one. */
  keep(log: SessionLog | null): void {
    if (!log || log.steps.length === 0) return;
    const same = (b: SessionLog) => JSON.stringify(b.steps) === JSON.stringify(log.steps);
    this.branches = [log, ...this.branches.filter((b) => !same(b))].slice(0, BRANCHES_KEPT);
  }

  /** Takes an earlier timeline out of the list (it is about to become the current one). */
  take(index: number): SessionLog | null {
    const log = this.branches[index] ?? null;
    if (log) this.branches = this.branches.filter((_, i) => i !== index);
    return log;
  }

  private save(): void {
    if (!this.log) return;
    const result = this.store.save(this.log, this.branches);
    this.storage = this.store.status();
    this.storageMessage = result.ok ? null : result.message;
  }
}
