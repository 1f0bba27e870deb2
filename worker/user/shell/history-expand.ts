// Models bash's history expansion (lib/readline/histexpand.c) as an interactive shell applies it to
// each line it reads, before parsing: `!!`, `!N`, `!-N`, `!STRING`, `!?STRING?` name an earlier
// command, `!$`, `!^`, `!*` words of the last one. Not inside single quotes or after a backslash;
// a `!` before a blank, `=`, `(` or the end of the line stays, and so do `$!`, `${!x}`, `[!...]`. A line that changed is shown before
// it runs; an event that cannot be found is an error and the line is dropped.
// Not modelled: word designators after `:` and modifiers (`:h`, `:s/a/b/`), `^old^new`.

/** The result: the expanded line, or bash's message (after `bash: `). */
export type HistoryExpansion = { line: string; changed: boolean } | { error: string };

const EVENT_END = /[\s"';&|()<>:]/;

/** The words of a command as history sees them: blanks split, quotes keep a word together. */
function words(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (const c of line) {
    if (quote) {
      cur += c;
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
      cur += c;
    } else if (/\s/.test(c)) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

function findEvent(history: readonly string[], spec: string): string | null {
  if (spec === '!') return history[history.length - 1] ?? null;
  if (/^-?\d+$/.test(spec)) {
    const n = Number(spec);
    return (n < 0 ? history[history.length + n] : history[n - 1]) ?? null;
  }
  const contains = spec.startsWith('?');
  const text = contains ? spec.slice(1).replace(/\?$/, '') : spec;
  for (let i = history.length - 1; i >= 0; i--) {
    if (contains ? history[i].includes(text) : history[i].startsWith(text)) return history[i];
  }
  return null;
}

export function expandHistory(line: string, history: readonly string[]): HistoryExpansion {
  if (!line.includes('!')) return { line, changed: false };
  let out = '';
  let changed = false;
  let single = false;
  let double = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if ((c === "'" && !double) || (c === '"' && !single)) {
      if (c === "'") single = !single;
      else double = !double;
      out += c;
      continue;
    }
    if (c === '\\' && i + 1 < line.length) {
      out += c + line[++i];
      continue;
    }
    const next = line[i + 1];
    // NOTE: as bash_history_inhibit_expansion: `$!`, `${!name}` and `[!...]` are the shell's.
    const inhibited = i > 0 && (line[i - 1] === '$' || line[i - 1] === '[' || line.endsWith('${', i));
    if (c !== '!' || single || inhibited || next === undefined || /[\s=(]/.test(next)) {
      out += c;
      continue;
    }
    const last = history[history.length - 1];
    if (next === '$' || next === '^' || next === '*') {
      if (last === undefined) return { error: `!${next}: event not found` };
      const w = words(last);
      out += next === '$' ? (w[w.length - 1] ?? '') : next === '^' ? (w[1] ?? '') : w.slice(1).join(' ');
      i++;
      changed = true;
      continue;
    }
    let end = i + 1;
    if (next === '!') end = i + 2;
    else if (next === '?') {
      end = line.indexOf('?', i + 2);
      end = end < 0 ? line.length : end + 1;
    } else while (end < line.length && !EVENT_END.test(line[end])) end++;
    const spec = line.slice(i + 1, end);
    const event = findEvent(history, spec);
    if (event === null) return { error: `!${spec}: event not found` };
    out += event;
    i = end - 1;
    changed = true;
  }
  return { line: out, changed };
}
