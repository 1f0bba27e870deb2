// Models the display formats of util-linux hexdump's options (-b -c -C -d -o -x and the default) as
// its format engine runs them: each option is a list of units applied to every 16-byte block; a
// unit's conversion is repeated, the trailing blank of its last repetition dropped (`nospace`), and
// past the end of the data a conversion prints as blanks of its width (`bpad`) while text stays.

import { C_ESCAPES } from './od-format';

export type Piece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'address'; readonly digits: number; readonly after: string }
  | {
      readonly kind: 'unit';
      readonly reps: number;
      readonly size: number;
      /** x o u: a number; c: a character or its escape (%_c); p: a character or a dot (%_p). */
      readonly conv: 'x' | 'o' | 'u' | 'c' | 'p';
      readonly width: number;
      readonly before: string;
      readonly after: string;
    };

/** One option's formats: the lines it prints per block, and its end-address digits (%_A). */
export interface DisplayFormat {
  readonly lines: readonly (readonly Piece[])[];
  readonly endDigits: number;
}

const address = (digits: number, after: string): Piece => ({ kind: 'address', digits, after });
const text = (t: string): Piece => ({ kind: 'text', text: t });
const unit = (
  reps: number,
  size: number,
  conv: 'x' | 'o' | 'u' | 'c' | 'p',
  width: number,
  before = '',
): Piece => ({
  kind: 'unit',
  reps,
  size,
  conv,
  width,
  before,
  after: conv === 'p' ? '' : ' ',
});

export const FORMATS: Readonly<Record<string, DisplayFormat>> = {
  default: { lines: [[address(7, ' '), unit(8, 2, 'x', 4), text('\n')]], endDigits: 7 },
  b: { lines: [[address(7, ' '), unit(16, 1, 'o', 3), text('\n')]], endDigits: 7 },
  c: { lines: [[address(7, ' '), unit(16, 1, 'c', 3), text('\n')]], endDigits: 7 },
  C: {
    lines: [
      [address(8, '  '), unit(8, 1, 'x', 2), text('  '), unit(8, 1, 'x', 2)],
      [text('  |'), unit(16, 1, 'p', 0), text('|\n')],
    ],
    endDigits: 8,
  },
  d: { lines: [[address(7, ' '), unit(8, 2, 'u', 5, '  '), text('\n')]], endDigits: 7 },
  o: { lines: [[address(7, ' '), unit(8, 2, 'o', 6, ' '), text('\n')]], endDigits: 7 },
  x: { lines: [[address(7, ' '), unit(8, 2, 'x', 4, '   '), text('\n')]], endDigits: 7 },
};

const printable = (b: number) => b >= 0x20 && b < 0x7f;

function convert(piece: Extract<Piece, { kind: 'unit' }>, block: Uint8Array, at: number): string {
  let v = 0;
  for (let k = piece.size - 1; k >= 0; k--) v = v * 256 + block[at + k];
  switch (piece.conv) {
    case 'x':
      return v.toString(16).padStart(piece.width, '0');
    case 'o':
      return v.toString(8).padStart(piece.width, '0');
    case 'u':
      return String(v).padStart(piece.width, '0');
    case 'c':
      if (v in C_ESCAPES) return C_ESCAPES[v].padStart(piece.width);
      return (printable(v) ? String.fromCharCode(v) : v.toString(8).padStart(3, '0')).padStart(piece.width);
    case 'p':
      return printable(v) ? String.fromCharCode(v) : '.';
  }
}

/** One block through one line's pieces: `n` bytes of it are data, the rest padding. */
export function renderLine(pieces: readonly Piece[], block: Uint8Array, n: number, offset: number): string {
  let out = '';
  let at = 0;
  for (const piece of pieces) {
    if (piece.kind === 'text') out += piece.text;
    else if (piece.kind === 'address') out += offset.toString(16).padStart(piece.digits, '0') + piece.after;
    else {
      for (let r = 1; r <= piece.reps; r++, at += piece.size) {
        const after = r === piece.reps && piece.reps > 1 ? piece.after.slice(0, -1) : piece.after;
        const body = at < n ? convert(piece, block, at) : ' '.repeat(piece.width);
        out += piece.before + body + after;
      }
    }
  }
  return out;
}
