// Writes a parsed POSIX pattern as JavaScript RegExp source over byte strings (one character per
// byte). Used where JavaScript's backtracking cannot run away: patterns without repetition or
// alternation, whose matches are then the same as POSIX's, and patterns with back-references,
// which no automaton can match.

import type { AssertKind, Node, Parsed } from './regex';

function hex(c: number): string {
  return '\\x' + c.toString(16).padStart(2, '0');
}

/** A JavaScript class matching exactly the bytes of the set (a lone byte as itself). */
function setSource(set: Uint8Array): string {
  let out = '';
  let count = 0;
  let only = -1;
  for (let c = 0; c < 256; c++) {
    if (!set[c]) continue;
    let end = c;
    while (end + 1 < 256 && set[end + 1]) end++;
    count += end - c + 1;
    only = c;
    out += end === c ? hex(c) : end === c + 1 ? hex(c) + hex(end) : `${hex(c)}-${hex(end)}`;
    c = end;
  }
  if (count === 256) return '[^]';
  if (count === 1)
    return /[A-Za-z0-9_]/.test(String.fromCharCode(only)) ? String.fromCharCode(only) : hex(only);
  return `[${out}]`;
}

function assertSource(kind: AssertKind, newline: number | null): string {
  switch (kind) {
    case 'bol':
      return newline === null ? '^' : `(?<![^${hex(newline)}])`;
    case 'eol':
      return newline === null ? '$' : `(?![^${hex(newline)}])`;
    case 'bob':
      return '(?<![^])';
    case 'eob':
      return '(?![^])';
    case 'boundary':
      return '\\b';
    case 'inside':
      return '\\B';
    case 'wordStart':
      return '\\b(?=\\w)';
    case 'wordEnd':
      return '\\b(?<=\\w)';
  }
}

function source(node: Node, newline: number | null): string {
  switch (node.type) {
    case 'set':
      return setSource(node.bytes);
    case 'seq':
      return node.items
        .map((n) => (n.type === 'alt' ? `(?:${source(n, newline)})` : source(n, newline)))
        .join('');
    case 'alt':
      return node.items.map((n) => source(n, newline)).join('|');
    case 'group':
      return `(${source(node.body, newline)})`;
    case 'assert':
      return assertSource(node.kind, newline);
    case 'backref':
      return `(?:\\${node.index})`;
    case 'repeat': {
      const body = source(node.body, newline);
      const atom =
        node.body.type === 'group' || node.body.type === 'backref' || /^(\\x..|.|\[[^\]]*\])$/.test(body);
      const { min, max } = node;
      const q = max === Infinity ? `{${min},}` : max === min ? `{${min}}` : `{${min},${max}}`;
      return (atom ? body : `(?:${body})`) + q;
    }
  }
}

/** The JavaScript source of a parsed pattern. */
export function jsSource(parsed: Parsed): string {
  return source(parsed.root, parsed.newline);
}

/** Whether backtracking could stop at a shorter match than POSIX's longest (alternation, repetition). */
export function hasChoices(node: Node): boolean {
  switch (node.type) {
    case 'alt':
    case 'repeat':
      return true;
    case 'seq':
      return node.items.some(hasChoices);
    case 'group':
      return hasChoices(node.body);
    default:
      return false;
  }
}
