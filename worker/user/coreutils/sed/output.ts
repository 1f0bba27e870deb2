// Models sed's `struct output`: a stream (standard output, a `w` file, the text of a file edited
// in place) that remembers when the last line it got had no newline, so the next output first
// supplies it (output_missing_newline); and the `l` command's unambiguous listing.

import { latin1Bytes } from '../../../kernel/lib/utf8';
import type { Stdio } from '../../stdio';

export class OutputFile {
  missingNewline = false;

  constructor(
    /** The name as written in the script (`w NAME`), or what it stands for. */
    readonly name: string,
    private readonly sink: (bytes: Uint8Array) => void,
    private readonly flushSink: () => void = () => {},
  ) {}

  /** Wraps a C stream. */
  static stdio(name: string, stdio: Stdio): OutputFile {
    return new OutputFile(
      name,
      (b) => stdio.write(b),
      () => stdio.flush(),
    );
  }

  /** A stream that keeps what it gets (the new text of a file edited in place). */
  static memory(name: string): { file: OutputFile; chunks: Uint8Array[] } {
    const chunks: Uint8Array[] = [];
    return { file: new OutputFile(name, (b) => chunks.push(b)), chunks };
  }

  /** Writes a byte string as it is. */
  write(text: string): void {
    if (text.length > 0) this.sink(latin1Bytes(text));
  }

  flush(): void {
    this.flushSink();
  }

  /** output_missing_newline(): the delimiter a previous line lacked. */
  supplyNewline(delimiter: string): void {
    if (!this.missingNewline) return;
    this.write(delimiter);
    this.missingNewline = false;
  }

  /** output_line(): the text, then the delimiter unless the line had none (`chomped` false). */
  line(text: string, chomped: boolean, delimiter: string): void {
    const pending = this.missingNewline ? delimiter : '';
    this.missingNewline = !chomped;
    this.write(pending + text + (chomped ? delimiter : ''));
  }
}

const ESCAPES: Readonly<Record<number, string>> = {
  0x07: '\\a',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0b: '\\v',
};

/** do_list(): the `l` listing of a pattern space, folded before `lineLength` columns (0: never). */
export function listLine(text: string, lineLength: number, delimiter: string): string {
  let out = '';
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let o: string;
    if (c >= 0x20 && c < 0x7f) o = c === 0x5c ? '\\\\' : text[i];
    else o = ESCAPES[c] ?? '\\' + c.toString(8).padStart(3, '0');
    if (lineLength > 0 && lineLength - o.length <= width) {
      out += '\\' + delimiter;
      width = 0;
    }
    out += o;
    width += o.length;
  }
  return out + '$' + delimiter;
}
