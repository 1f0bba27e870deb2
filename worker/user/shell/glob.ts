// Models bash pathname expansion (glob.c with globskipdots, LC_ALL=C): `*`, `?` and `[...]` matched
// against directory entries read through the caller's system calls, results sorted in byte order.
// A backslash in a pattern makes the next character literal (that is how quoted characters arrive).

import type { Syscalls } from '../../kernel/syscall-table';

/** True when the pattern has an unescaped `*`, `?` or a `[` that a `]` closes. */
export function hasMagic(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?') return true;
    else if (c === '[' && pattern.indexOf(']', i + 2) > i) return true;
  }
  return false;
}

/** Removes the escaping backslashes of a pattern that is used literally. */
export function unescapePattern(pattern: string): string {
  return pattern.replace(/\\(.)/gs, '$1');
}

/** fnmatch(3) without flags but with a leading-dot rule: `*`/`?` never match a leading `.`. */
export function fnmatch(pattern: string, name: string, dotglob = false): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.') && !pattern.startsWith('\\.')) {
    // NOTE: with dotglob a leading dot matches too, but `.` and `..` never (globskipdots).
    if (!dotglob || name === '.' || name === '..') return false;
  }
  return match(pattern, 0, name, 0);
}

function match(p: string, pi: number, s: string, si: number): boolean {
  while (pi < p.length) {
    const c = p[pi];
    if (c === '*') {
      while (p[pi] === '*') pi++;
      if (pi === p.length) return true;
      for (let k = si; k <= s.length; k++) if (match(p, pi, s, k)) return true;
      return false;
    }
    if (si >= s.length) return false;
    if (c === '?') {
      pi++;
      si++;
    } else if (c === '[') {
      const cls = bracket(p, pi, s[si]);
      if (cls === null) {
        if (s[si] !== '[') return false;
        pi++;
        si++;
      } else {
        if (!cls.matched) return false;
        pi = cls.end;
        si++;
      }
    } else {
      const lit = c === '\\' && pi + 1 < p.length ? p[++pi] : c;
      if (lit !== s[si]) return false;
      pi++;
      si++;
    }
  }
  return si === s.length;
}

const CLASSES: Record<string, RegExp> = {
  alpha: /[A-Za-z]/,
  digit: /[0-9]/,
  alnum: /[A-Za-z0-9]/,
  upper: /[A-Z]/,
  lower: /[a-z]/,
  space: /[ \t\n\r\f\v]/,
  xdigit: /[0-9A-Fa-f]/,
  punct: /[!-/:-@[-`{-~]/,
};

/** A bracket expression at p[start] === '['; null when it is not closed (then `[` is literal). */
function bracket(p: string, start: number, ch: string): { matched: boolean; end: number } | null {
  let i = start + 1;
  let negate = false;
  if (p[i] === '!' || p[i] === '^') {
    negate = true;
    i++;
  }
  let matched = false;
  let first = true;
  while (i < p.length && (p[i] !== ']' || first)) {
    first = false;
    if (p.startsWith('[:', i)) {
      const end = p.indexOf(':]', i + 2);
      if (end > 0) {
        const re = CLASSES[p.slice(i + 2, end)];
        if (re && re.test(ch)) matched = true;
        i = end + 2;
        continue;
      }
    }
    let lo = p[i];
    if (lo === '\\' && i + 1 < p.length) lo = p[++i];
    i++;
    let hi = lo;
    if (p[i] === '-' && p[i + 1] !== undefined && p[i + 1] !== ']') {
      hi = p[i + 1] === '\\' ? (p[i + 2] ?? '\\') : p[i + 1];
      i += p[i + 1] === '\\' ? 3 : 2;
    }
    if (ch >= lo && ch <= hi) matched = true;
  }
  if (i >= p.length) return null;
  return { matched: matched !== negate, end: i + 1 };
}

/** Expands a pattern to the existing paths it names, sorted; empty when nothing matches. */
export function globPaths(sys: Syscalls, pattern: string, dotglob = false): string[] {
  const absolute = pattern.startsWith('/');
  const comps = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  if (absolute) comps.shift();
  const dirOnly = pattern.endsWith('/');
  let bases: string[] = [absolute ? '/' : ''];
  for (const comp of comps) {
    const next: string[] = [];
    for (const base of bases) {
      const join = (name: string) => (base === '' || base.endsWith('/') ? base + name : `${base}/${name}`);
      if (!hasMagic(comp)) {
        next.push(join(unescapePattern(comp)));
        continue;
      }
      const entries = sys.readdir(base === '' ? '.' : base);
      if (!entries.ok) continue;
      for (const e of entries.value) if (fnmatch(comp, e.name, dotglob)) next.push(join(e.name));
    }
    bases = next;
  }
  // NOTE: bash tests a name with lstat, so a dangling symbolic link matches; only `*/` follows links.
  const found = bases.filter((path) => {
    if (!dirOnly) return sys.lstat(path).ok;
    const st = sys.stat(path);
    return st.ok && (st.value.mode & 0o170000) === 0o040000;
  });
  return found.map((p) => (dirOnly ? p + '/' : p)).sort(compareBytes);
}

/** strcmp order, as every sort in the C locale uses. */
export function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A shell pattern against a whole string (case, [[ ==, ${x#pat}): no special rule for dots or slashes. */
export function patternMatch(pattern: string, s: string): boolean {
  return match(pattern, 0, s, 0);
}
