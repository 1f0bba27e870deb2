// The page's command history, as readline keeps ~/.bash_history: lines in order, an empty line or a
// repeat of the previous one is not kept, and the list is bounded. It is saved in the browser's
// storage so Up finds yesterday's commands after a reload (the kernel itself is fresh each time).

/** The part of the Web Storage API the history uses (localStorage, or a map in tests). */
export interface HistoryStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const HISTORY_KEY = 'tracefs-playground.history';
export const HISTORY_LIMIT = 500;

export class History {
  private lines: string[];

  constructor(
    private readonly storage: HistoryStorage | null = null,
    private readonly limit = HISTORY_LIMIT,
  ) {
    this.lines = load(storage).slice(-limit);
  }

  get length(): number {
    return this.lines.length;
  }

  /** The line at `index` (0 is the oldest). */
  at(index: number): string {
    return this.lines[index] ?? '';
  }

  entries(): readonly string[] {
    return this.lines;
  }

  /** A continuation line of the last command: it joins that entry, as bash's cmdhist does. */
  continueLast(line: string): void {
    const joined = this.lines.length === 0 ? null : joinContinuation(this.lines[this.lines.length - 1], line);
    if (joined === null) return this.add(line);
    this.lines[this.lines.length - 1] = joined;
    this.save();
  }

  add(line: string): void {
    if (line.trim() === '' || this.lines[this.lines.length - 1] === line) return;
    this.lines.push(line);
    if (this.lines.length > this.limit) this.lines.splice(0, this.lines.length - this.limit);
    this.save();
  }

  private save(): void {
    try {
      this.storage?.setItem(HISTORY_KEY, JSON.stringify(this.lines));
    } catch {
      // NOTE: a full or forbidden storage only loses persistence, never the line.
    }
  }
}

/**
 * How bash (cmdhist) keeps a command typed over several lines as one entry: the lines joined by
 * `; `, or by a space after a word or operator that a `;` may not follow (`do`, `then`, `|`...);
 * null inside a here-document or a quoted string, where the page keeps the lines apart (an entry
 * is one line).
 */
export function joinContinuation(previous: string, line: string): string | null {
  const open = (previous.match(/'/g)?.length ?? 0) % 2 === 1 || (previous.match(/"/g)?.length ?? 0) % 2 === 1;
  if (open || /<<-?\s*\S/.test(previous)) return null;
  return previous + (NO_SEMICOLON.test(previous) ? ' ' : '; ') + line;
}

/** After these, bash joins the next line with a space: a `;` there would be a syntax error. */
const NO_SEMICOLON = /(?:^|[\s;&|(])(?:do|then|else|elif|in|\{)\s*$|(?:\||&&|\|\||;|&|\(|\))\s*$/;

function load(storage: HistoryStorage | null): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((l): l is string => typeof l === 'string') : [];
  } catch {
    return [];
  }
}
