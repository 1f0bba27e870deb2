// Models mawk's three kinds of trouble (error.c): compile errors `PROG: line N: MESSAGE` (an
// unexpected character as `PROG: N: ...`), run time errors followed by where they happened
// (`\tFILENAME="..." FNR=N NR=N`), and fatal errors that are just `PROG: MESSAGE`; all exit 2.

import type { Token } from './lexer';

/** How yyerror names a token: its text, or "end of line" / "end of file". */
export function describe(token: Token): string {
  if (token.type === 'newline') return 'end of line';
  if (token.type === 'eof') return 'end of file';
  return token.text;
}

export class CompileError extends Error {
  constructor(
    message: string,
    readonly line: number,
    /** scan.c's unexpected_char(): the line number without the word "line". */
    readonly bare = false,
    /** After "extra '}'": the token that then makes a syntax error. */
    readonly then?: Token,
  ) {
    super(message);
  }

  /** The message; `where` is `FILE: ` for a program from -f files, `line` the line within it. */
  format(prog: string, where = '', line = this.line): string {
    if (this.bare) return `${prog}: ${line}: ${this.message}\n`;
    const first = `${prog}: ${where}line ${line}: ${this.message.replace(/\n$/, '')}\n`;
    if (!this.then) return first;
    const then = line + this.then.line - this.line;
    return first + `${prog}: ${where}line ${then}: syntax error at or near ${describe(this.then)}\n`;
  }
}

/** rt_error(): the message; the caller adds FILENAME, FNR and NR. */
export class RuntimeError extends Error {}

/** errmsg() then exit(2): no position. */
export class FatalError extends Error {}

/** `exit` and `next` leaving a function body through the expression that called it. */
export class Jump {
  constructor(readonly kind: 'next' | 'exit' | 'nextfile') {}
}
