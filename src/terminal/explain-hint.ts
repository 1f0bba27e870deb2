// The `explain` command that would explain a command that just failed: a line written to
// `dynamic_events`, a namespace's `options` or `set_event` (`explain -w FILE 'TEXT'`), a
// `uevent register` command (`explain -w register 'TEXT'`), else the errno its message names
// (`explain EBUSY`). The page offers it beside the terminal; it is typed, never run.

/** The texts of the errnos this subsystem gives (glibc's strerror), by name. */
const ERRNO_TEXTS: ReadonlyArray<[string, string]> = [
  ['EPERM', 'Operation not permitted'],
  ['ENOENT', 'No such file or directory'],
  ['E2BIG', 'Argument list too long'],
  ['EBADF', 'Bad file descriptor'],
  ['ENOMEM', 'Cannot allocate memory'],
  ['EACCES', 'Permission denied'],
  ['EFAULT', 'Bad address'],
  ['EBUSY', 'Device or resource busy'],
  ['EEXIST', 'File exists'],
  ['ENODEV', 'No such device'],
  ['ENOTDIR', 'Not a directory'],
  ['EISDIR', 'Is a directory'],
  ['EINVAL', 'Invalid argument'],
  ['EMFILE', 'Too many open files'],
  ['ENOTTY', 'Inappropriate ioctl for device'],
  ['ENOSPC', 'No space left on device'],
  ['ENOTEMPTY', 'Directory not empty'],
];

/** A shell word for `text`: single-quoted, with `'` written as `'\''`. */
function quoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The text of one shell word as written: '…', "…" or bare. */
function unquoted(word: string): string | null {
  if (/^'[^']*'$/.test(word)) return word.slice(1, -1);
  if (/^"[^"\\$`]*"$/.test(word)) return word.slice(1, -1);
  if (/^[^'"\\$`\s;&|<>]+$/.test(word)) return word;
  return null;
}

const WORD = `('[^']*'|"[^"\\\\$\`]*"|[^'"\\s;&|<>]+)`;
const ECHO_INTO = new RegExp(`^\\s*echo\\s+${WORD}\\s*>>?\\s*(\\S+)\\s*$`);
const REGISTER = new RegExp(`^\\s*uevent\\s+register\\s+\\S+\\s+${WORD}\\s*$`);
const EXPLAINED_FILES = /(^|\/)(dynamic_events|set_event|options)$/;

export function explainHint(line: string, output: string, status: number): string | null {
  if (status === 0) return null;
  const echo = ECHO_INTO.exec(line);
  if (echo && EXPLAINED_FILES.test(echo[2])) {
    const text = unquoted(echo[1]);
    if (text !== null) return `explain -w ${echo[2]} ${quoted(text)}`;
  }
  const register = REGISTER.exec(line);
  if (register) {
    const text = unquoted(register[1]);
    if (text !== null) return `explain -w register ${quoted(text)}`;
  }
  const named = ERRNO_TEXTS.find(([, text]) => output.includes(text));
  return named ? `explain ${named[0]}` : null;
}
