// How a path from the tree view is typed into the prompt: relative to the shell's working
// directory when it lies below it, and quoted for the shell when it holds special characters.

/** `path` as seen from `cwd`: `.` for cwd itself, a relative path below it, else absolute. */
export function relativePath(cwd: string, path: string): string {
  if (path === cwd) return '.';
  const base = cwd === '/' ? '/' : cwd + '/';
  return path.startsWith(base) ? path.slice(base.length) : path;
}

/** A word the shell reads back as `text`: bare when safe, else in single quotes. */
export function shellWord(text: string): string {
  if (/^[\w@%+=:,./-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
