// The autosave of the page's session: the log of what was typed and the timelines left by going
// back in time, kept in the browser's storage so a reload or a crash loses nothing. Each tab saves
// into its own slot (its id lives in the tab's sessionStorage) so a second tab never overwrites the
// first; a tab with nothing of its own starts from the newest session any tab saved. Storage may be
// missing, forbidden or full at any moment: every access is guarded and failures come back as data.

import type { LogOp, LogStep, SessionLog } from '../../worker/protocol';

/** The part of the Web Storage API the store uses (localStorage, sessionStorage, or a map in tests). */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SavedSession {
  log: SessionLog;
  /** Timelines the user left by going back in time, newest first. */
  branches: SessionLog[];
  savedAt: number;
}

export interface Restored {
  session: SavedSession;
  /** `other-tab`: the caller replays it as a fork; this tab's saves still go to its own slot. */
  source: 'this-tab' | 'other-tab';
}

export type SaveResult = { ok: true } | { ok: false; reason: 'unavailable' | 'full'; message: string };

export type StoreStatus = 'saved' | 'memory' | 'unavailable' | 'full';

export interface SessionStoreOptions {
  /** localStorage: shared by every tab of the site. */
  local: StorageLike | null;
  /** sessionStorage: this tab's own, kept across its reloads. */
  tab: StorageLike | null;
  now: () => number;
  /** Makes a new slot id (tests make them predictable). */
  id?: () => string;
  /** Embeds: keep the session in memory only, never touching either storage. */
  memoryOnly?: boolean;
}

export const SLOT_KEY = 'tracefs-playground:slot';
export const SESSION_PREFIX = 'tracefs-playground:session:';
export const SLOT_LIMIT = 8;
export const BRANCH_LIMIT = 10;

export const FULL_MESSAGE =
  "Your browser's storage is full: this session is not being saved; it keeps working, and a share link still carries it.";
export const UNAVAILABLE_MESSAGE =
  'Your browser does not let this page use its storage: this session is not being saved; it keeps working, and a share link still carries it.';

const SLOT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export class SessionStore {
  private readonly local: StorageLike | null;
  private readonly now: () => number;
  private readonly memoryOnly: boolean;
  /** This tab's slot: its session is saved under `SESSION_PREFIX + slot`. */
  private current: string;
  private readonly tab: StorageLike | null;
  private readonly makeId: () => string;
  private state: StoreStatus;

  constructor(options: SessionStoreOptions) {
    this.now = options.now;
    this.memoryOnly = options.memoryOnly ?? false;
    // NOTE: in memory the store runs the same code over a private map, so both modes behave alike.
    this.local = this.memoryOnly ? new MemoryStorage() : options.local;
    this.tab = this.memoryOnly ? null : options.tab;
    this.makeId = options.id ?? randomId(options.now);
    this.current = tabSlot(this.tab, this.makeId, randomId(options.now));
    this.state = this.memoryOnly ? 'memory' : readable(this.local) ? 'saved' : 'unavailable';
  }

  get slot(): string {
    return this.current;
  }

  /**
   * This tab starts a slot of its own (a shared link opens as a fork): the session it had stays
   * saved where it was, for a later restore from another tab.
   */
  fork(): void {
    attempt(() => this.tab?.removeItem(SLOT_KEY));
    this.current = tabSlot(this.tab, this.makeId, randomId(this.now));
  }

  /** What the page's indicator shows: how the last access to storage went. */
  status(): StoreStatus {
    return this.state;
  }

  /** This tab's own session, else the newest any other tab saved, else null. */
  restore(): Restored | null {
    const own = this.read(this.slot);
    if (own) return { session: own, source: 'this-tab' };
    let newest: SavedSession | null = null;
    for (const slot of this.otherSlots()) {
      const session = this.read(slot);
      if (session && (!newest || session.savedAt > newest.savedAt)) newest = session;
    }
    return newest && { session: newest, source: 'other-tab' };
  }

  /** Saves this tab's session now (synchronous; the caller debounces if it wants). */
  save(log: SessionLog, branches: SessionLog[]): SaveResult {
    const local = this.local;
    if (!local) return this.fail('unavailable');
    const key = SESSION_PREFIX + this.slot;
    const savedAt = this.now();
    let kept = branches.slice(0, BRANCH_LIMIT);
    const write = () => attempt(() => local.setItem(key, JSON.stringify({ savedAt, log, branches: kept })));
    let written = write();
    if (!written.ok && (forbidden(written.error) || !readable(local))) return this.fail('unavailable');
    // NOTE: any other failure to write is taken for a full storage, whatever its name says.
    for (const slot of written.ok ? [] : this.slotsOldestFirst(this.otherSlots())) {
      attempt(() => local.removeItem(SESSION_PREFIX + slot));
      written = write();
      if (written.ok) break;
    }
    while (!written.ok && kept.length > 0) {
      kept = kept.slice(0, -1);
      written = write();
    }
    if (!written.ok) return this.fail('full');
    this.prune();
    this.state = this.memoryOnly ? 'memory' : 'saved';
    return { ok: true };
  }

  /** "Start fresh": forgets this tab's saved session; the slot stays this tab's. */
  clear(): void {
    attempt(() => this.local?.removeItem(SESSION_PREFIX + this.slot));
  }

  private fail(reason: 'unavailable' | 'full'): SaveResult {
    this.state = reason;
    return { ok: false, reason, message: reason === 'full' ? FULL_MESSAGE : UNAVAILABLE_MESSAGE };
  }

  /** The session saved in `slot`, or null; an entry that is not a session is removed. */
  private read(slot: string): SavedSession | null {
    const key = SESSION_PREFIX + slot;
    const text = attempt(() => this.local?.getItem(key) ?? null);
    if (!text.ok || text.value === null) return null;
    const session = parseSession(text.value);
    if (!session) attempt(() => this.local?.removeItem(key));
    return session;
  }

  /** Every slot with a saved entry, except this tab's. */
  private otherSlots(): string[] {
    const slots: string[] = [];
    attempt(() => {
      const local = this.local;
      for (let i = 0; local && i < local.length; i++) {
        const key = local.key(i);
        if (key?.startsWith(SESSION_PREFIX) && key !== SESSION_PREFIX + this.slot) {
          slots.push(key.slice(SESSION_PREFIX.length));
        }
      }
    });
    return slots;
  }

  /** Slots in the order they should go: unreadable entries first, then the least recently saved. */
  private slotsOldestFirst(slots: string[]): string[] {
    const savedAt = new Map(slots.map((slot) => [slot, this.read(slot)?.savedAt ?? -Infinity]));
    return [...slots].sort((a, b) => savedAt.get(a)! - savedAt.get(b)!);
  }

  /** Keeps at most SLOT_LIMIT slots, this tab's among them, dropping the least recently saved. */
  private prune(): void {
    const others = this.otherSlots();
    if (others.length < SLOT_LIMIT) return;
    for (const slot of this.slotsOldestFirst(others).slice(0, others.length - (SLOT_LIMIT - 1))) {
      attempt(() => this.local?.removeItem(SESSION_PREFIX + slot));
    }
  }
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Runs `action`, turning what it throws into data (storage may throw on any call). */
export function attempt<T>(action: () => T): Attempt<T> {
  try {
    return { ok: true, value: action() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** A refusal (cookies or storage disabled) rather than a lack of room. */
function forbidden(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'SecurityError';
}

function readable(storage: StorageLike | null): boolean {
  return storage !== null && attempt(() => storage.length).ok;
}

/** This tab's slot id from its storage, or a new one kept there (when the tab's storage works). */
function tabSlot(tab: StorageLike | null, makeId: () => string, fallbackId: () => string): string {
  const stored = attempt(() => tab?.getItem(SLOT_KEY) ?? null);
  if (stored.ok && stored.value !== null && SLOT_ID.test(stored.value)) return stored.value;
  const made = makeId();
  const slot = SLOT_ID.test(made) ? made : fallbackId();
  attempt(() => tab?.setItem(SLOT_KEY, slot));
  return slot;
}

function randomId(now: () => number): () => string {
  return () => `${Math.max(0, Math.floor(now())).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

const LOG_OPS: Record<LogOp, true> = { open: true, line: true, interrupt: true, eof: true, close: true };

function parseSession(text: string): SavedSession | null {
  const parsed = attempt((): unknown => JSON.parse(text));
  if (!parsed.ok || !isRecord(parsed.value)) return null;
  const { savedAt, log, branches } = parsed.value;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || !isSessionLog(log)) return null;
  if (!Array.isArray(branches) || !branches.every(isSessionLog)) return null;
  return { log, branches: branches.slice(0, BRANCH_LIMIT), savedAt };
}

function isSessionLog(value: unknown): value is SessionLog {
  return (
    isRecord(value) &&
    typeof value.simulator === 'string' &&
    typeof value.profile === 'string' &&
    optionalString(value.title) &&
    Array.isArray(value.steps) &&
    value.steps.every(isLogStep)
  );
}

function isLogStep(value: unknown): value is LogStep {
  return (
    isRecord(value) &&
    typeof value.term === 'number' &&
    typeof value.op === 'string' &&
    Object.hasOwn(LOG_OPS, value.op) &&
    optionalString(value.text) &&
    optionalString(value.hash) &&
    optionalString(value.expect)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

/** Storage in a map that lives as long as the page (an embed's; the tests' fake storage). */
export class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}
