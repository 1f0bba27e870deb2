// The pane layout kept in the browser: what is stored reads back, anything broken, of another
// version or out of range reads as the default (never as a size that hides a pane), and the grid's
// sizes give the terminal 80 columns by default from 1280 pixels up and keep every pane within
// its least and greatest size whatever was stored.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYOUT,
  LAYOUT_VERSION,
  MIN,
  SPLITTER,
  STRIP,
  TERMINAL_TARGET,
  defaultWidths,
  mediumGrid,
  parseLayout,
  serializeLayout,
  wideGrid,
  type SavedLayout,
} from '../../src/state/layout-store';

/** The grid's width inside its padding for a window `width` pixels wide. */
const gridWidth = (width: number) => width - 24;
const terminalWidth = (layout: SavedLayout, width: number) => {
  const g = wideGrid(layout, width);
  return width - 2 * SPLITTER - g.files.size - g.side.size;
};

describe('parseLayout', () => {
  it('reads back what was stored', () => {
    const layout: SavedLayout = {
      files: 250,
      side: 400,
      sideHeight: 300,
      filesCollapsed: true,
      sideCollapsed: false,
    };
    expect(parseLayout(serializeLayout(layout))).toEqual(layout);
    expect(JSON.parse(serializeLayout(layout)).version).toBe(LAYOUT_VERSION);
  });

  it.each([
    ['nothing stored', null],
    ['text that is not JSON', '{"version":1,'],
    ['JSON that is not an object', '[1,2,3]'],
    ['null', 'null'],
    ['a number', '42'],
    ['no version', '{"files":300,"filesCollapsed":true}'],
    ['another version', '{"version":2,"files":300,"filesCollapsed":true}'],
    ['a version as text', '{"version":"1","files":300}'],
  ])('gives the default for %s', (_, text) => {
    expect(parseLayout(text)).toEqual(DEFAULT_LAYOUT);
  });

  it.each([
    ['text', '"wide"'],
    ['below the least size', '10'],
    ['negative', '-300'],
    ['beyond any screen', '1e9'],
    ['not finite', '1e999'],
    ['an object', '{"px":300}'],
  ])('ignores a size that is %s, keeping the rest', (_, files) => {
    const text = `{"version":1,"files":${files},"side":400,"sideCollapsed":true}`;
    expect(parseLayout(text)).toEqual({ ...DEFAULT_LAYOUT, side: 400, sideCollapsed: true });
  });

  it('takes only true as collapsed, and rounds sizes', () => {
    const text = '{"version":1,"files":250.6,"filesCollapsed":"yes","sideCollapsed":1}';
    expect(parseLayout(text)).toEqual({ ...DEFAULT_LAYOUT, files: 251 });
  });
});

describe('the default layout', () => {
  it.each([1280, 1366, 1440, 1920, 2560])('gives the terminal room for 80 columns at %i pixels', (width) => {
    expect(terminalWidth(DEFAULT_LAYOUT, gridWidth(width))).toBeGreaterThanOrEqual(TERMINAL_TARGET);
  });

  it('keeps the side panes at their least size or more', () => {
    for (const width of [900, 1101, 1280, 1920]) {
      const { files, side } = defaultWidths(gridWidth(width));
      expect(files).toBeGreaterThanOrEqual(MIN.files);
      expect(side).toBeGreaterThanOrEqual(MIN.side);
    }
  });

  it('gives wider windows wider side panes', () => {
    const narrow = defaultWidths(gridWidth(1280));
    const wide = defaultWidths(gridWidth(1920));
    expect(wide.files).toBeGreaterThan(narrow.files);
    expect(wide.side).toBeGreaterThan(narrow.side);
  });
});

describe('wideGrid', () => {
  it('keeps a chosen size that fits', () => {
    const g = wideGrid({ ...DEFAULT_LAYOUT, files: 300, side: 350 }, gridWidth(1280));
    expect(g.files.size).toBe(300);
    expect(g.side.size).toBe(350);
  });

  it('clamps sizes chosen on a wider window, leaving the terminal its least width', () => {
    const layout = { ...DEFAULT_LAYOUT, files: 900, side: 1200 };
    const width = gridWidth(1280);
    const g = wideGrid(layout, width);
    expect(g.side.size).toBe(g.side.max);
    expect(g.files.size).toBeGreaterThanOrEqual(MIN.files);
    expect(terminalWidth(layout, width)).toBeGreaterThanOrEqual(MIN.main);
    expect(layout.files).toBe(900);
  });

  it('gives a collapsed pane its strip, and the terminal the room', () => {
    const width = gridWidth(1280);
    const both = { ...DEFAULT_LAYOUT, filesCollapsed: true, sideCollapsed: true };
    const g = wideGrid(both, width);
    expect(g.files.size).toBe(STRIP);
    expect(g.side.size).toBe(STRIP);
    expect(terminalWidth(both, width)).toBeGreaterThan(terminalWidth(DEFAULT_LAYOUT, width));
  });

  it('offers a splitter a range from the least size to what leaves the terminal its least width', () => {
    const width = gridWidth(1440);
    const g = wideGrid(DEFAULT_LAYOUT, width);
    expect(g.files.min).toBe(MIN.files);
    expect(g.files.max).toBe(width - 2 * SPLITTER - MIN.main - g.side.size);
    expect(g.side.max).toBe(width - 2 * SPLITTER - MIN.main - MIN.files);
  });
});

describe('mediumGrid', () => {
  it('puts the side column under the terminals at a share of the height, within bounds', () => {
    const g = mediumGrid(DEFAULT_LAYOUT, gridWidth(1000), 700);
    expect(g.sideHeight.size).toBe(Math.round(700 * 0.42));
    expect(mediumGrid({ ...DEFAULT_LAYOUT, sideHeight: 5000 }, 976, 700).sideHeight.size).toBe(
      700 - SPLITTER - MIN.mainHeight,
    );
    expect(mediumGrid({ ...DEFAULT_LAYOUT, sideCollapsed: true }, 976, 700).sideHeight.size).toBe(STRIP);
  });

  it('never gives the file pane less than its least width, even on a window too small for it', () => {
    const g = mediumGrid({ ...DEFAULT_LAYOUT, files: 5000 }, 300, 200);
    expect(g.files.size).toBe(MIN.files);
    expect(g.sideHeight.size).toBe(MIN.sideHeight);
  });
});
