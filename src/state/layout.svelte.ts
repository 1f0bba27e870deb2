// The pane layout the user chose (the file pane's and the side column's sizes, which of them are
// collapsed), restored from the browser's storage when the page loads and kept there after each
// change. One instance serves the page: the pane grid and the masthead's toggle both show it.
// A storage that is missing, forbidden or full only means the choice lasts as long as the page.
import { DEFAULT_LAYOUT, LAYOUT_KEY, parseLayout, serializeLayout, type SavedLayout } from './layout-store';

/** The part of the Web Storage API the layout uses (localStorage, or a map in tests). */
export interface LayoutStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type SizedPane = 'files' | 'side' | 'sideHeight';
export type CollapsiblePane = 'files' | 'side';

export class PaneLayout {
  current = $state<SavedLayout>({ ...DEFAULT_LAYOUT });

  constructor(private readonly storage: LayoutStorage | null) {
    try {
      this.current = parseLayout(storage?.getItem(LAYOUT_KEY) ?? null);
    } catch {
      this.current = { ...DEFAULT_LAYOUT };
    }
  }

  /** Sets a pane's size (pixels, already clamped by the caller); `save()` keeps it. */
  resize(pane: SizedPane, size: number): void {
    if (this.current[pane] !== size) this.current = { ...this.current, [pane]: Math.round(size) };
  }

  collapsed(pane: CollapsiblePane): boolean {
    return pane === 'files' ? this.current.filesCollapsed : this.current.sideCollapsed;
  }

  /** Collapses a pane to its strip or brings it back, and keeps the choice. */
  toggle(pane: CollapsiblePane): void {
    const key = pane === 'files' ? 'filesCollapsed' : 'sideCollapsed';
    this.current = { ...this.current, [key]: !this.current[key] };
    this.save();
  }

  /** Writes the layout to storage; a storage that refuses it is left alone. */
  save(): void {
    try {
      this.storage?.setItem(LAYOUT_KEY, serializeLayout(this.current));
    } catch {
      // NOTE: the layout then lasts as long as the page; nothing else depends on it.
    }
  }
}

function browserStorage(): LayoutStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The page's layout. */
export const paneLayout = new PaneLayout(browserStorage());
