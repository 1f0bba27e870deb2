// The page's pane layout as data: the sizes the user gave the file pane and the side column (or
// none, for the default), which of them are collapsed, how that is kept in the browser's storage
// (one key, versioned JSON: anything else found there is ignored, never trusted), and the pixel
// sizes the grid gets at a given width. The default gives the terminal 80 columns at 1280 pixels
// and wider; a size the user chose is kept as chosen and only clamped to the room there is, so a
// narrower window never loses a pane and a wider one gets the size back.

/** Where the layout is kept. */
export const LAYOUT_KEY = 'tracefs-playground:layout';
export const LAYOUT_VERSION = 1;

/** The sizes and states of the side panes; `null` sizes follow the default. */
export interface SavedLayout {
  /** The file pane's width in pixels. */
  files: number | null;
  /** The side column's width in pixels (side by side with the terminals). */
  side: number | null;
  /** The side column's height in pixels (under the terminals, at medium widths). */
  sideHeight: number | null;
  filesCollapsed: boolean;
  sideCollapsed: boolean;
}

export const DEFAULT_LAYOUT: SavedLayout = Object.freeze({
  files: null,
  side: null,
  sideHeight: null,
  filesCollapsed: false,
  sideCollapsed: false,
});

/** The width of a splitter between two panes (and of the gap a collapsed pane leaves). */
export const SPLITTER = 8;
/** The width (or height) of a collapsed pane's strip. */
export const STRIP = 28;
/** No pane gets smaller than this by dragging or by a narrow window. */
export const MIN = { files: 160, side: 260, sideHeight: 120, main: 320, mainHeight: 160 } as const;
/** Sizes above this are not kept (no screen is that wide): a value beyond is a broken entry. */
const MAX_SIZE = 10_000;
/**
 * The terminal pane's width the default layout keeps: 80 columns of the terminal's 14px
 * monospace font (no font of its stack is wider than 8.6 pixels a cell) and 24 pixels of
 * padding, border and scrollbar.
 */
export const TERMINAL_TARGET = Math.ceil(80 * 8.6 + 24);

/** The stored text for a layout. */
export function serializeLayout(layout: SavedLayout): string {
  return JSON.stringify({ version: LAYOUT_VERSION, ...layout });
}

/** The layout in stored text; the default for text that is missing, broken, or of another version. */
export function parseLayout(text: string | null): SavedLayout {
  if (text === null) return { ...DEFAULT_LAYOUT };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ...DEFAULT_LAYOUT };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ...DEFAULT_LAYOUT };
  const entry = value as Record<string, unknown>;
  if (entry.version !== LAYOUT_VERSION) return { ...DEFAULT_LAYOUT };
  return {
    files: size(entry.files, MIN.files),
    side: size(entry.side, MIN.side),
    sideHeight: size(entry.sideHeight, MIN.sideHeight),
    filesCollapsed: entry.filesCollapsed === true,
    sideCollapsed: entry.sideCollapsed === true,
  };
}

function size(value: unknown, min: number): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > MAX_SIZE) return null;
  return Math.round(value);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.round(Math.min(Math.max(value, min), Math.max(min, max)));
}

/** One pane's size on the screen and how far a splitter may take it. */
export interface PaneSize {
  size: number;
  min: number;
  max: number;
}

/** The grid's sizes beside the terminals: the file pane's and the side column's widths. */
export interface WideGrid {
  files: PaneSize;
  side: PaneSize;
}

/**
 * The default widths for a grid `width` pixels wide: shares of the room, within bounds, then
 * both made smaller in proportion until the terminal has its 80 columns (or they are at their
 * least).
 */
export function defaultWidths(width: number): { files: number; side: number } {
  const room = width - 2 * SPLITTER;
  let files = clamp(room * 0.17, 180, 320);
  let side = clamp(room * 0.27, 280, 520);
  const short = TERMINAL_TARGET - (room - files - side);
  if (short > 0) {
    const spare = files - MIN.files + (side - MIN.side);
    const share = Math.min(1, short / Math.max(1, spare));
    files = Math.round(files - (files - MIN.files) * share);
    side = Math.round(side - (side - MIN.side) * share);
  }
  return { files, side };
}

/** The widths beside the terminals in a grid `width` pixels wide, the side column to the right. */
export function wideGrid(layout: SavedLayout, width: number): WideGrid {
  const defaults = defaultWidths(width);
  const room = width - 2 * SPLITTER - MIN.main;
  const filesLeast = layout.filesCollapsed ? STRIP : MIN.files;
  const sideMax = room - filesLeast;
  const sideSize = layout.sideCollapsed ? STRIP : clamp(layout.side ?? defaults.side, MIN.side, sideMax);
  const filesMax = room - sideSize;
  const filesSize = layout.filesCollapsed
    ? STRIP
    : clamp(layout.files ?? defaults.files, MIN.files, filesMax);
  return {
    files: { size: filesSize, min: MIN.files, max: Math.max(MIN.files, filesMax) },
    side: { size: sideSize, min: MIN.side, max: Math.max(MIN.side, sideMax) },
  };
}

/** The grid's sizes at medium widths: the file pane's width, the side column's height under the terminals. */
export interface MediumGrid {
  files: PaneSize;
  sideHeight: PaneSize;
}

/** The sizes in a grid `width` by `height` pixels with the side column under the terminals. */
export function mediumGrid(layout: SavedLayout, width: number, height: number): MediumGrid {
  const filesMax = width - SPLITTER - MIN.main;
  const filesSize = layout.filesCollapsed
    ? STRIP
    : clamp(layout.files ?? clamp(width * 0.28, 180, 320), MIN.files, filesMax);
  const heightMax = height - SPLITTER - MIN.mainHeight;
  const sideSize = layout.sideCollapsed
    ? STRIP
    : clamp(layout.sideHeight ?? height * 0.42, MIN.sideHeight, heightMax);
  return {
    files: { size: filesSize, min: MIN.files, max: Math.max(MIN.files, filesMax) },
    sideHeight: { size: sideSize, min: MIN.sideHeight, max: Math.max(MIN.sideHeight, heightMax) },
  };
}

/** The grid of panes: the side panes' sizes (the side column's is its height at medium widths) and its templates. */
export interface PaneGrid {
  files: PaneSize;
  side: PaneSize;
  columns: string;
  rows: string;
  areas: string;
}

/**
 * The grid in a box `width` by `height` pixels: side by side (files, splitter, terminals,
 * splitter, side column), or at medium widths the side column under the terminals.
 */
export function paneGrid(layout: SavedLayout, medium: boolean, width: number, height: number): PaneGrid {
  if (medium) {
    const { files, sideHeight: side } = mediumGrid(layout, width, height);
    return {
      files,
      side,
      columns: `${files.size}px ${SPLITTER}px minmax(0, 1fr)`,
      rows: `minmax(0, 1fr) ${SPLITTER}px ${side.size}px`,
      areas: `'side split-files main' 'side split-files split-inspect' 'side split-files inspect'`,
    };
  }
  const { files, side } = wideGrid(layout, width);
  return {
    files,
    side,
    columns: `${files.size}px ${SPLITTER}px minmax(0, 1fr) ${SPLITTER}px ${side.size}px`,
    rows: 'minmax(0, 1fr)',
    areas: `'side split-files main split-inspect inspect'`,
  };
}
