// The embed's `theme` option. `auto` follows the system, as the playground does; `light` and
// `dark` pin it: the page's colours through `data-theme` on the root (theme.css), and the
// terminal's through the colour-scheme media query, which Terminal.svelte reads to pick xterm's
// palette. NOTE: in a pinned embed, `matchMedia('(prefers-color-scheme: …)')` answers for the
// pinned theme, so the shared terminal component follows it without an option of its own.
import type { Theme } from './options';

const COLOR_SCHEME = /prefers-color-scheme/;

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  if (theme === 'auto') return;
  const dark = theme === 'dark';
  const system = window.matchMedia.bind(window);
  window.matchMedia = (query: string): MediaQueryList =>
    COLOR_SCHEME.test(query) ? pinned(query, query.includes('dark') === dark) : system(query);
}

/** A media query list that always answers `matches` and never changes. */
function pinned(media: string, matches: boolean): MediaQueryList {
  const list = {
    media,
    matches,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  };
  return list as MediaQueryList;
}
