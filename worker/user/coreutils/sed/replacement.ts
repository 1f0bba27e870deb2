// Models the right-hand side of GNU sed's `s` command: `&` and \0-\9 for the match and its groups,
// \L \U (until \E) and \l \u (the next character) for case, \X for a literal X; and how the
// pieces are put together for one match (append_replacement). Case changes are the C locale's:
// ASCII letters only. A \u or \l before an empty group waits for the next piece that has text.

import {
  REPL_ASIS,
  REPL_LOWERCASE,
  REPL_LOWERCASE_FIRST,
  REPL_MODIFIERS,
  REPL_UPPERCASE,
  REPL_UPPERCASE_FIRST,
  type ReplacementPart,
} from './program';
import { toLowerC, toUpperC } from './script-text';

/**
 * setup_replacement(): splits a normalized right-hand side into parts; also returns the highest
 * group used. Under --posix only \0-\9 are special after a backslash.
 */
export function parseReplacement(text: string, posix: boolean): { parts: ReplacementPart[]; maxRef: number } {
  const parts: ReplacementPart[] = [];
  let maxRef = 0;
  let base = 0;
  let type = REPL_ASIS;
  let saveType = REPL_ASIS;
  for (let p = 0; p < text.length; p++) {
    const c = text[p];
    if (c !== '\\' && c !== '&') continue;
    const part: ReplacementPart = { prefix: text.slice(base, p), ref: -1, type };
    parts.push(part);
    type = saveType;
    if (c === '&') {
      part.ref = 0;
      base = p + 1;
      continue;
    }
    p++;
    const e = text[p];
    if (e === undefined) part.prefix += '\\';
    else if (posix && !(e >= '0' && e <= '9')) part.prefix += e;
    else if (e >= '0' && e <= '9') {
      part.ref = Number(e);
      maxRef = Math.max(maxRef, part.ref);
    } else if (e === 'L') type = saveType = REPL_LOWERCASE;
    else if (e === 'U') type = saveType = REPL_UPPERCASE;
    else if (e === 'E') type = saveType = REPL_ASIS;
    else if (e === 'l') {
      saveType = type;
      type |= REPL_LOWERCASE_FIRST;
    } else if (e === 'u') {
      saveType = type;
      type |= REPL_UPPERCASE_FIRST;
    } else part.prefix += e;
    base = p + 1;
  }
  if (base < text.length) parts.push({ prefix: text.slice(base), ref: -1, type });
  return { parts, maxRef };
}

function changeCase(s: string, upper: boolean): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = upper ? toUpperC(c) : toLowerC(c);
    out += d === c ? s[i] : String.fromCharCode(d);
  }
  return out;
}

/** str_append_modified(): text in a case mode. */
function modified(s: string, type: number): string {
  if (type === REPL_ASIS || s === '') return s;
  let rest = s;
  let head = '';
  if (type & REPL_MODIFIERS) {
    head = changeCase(s[0], (type & REPL_UPPERCASE_FIRST) !== 0);
    rest = s.slice(1);
    type &= ~REPL_MODIFIERS;
    if (type === REPL_ASIS) return head + rest;
  }
  return head + changeCase(rest, (type & REPL_UPPERCASE) !== 0);
}

/** append_replacement(): the replacement for one match (`groups[0]` the match, undefined for a group that did not take part). */
export function expand(parts: readonly ReplacementPart[], groups: ArrayLike<string | undefined>): string {
  let out = '';
  let pendingModifier = 0;
  for (const p of parts) {
    let type = p.type & REPL_MODIFIERS ? p.type : p.type | pendingModifier;
    pendingModifier = 0;
    if (p.prefix) {
      out += modified(p.prefix, type);
      type &= ~REPL_MODIFIERS;
    }
    if (p.ref < 0 || p.ref >= groups.length) continue;
    const g = groups[p.ref] ?? '';
    if (g === '' && p.type & REPL_MODIFIERS) pendingModifier = type & REPL_MODIFIERS;
    else if (g !== '') out += modified(g, type);
  }
  return out;
}
