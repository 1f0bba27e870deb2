// The terminal's colours for the page's light and dark themes (the page follows the system's
// preference; xterm.js needs its palette as data, not CSS).
import type { ITheme } from '@xterm/xterm';

export const DARK: ITheme = {
  background: '#11151c',
  foreground: '#e4e7ec',
  cursor: '#f5c451',
  cursorAccent: '#11151c',
  selectionBackground: '#3b5b8c',
  selectionInactiveBackground: '#2c3e5c',
  black: '#1b2130',
  red: '#ff7b72',
  green: '#7ee787',
  yellow: '#f2cc60',
  blue: '#79c0ff',
  magenta: '#d2a8ff',
  cyan: '#56d4dd',
  white: '#e4e7ec',
  brightBlack: '#6e7681',
};

export const LIGHT: ITheme = {
  background: '#fbfbfa',
  foreground: '#1f2328',
  cursor: '#0b57d0',
  cursorAccent: '#fbfbfa',
  selectionBackground: '#b6d3ff',
  selectionInactiveBackground: '#d5e4fb',
  black: '#1f2328',
  red: '#b3261e',
  green: '#116329',
  yellow: '#7d4e00',
  blue: '#0550ae',
  magenta: '#8250df',
  cyan: '#1b7c83',
  white: '#6e7781',
  brightBlack: '#57606a',
};

export function terminalTheme(dark: boolean): ITheme {
  return dark ? DARK : LIGHT;
}
