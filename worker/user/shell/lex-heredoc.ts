// Models how bash reads here-document bodies (parse.y gather_here_documents): after the newline
// that ends the command's line, line by line up to the delimiter (leading tabs stripped for
// `<<-`); the body is expanded later unless the delimiter was quoted. At the very end of input
// the body ends there, with bash's warning.

import { Incomplete } from './syntax';
import type { Lexer } from './lexer';

/** Reads the bodies of the here-docs of the line that just ended. */
export function readHeredocs(lx: Lexer): void {
  while (lx.heredocs.length > 0) {
    const h = lx.heredocs.shift()!;
    const lines: string[] = [];
    for (;;) {
      if (lx.pos >= lx.src.length) {
        if (!lx.final) throw new Incomplete(null);
        const at = lx.final.lineOffset + h.line;
        lx.final.warnings.push(
          `warning: here-document at line ${at} delimited by end-of-file (wanted \`${h.delimiter}')`,
        );
        break;
      }
      let nl = lx.src.indexOf('\n', lx.pos);
      if (nl < 0) nl = lx.src.length;
      let line = lx.src.slice(lx.pos, nl);
      lx.pos = Math.min(nl + 1, lx.src.length);
      if (h.strip) line = line.replace(/^\t+/, '');
      if (line === h.delimiter) break;
      lines.push(line + '\n');
    }
    const body = lines.join('');
    h.done(
      h.quoted ? { parts: [{ kind: 'text', text: body, quoted: true }], raw: body } : lx.subWord(body, true),
    );
  }
}
