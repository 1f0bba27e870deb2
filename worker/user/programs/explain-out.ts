// How explain prints: a text with a caret line under the part that decides, one line per token
// (the token quoted, then what the kernel makes of it) and a `=> VERDICT: ...` line, wrapped for an
// 80-column terminal. Control characters are shown escaped (`\t`) and the caret follows them.

import { errnoName, strerror } from '../../kernel/lib/errno';

/** A piece of the explained text, `len` code units from `at`, and what the kernel makes of it. */
export interface Token {
  readonly at: number;
  readonly len: number;
  readonly note: string;
  /** Print the note on one line, however long (a field's `format` line). */
  readonly keep?: boolean;
}

/** The code units the caret line marks (a zero-length mark shows one caret at `at`). */
export interface Mark {
  readonly at: number;
  readonly len: number;
}

/** What explain found in one line (or one command): its tokens and the verdict. */
export interface LineReport {
  readonly tokens: readonly Token[];
  readonly mark: Mark | null;
  /** 0 when the kernel accepts the text, else the (positive) errno it gives. */
  readonly err: number;
  /** Whether the outcome also depends on what exists (then "parses" instead of "accepted"). */
  readonly stateful?: boolean;
  readonly detail: string;
}

export const WIDTH = 78;
const TOKEN_COLUMN = 16;

/** One character as the terminal is shown it. */
function shownChar(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (ch === '\t') return '\\t';
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\v') return '\\v';
  if (ch === '\f') return '\\f';
  if (c < 0x20 || c === 0x7f) return `\\x${c.toString(16).padStart(2, '0')}`;
  return ch;
}

/** The text as shown, and the column at which each code unit starts (plus one past the end). */
export function shown(text: string): { text: string; columns: number[] } {
  let out = '';
  let column = 0;
  const columns: number[] = [];
  for (const ch of text) {
    for (let i = 0; i < ch.length; i++) columns.push(column);
    const s = shownChar(ch);
    out += s;
    column += [...s].length;
  }
  columns.push(column);
  return { text: out, columns };
}

/** `^^^` under `mark` of a text shown after `indent` columns. */
export function caretLine(text: string, mark: Mark, indent = 0): string {
  const { columns } = shown(text);
  const from = columns[Math.min(mark.at, text.length)];
  const to = columns[Math.min(mark.at + mark.len, text.length)];
  return ' '.repeat(indent + from) + '^'.repeat(Math.max(1, to - from));
}

/** Greedy word wrap: the first line after `lead`, the rest indented by `indent` spaces. */
export function wrap(lead: string, text: string, indent: number, width = WIDTH): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = lead;
  let empty = true;
  for (const w of words) {
    if (!empty && [...line].length + 1 + [...w].length > width) {
      lines.push(line.trimEnd());
      line = ' '.repeat(indent) + w;
      empty = w === '';
      continue;
    }
    line += (empty ? '' : ' ') + w;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n') + '\n';
}

/** `'TOKEN'` padded to the note column. */
function tokenLead(text: string, t: Token): string {
  const q = `'${shown(text.slice(t.at, t.at + t.len)).text}'`;
  const width = [...q].length;
  return width + 2 <= TOKEN_COLUMN ? q + ' '.repeat(TOKEN_COLUMN - width) : `${q}  `;
}

/** The verdict word: `accepted`, `parses` or the errno's name with its text. */
export function verdictWord(r: LineReport): string {
  if (r.err) return `${errnoName(r.err)} (${strerror(r.err)})`;
  return r.stateful ? 'parses' : 'accepted';
}

/** The whole report of one line of `text`, which is shown after `label`. */
export function renderLine(label: string, text: string, r: LineReport): string {
  let out = text === '' ? `${label.trimEnd()}\n` : `${label}${shown(text).text}\n`;
  if (r.mark) out += caretLine(text, r.mark, [...label].length) + '\n';
  for (const t of r.tokens) {
    const lead = tokenLead(text, t);
    out += t.keep ? `${lead}${t.note}\n` : wrap(lead, t.note, Math.min([...lead].length, TOKEN_COLUMN));
  }
  return out + wrap('=> ', `${verdictWord(r)}: ${r.detail}`, 3);
}
