// What the lexer and parser say when input is not a complete command: more lines are needed
// (bash's PS2 prompt), or the input is rejected with bash's message.

/** Input ended inside a construct: more lines are needed (bash would show its `> ` prompt). */
export class Incomplete {
  constructor(readonly quote: string | null) {}
}

/** Input bash rejects outright; the message after `bash: `. */
export class SyntaxError {
  constructor(readonly message: string) {}
}
