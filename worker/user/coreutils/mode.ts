// Models gnulib modechange.c as chmod and mkdir -m use it: an octal mode, or symbolic clauses
// `[ugoa]*[-+=][rwxXst]*` joined by commas; without `ugoa` the umask (022) limits what `+`/`=` set.

const UMASK = 0o022;

/** The new mode bits, or null when the spec is not a mode. */
export function parseMode(spec: string, current: number, isDir: boolean): number | null {
  if (/^[0-7]+$/.test(spec)) {
    const v = parseInt(spec, 8);
    if (v > 0o7777) return null;
    // NOTE: like GNU chmod, a short octal mode on a directory keeps its set-id bits.
    return isDir && spec.length < 5 ? v | (current & 0o6000) : v;
  }
  let mode = current & 0o7777;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)((?:[-+=][rwxXstugo]*)+)$/.exec(clause);
    if (!m) return null;
    const who = m[1];
    let mask = 0;
    for (const w of who === '' ? 'a' : who) {
      if (w === 'u' || w === 'a') mask |= 0o4700;
      if (w === 'g' || w === 'a') mask |= 0o2070;
      if (w === 'o' || w === 'a') mask |= 0o1007;
    }
    const limit = who === '' ? ~UMASK : ~0;
    for (const action of m[2].match(/[-+=][rwxXstugo]*/g)!) {
      const op = action[0];
      let bits = 0;
      for (const p of action.slice(1)) {
        if (p === 'r') bits |= 0o444;
        else if (p === 'w') bits |= 0o222;
        else if (p === 'x') bits |= 0o111;
        else if (p === 'X' && (isDir || mode & 0o111)) bits |= 0o111;
        else if (p === 's') bits |= 0o6000;
        else if (p === 't') bits |= 0o1000;
        else if ('ugo'.includes(p)) {
          const shift = p === 'u' ? 6 : p === 'g' ? 3 : 0;
          const perm = (mode >> shift) & 7;
          bits |= perm * 0o111;
        }
      }
      bits &= mask;
      if (op === '+') mode |= bits & limit;
      else if (op === '-') mode &= ~bits;
      else mode = (mode & ~mask) | (bits & limit);
    }
  }
  return mode;
}
