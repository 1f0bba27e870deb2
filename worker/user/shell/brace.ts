// Models bash's brace expansion (braces.c), the first expansion: `pre{a,b}post` and sequences
// `{1..5}`, `{01..10}`, `{a..e..2}`, applied to the unquoted characters of a word only (quoted
// text and `$...` expansions are opaque), left to right, alternatives expanded recursively.

import type { Word, WordPart } from './ast';

type Atom = string | WordPart;

function atomsOf(word: Word): Atom[] {
  const atoms: Atom[] = [];
  for (const p of word.parts) {
    if (p.kind === 'text' && !p.quoted) atoms.push(...p.text);
    else atoms.push(p);
  }
  return atoms;
}

function wordOf(atoms: Atom[], raw: string): Word {
  const parts: WordPart[] = [];
  for (const a of atoms) {
    if (typeof a !== 'string') parts.push(a);
    else {
      const last = parts[parts.length - 1];
      if (last && last.kind === 'text' && !last.quoted) last.text += a;
      else parts.push({ kind: 'text', text: a, quoted: false });
    }
  }
  return { parts, raw };
}

/** The `}` matching the `{` at `open`, with the top-level commas between; null if none. */
function findClose(atoms: Atom[], open: number): { close: number; commas: number[] } | null {
  let depth = 0;
  const commas: number[] = [];
  for (let i = open + 1; i < atoms.length; i++) {
    const a = atoms[i];
    if (a === '{') depth++;
    else if (a === '}') {
      if (depth === 0) return { close: i, commas };
      depth--;
    } else if (a === ',' && depth === 0) commas.push(i);
  }
  return null;
}

function sequence(text: string): string[] | null {
  const m = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    let step = Math.abs(Number(m[3] ?? 1)) || 1;
    const pad = [m[1], m[2]].some((s) => /^-?0\d/.test(s)) ? Math.max(m[1].length, m[2].length) : 0;
    if (a > b) step = -step;
    const out: string[] = [];
    for (let n = a; step > 0 ? n <= b : n >= b; n += step) {
      const s = String(Math.abs(n)).padStart(pad - (n < 0 ? 1 : 0), '0');
      out.push(n < 0 ? '-' + s : s);
    }
    return out;
  }
  const c = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(text);
  if (!c) return null;
  const a = c[1].charCodeAt(0);
  const b = c[2].charCodeAt(0);
  let step = Math.abs(Number(c[3] ?? 1)) || 1;
  if (a > b) step = -step;
  const out: string[] = [];
  // NOTE: a backslash made by the sequence is quoted-removed afterwards, as in bash: an empty word.
  for (let n = a; step > 0 ? n <= b : n >= b; n += step) out.push(n === 0x5c ? '' : String.fromCharCode(n));
  return out;
}

function expandAtoms(atoms: Atom[]): Atom[][] {
  for (let i = 0; i < atoms.length; i++) {
    if (atoms[i] !== '{') continue;
    if (i > 0 && atoms[i - 1] === '$') continue;
    const found = findClose(atoms, i);
    if (!found) return [atoms];
    const { close, commas } = found;
    const pre = atoms.slice(0, i);
    const post = atoms.slice(close + 1);
    let alternatives: Atom[][];
    if (commas.length > 0) {
      const bounds = [i, ...commas, close];
      alternatives = bounds.slice(1).map((b, k) => atoms.slice(bounds[k] + 1, b));
    } else {
      const inner = atoms.slice(i + 1, close);
      const seq = inner.every((a) => typeof a === 'string') ? sequence(inner.join('')) : null;
      if (!seq) continue;
      alternatives = seq.map((s): Atom[] => (s === '' ? [{ kind: 'text', text: '', quoted: true }] : [...s]));
    }
    const out: Atom[][] = [];
    for (const alt of alternatives) out.push(...expandAtoms([...pre, ...alt, ...post]));
    return out;
  }
  return [atoms];
}

export function braceExpand(word: Word): Word[] {
  if (!word.parts.some((p) => p.kind === 'text' && !p.quoted && p.text.includes('{'))) return [word];
  return expandAtoms(atomsOf(word)).map((a) => wordOf(a, word.raw));
}
