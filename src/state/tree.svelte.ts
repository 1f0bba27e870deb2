// The tree view's state: which directories are open, their listings as the worker last gave them
// (held raw and replaced whole), the active row and whether modes and owners are shown. Rows are
// the open part of the tree flattened in display order (tree/flatten.ts), so the view can render
// only those on screen. It owns the tree calls (through the source the page state gives it) and
// runs them one at a time, so a refresh and an expand never cross.
import type { DirListing, TreeSnapshot } from '../../worker/protocol';
import { DEFAULT_OPEN, flatten } from '../tree/flatten';

export type { TreeRow } from '../tree/flatten';

export interface TreeSource {
  list(paths: string[], watch: string[]): Promise<TreeSnapshot | null>;
}

/** Errors that mean an open directory is gone (ENOENT, ENOTDIR), so it is closed. */
const GONE = [2, 20];

export class TreeState {
  listings = $state.raw<Record<string, DirListing>>({});
  open = $state.raw<string[]>(DEFAULT_OPEN);
  active = $state('/');
  details = $state(false);
  cwd = $state('/');
  rows = $derived(flatten(this.listings, this.open));
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly source: TreeSource) {}

  /** Lists every open directory again (after a command changed one of them). */
  refresh(): Promise<void> {
    return this.enqueue(async () => {
      const snap = await this.source.list(this.open, this.open);
      if (!snap) return;
      const gone = snap.dirs.filter((d) => d.errno && GONE.includes(d.errno)).map((d) => d.path);
      this.open = this.open.filter((p) => !gone.includes(p));
      this.listings = Object.fromEntries(
        snap.dirs.filter((d) => !gone.includes(d.path)).map((d) => [d.path, d]),
      );
      this.cwd = snap.cwd;
      if (!this.rows.some((r) => r.node.path === this.active)) this.active = '/';
    });
  }

  expand(path: string): Promise<void> {
    if (this.open.includes(path)) return Promise.resolve();
    return this.enqueue(async () => {
      const watch = [...this.open, path];
      const snap = await this.source.list([path], watch);
      if (!snap) return;
      this.open = watch;
      this.listings = { ...this.listings, ...Object.fromEntries(snap.dirs.map((d) => [d.path, d])) };
    });
  }

  /** Closes a directory and everything open below it. */
  collapse(path: string): void {
    const below = (p: string) => p === path || p.startsWith(path === '/' ? '/' : path + '/');
    this.open = this.open.filter((p) => !below(p));
    this.listings = Object.fromEntries(Object.entries(this.listings).filter(([p]) => !below(p)));
    if (below(this.active) && this.active !== path) this.active = path;
  }

  toggle(path: string): Promise<void> {
    if (!this.open.includes(path)) return this.expand(path);
    this.collapse(path);
    return Promise.resolve();
  }

  reset(): void {
    this.listings = {};
    this.open = DEFAULT_OPEN;
    this.active = '/';
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(task, task);
    return this.chain;
  }
}
