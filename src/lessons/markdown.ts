// The Markdown of lesson files, a small and safe subset parsed into blocks of inline runs that
// Markdown.svelte renders as text nodes (never as HTML): paragraphs, `#` to `###` headings, fenced
// code blocks, bullet and numbered lists (one level), inline code, **bold**, *emphasis* and
// [links](https://…) whose address is http(s). Anything else (HTML, other link schemes, tables,
// nesting) stays as the literal text it was. NOTE: `_` is never emphasis: tracefs names are full
// of underscores (`tracing_on`, `trace_marker`), and a lesson may write them outside code.

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'heading'; level: 1 | 2 | 3; content: Inline[] }
  | { kind: 'code'; lang: string; text: string }
  | { kind: 'list'; ordered: boolean; start: number; items: Inline[][] };

const HEADING = /^ {0,3}(#{1,3})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)[^`]*$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const NUMBERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
/** Emphasis nests no deeper than this; past it the text stays literal. */
const MAX_DEPTH = 8;
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** The blocks of `source`. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE_OPEN.exec(line);
    if (fence) {
      i = codeBlock(lines, i, fence[1], fence[2], blocks);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1].length as 1 | 2 | 3;
      blocks.push({ kind: 'heading', level, content: parseInline(heading[2]) });
      i++;
      continue;
    }
    if (BULLET.test(line) || NUMBERED.test(line)) {
      i = list(lines, i, blocks);
      continue;
    }
    const text: string[] = [];
    while (i < lines.length && lines[i].trim() !== '' && (text.length === 0 || !interrupts(lines[i]))) {
      text.push(lines[i].trim());
      i++;
    }
    blocks.push({ kind: 'paragraph', content: parseInline(text.join(' ')) });
  }
  return blocks;
}

/** A line that ends a paragraph: a heading, a fence, a bullet or a list numbered from 1. */
function interrupts(line: string): boolean {
  return HEADING.test(line) || FENCE_OPEN.test(line) || BULLET.test(line) || NUMBERED.exec(line)?.[1] === '1';
}

/** A fenced block from line `at`; an unclosed fence runs to the end. Returns the next line. */
function codeBlock(lines: string[], at: number, marker: string, lang: string, blocks: Block[]): number {
  const body: string[] = [];
  let i = at + 1;
  const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
  while (i < lines.length && !close.test(lines[i])) body.push(lines[i++]);
  blocks.push({ kind: 'code', lang, text: body.join('\n') });
  return i + 1;
}

/** A list from line `at`: items of one kind, their continuation lines joined. Returns the next line. */
function list(lines: string[], at: number, blocks: Block[]): number {
  const numbered = NUMBERED.exec(lines[at]);
  const ordered = numbered !== null;
  const marker = ordered ? NUMBERED : BULLET;
  const items: string[][] = [];
  let i = at;
  while (i < lines.length) {
    const line = lines[i];
    const item = marker.exec(line);
    if (item) {
      items.push([item[ordered ? 2 : 1].trim()]);
      i++;
      continue;
    }
    if (line.trim() === '') {
      // NOTE: a blank line ends the list unless another item of the same kind follows it.
      let next = i + 1;
      while (next < lines.length && lines[next].trim() === '') next++;
      if (next < lines.length && marker.test(lines[next])) {
        i = next;
        continue;
      }
      break;
    }
    const other = ordered ? BULLET : NUMBERED;
    if (HEADING.test(line) || FENCE_OPEN.test(line) || other.test(line)) break;
    items[items.length - 1].push(line.trim());
    i++;
  }
  blocks.push({
    kind: 'list',
    ordered,
    start: ordered ? Number(numbered[1]) : 1,
    items: items.map((parts) => parseInline(parts.join(' '))),
  });
  return i;
}

/** The inline runs of one block's text. */
export function parseInline(text: string, depth = 0, inLink = false): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ kind: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && ESCAPABLE.test(text[i + 1])) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(text.slice(i))![0];
      const end = closingBackticks(text, i + run.length, run.length);
      if (end < 0) {
        buffer += run;
        i += run.length;
        continue;
      }
      flush();
      out.push({ kind: 'code', text: trimCode(text.slice(i + run.length, end)) });
      i = end + run.length;
      continue;
    }
    const nested = depth < MAX_DEPTH;
    if (c === '[' && !inLink && nested) {
      const link = linkAt(text, i);
      if (link) {
        flush();
        out.push({ kind: 'link', href: link.href, children: parseInline(link.label, depth + 1, true) });
        i = link.end;
        continue;
      }
    }
    if (c === '*' && nested) {
      const strong = text.startsWith('**', i);
      const width = strong ? 2 : 1;
      const end = strong ? closingStrong(text, i + 2) : closingEm(text, i + 1);
      if (end > 0) {
        flush();
        const children = parseInline(text.slice(i + width, end), depth + 1, inLink);
        out.push(strong ? { kind: 'strong', children } : { kind: 'em', children });
        i = end + width;
        continue;
      }
      buffer += text.slice(i, i + width);
      i += width;
      continue;
    }
    buffer += c;
    i++;
  }
  flush();
  return out;
}

/** Where a run of exactly `width` backticks starts at or after `from`, or -1. */
function closingBackticks(text: string, from: number, width: number): number {
  for (let i = from; i < text.length;) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && text[j] === '`') j++;
    if (j - i === width) return i;
    i = j;
  }
  return -1;
}

/** A code span drops one space on each side when both are there (so `` ` `` `` can hold a backtick). */
function trimCode(text: string): string {
  return text.length > 2 && text.startsWith(' ') && text.endsWith(' ') && text.trim() !== ''
    ? text.slice(1, -1)
    : text;
}

/** The `**` that closes one opened before `from` (the last two of a longer run), or -1. */
function closingStrong(text: string, from: number): number {
  if (from >= text.length || /\s/.test(text[from])) return -1;
  for (let i = from + 1; i < text.length - 1; i++) {
    if (text[i] === '`') i = skipCode(text, i);
    else if (text[i] === '*' && text[i + 1] === '*' && !/\s/.test(text[i - 1])) {
      return text[i + 2] === '*' ? i + 1 : i;
    }
  }
  return -1;
}

/** The single `*` that closes one opened before `from` (a `**` inside is bold, not a close), or -1. */
function closingEm(text: string, from: number): number {
  if (from >= text.length || /\s/.test(text[from]) || text[from] === '*') return -1;
  for (let i = from + 1; i < text.length; i++) {
    if (text[i] === '`') i = skipCode(text, i);
    else if (text[i] === '*' && text[i + 1] === '*') i++;
    else if (text[i] === '*' && !/\s/.test(text[i - 1])) return i;
  }
  return -1;
}

/** The last index of the code span starting at `at`, or `at` when it is not one. */
function skipCode(text: string, at: number): number {
  const run = /^`+/.exec(text.slice(at))![0];
  const end = closingBackticks(text, at + run.length, run.length);
  return end < 0 ? at + run.length - 1 : end + run.length - 1;
}

/** `[label](http(s)://…)` at `at`, or null (the text then stays literal). */
function linkAt(text: string, at: number): { label: string; href: string; end: number } | null {
  const m = /^\[([^\]]+)\]\(([^\s()]+)\)/.exec(text.slice(at));
  if (!m) return null;
  const href = safeHref(m[2]);
  return href === null ? null : { label: m[1], href, end: at + m[0].length };
}

/** The address when it is an absolute http(s) URL, else null. */
export function safeHref(address: string): string | null {
  if (!/^https?:\/\/[^\s]+$/i.test(address)) return null;
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
