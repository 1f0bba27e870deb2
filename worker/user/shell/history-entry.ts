// How bash keeps a command typed over several lines in its history (cmdhist, bash_add_history):
// one entry, the lines joined by `; `, by a space where a `;` could not follow (after `do`,
// `then`, `{`, `|`, `&&`, `;;` ...), or by a newline inside a here-doc or a quoted string.

const AFTER_WORD = /(?:^|[\s;&|(])(?:do|then|else|elif|in|\{)\s*$/;
const AFTER_OPERATOR = /(?:\||&&|;|&|\(|\))\s*$/;

export function historyEntry(lines: readonly string[]): string {
  let entry = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    const quotes = (entry.match(/'/g)?.length ?? 0) % 2 === 1 || (entry.match(/"/g)?.length ?? 0) % 2 === 1;
    if (quotes || /<<-?\s*\S/.test(entry)) entry += '\n' + line;
    else entry += (AFTER_WORD.test(entry) || AFTER_OPERATOR.test(entry) ? ' ' : '; ') + line;
  }
  return entry;
}
