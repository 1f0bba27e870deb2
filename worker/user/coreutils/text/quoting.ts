// Models gnulib quotearg as coreutils uses it in diagnostics under LC_ALL=C: quote() (an argument,
// in '...' with C escapes: 'a\'b', '\377') and quotef()/quoteaf() (a file name, shell-escaped:
// bare when nothing in it is special to the shell, else 'a b', "a'b" or 'a'$'\n''b'). Strings are
// the playground's argv strings; a raw byte rides as U+DC80..U+DCFF (see bytes.ts).

import { latin1String } from '../../../kernel/lib/utf8';
import { encodeText } from '../../bytes';

const C_ESCAPES: Readonly<Record<number, string>> = {
  7: 'a',
  8: 'b',
  9: 't',
  10: 'n',
  11: 'v',
  12: 'f',
  13: 'r',
};

/** One byte in a C string literal: a named or octal escape when it is not printable ASCII. */
function cEscape(b: number): string {
  if (C_ESCAPES[b]) return `\\${C_ESCAPES[b]}`;
  if (b < 0x20 || b >= 0x7f) return `\\${b.toString(8).padStart(3, '0')}`;
  return String.fromCharCode(b);
}

/** The text back from a byte string whose printable bytes are ASCII. */
function bytesOf(s: string): number[] {
  return [...latin1String(encodeText(s))].map((c) => c.charCodeAt(0));
}

/** quote(): locale_quoting_style in the C locale. */
export function quote(s: string): string {
  let out = "'";
  for (const b of bytesOf(s)) {
    if (b === 0x27 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else out += cEscape(b);
  }
  return out + "'";
}

/** Bytes that make the shell read a word differently (`#` and `~` only at its start). */
function shellSpecial(b: number, first: boolean): boolean {
  if (b < 0x20 || b >= 0x7f) return true;
  if (first && (b === 0x23 || b === 0x7e)) return true;
  return ' !"$&\'()*;<=>?[\\^`|'.includes(String.fromCharCode(b));
}

/** quoteaf(): shell_escape_always_quoting_style; quotef() leaves a harmless name bare. */
export function quoteFile(s: string, always = false): string {
  const bytes = bytesOf(s);
  if (!always && bytes.length > 0 && !bytes.some((b, i) => shellSpecial(b, i === 0))) return s;
  const printable = bytes.every((b) => b >= 0x20 && b < 0x7f);
  if (printable && bytes.includes(0x27) && !bytes.some((b) => '$`\\"!'.includes(String.fromCharCode(b)))) {
    return `"${String.fromCharCode(...bytes)}"`;
  }
  let out = "'";
  for (const b of bytes) {
    if (b === 0x27) out += "'\\''";
    else if (b < 0x20 || b >= 0x7f) out += `'$'${cEscape(b)}''`;
    else out += String.fromCharCode(b);
  }
  return out + "'";
}
