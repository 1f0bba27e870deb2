// Models GNU sed's compile.c: the scripts of -e, -f and the script operand, compiled in the order
// given into one program (compile_program, then check_final_program). A `{` may close in a later
// -e, and `a\` at the end of one -e takes its text from the next. Addresses: N, $, /RE/ and \cREc
// with I and M, first~step, addr1,+N, addr1,~N, 0,/RE/. `#n` on the first line of the first
// script means -n. Diagnostics are compile.c's, in 4.9's `quotes'.

import type { SedRegex } from './match';
import type { OutputFile } from './output';
import { newCommand, type Address, type Command, type CommandFields } from './program';
import { compileRegex, readSubst, readTranslate, type RegexSettings } from './script-subst';
import { EOF, SedExit, ScriptReader, type ScriptOrigin } from './script-text';

/** What the compiler needs from outside: the files of w and R, opened as they are read. */
export interface ScriptFiles {
  /** get_openfile() for writing: one stream per name, created (truncated) now; may throw a SedExit. */
  write(name: string): OutputFile;
  /** R's file, opened now; unreadable means empty. */
  read(name: string): void;
}

const VERSION = [4, 9];
const isSpace = (c: string) => c === ' ' || (c >= '\t' && c <= '\r' && c.length === 1);

/** strverscmp() for the `v` command, as far as version numbers go. */
function newerThanUs(version: string): boolean {
  const parts = version.split('.').map((p) => parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(parts.length, VERSION.length); i++) {
    const a = parts[i] ?? 0;
    const b = VERSION[i] ?? 0;
    if (a !== b) return a > b;
  }
  return false;
}

export class Compiler {
  readonly commands: Command[] = [];
  /** `#n` was the first line of the first script. */
  quiet = false;
  /** Where a diagnostic after compilation says it is (the last script read, at its end). */
  runtimeWhere = '';
  private readonly blocks: { index: number; where: string }[] = [];
  private readonly labels = new Map<string, number>();
  private readonly jumps: { index: number; name: string }[] = [];
  private pending: { cmd: Command; text: string } | null = null;
  private firstScript = true;
  private expressions = 0;

  constructor(
    private readonly settings: RegexSettings,
    private readonly files: ScriptFiles,
  ) {}

  /** compile_string(): a -e expression or the script operand (a byte string). */
  compileString(text: string): void {
    this.compile(text, { file: null, expression: ++this.expressions });
  }

  /** compile_file(): the text of -f FILE. */
  compileFile(text: string, name: string): void {
    this.compile(text, { file: name, expression: 0 });
  }

  private compile(text: string, origin: ScriptOrigin): void {
    const r = new ScriptReader(text, origin);
    this.program(r);
    this.firstScript = false;
    this.runtimeWhere = r.where(0);
  }

  /** check_final_program(): unclosed blocks, a pending a/i/c text, and the jumps to labels. */
  finish(): void {
    const open = this.blocks.pop();
    if (open) throw new SedExit(`${open.where}unmatched \`{'`, 1);
    if (this.pending) {
      if (this.pending.text) this.pending.cmd.text = this.pending.text;
      this.pending = null;
    }
    for (const { index, name } of this.jumps) {
      const target = this.labels.get(name);
      if (target === undefined && name) throw new SedExit(`can't find label for jump to \`${name}'`, 4);
      this.commands[index].jump = target ?? this.commands.length;
    }
  }

  private program(r: ScriptReader): void {
    if (this.pending) this.readText(r, null, '\n');
    for (;;) {
      let ch: string;
      while ((ch = r.inchar()) === ';' || isSpace(ch));
      if (ch === EOF) break;
      const a1 = this.address(r, ch);
      let a2: Address | null = null;
      if (a1) {
        if (a1.kind === 'plus' || a1.kind === 'multiple')
          r.fail('invalid usage of +N or ~N as first address');
        ch = r.inNonblank();
        if (ch === ',') {
          a2 = this.address(r, r.inNonblank());
          if (!a2) r.fail("unexpected `,'");
          ch = r.inNonblank();
        }
        if (
          a1.kind === 'line' &&
          a1.n === 0 &&
          ((!a2 && ch !== 'r') || (a2 && a2.kind !== 'regex') || this.settings.posix)
        ) {
          r.fail('invalid usage of line address 0');
        }
      }
      let bang = false;
      if (ch === '!') {
        bang = true;
        ch = r.inNonblank();
        if (ch === '!') r.fail("multiple `!'s");
      }
      if (this.settings.posix) {
        if ('eFvzLQTRW'.includes(ch) && ch !== EOF) r.fail(`unknown command: \`${ch}'`);
        if ('ail=r'.includes(ch) && ch !== EOF && a2) r.fail('command only uses one address');
      }
      const fields: CommandFields = { a1, a2, bang };
      switch (ch) {
        case '#':
          if (a1) r.fail("comments don't accept any addresses");
          ch = r.inchar();
          if (ch === 'n' && this.firstScript && r.line < 2 && r.cur === 2) this.quiet = true;
          while (ch !== EOF && ch !== '\n') ch = r.inchar();
          continue;
        case 'v': {
          const version = r.label();
          if (newerThanUs(version || '4.0')) r.fail('expected newer version of sed');
          continue;
        }
        case '{':
          this.blocks.push({ index: this.commands.length, where: this.blockWhere(r) });
          fields.bang = !bang;
          break;
        case '}': {
          const block = this.blocks.pop();
          if (!block) r.fail("unexpected `}'");
          if (a1) r.fail("`}' doesn't want any addresses");
          r.endOfCommand();
          this.commands[block.index].jump = this.commands.length;
          break;
        }
        case 'e':
          if (this.settings.sandbox) r.fail('e/r/w commands disabled in sandbox mode');
          ch = r.inNonblank();
          if (ch === EOF || ch === '\n') {
            fields.text = '';
            break;
          }
          this.commands.push(newCommand('e', fields));
          this.textCommand(r, ch);
          continue;
        case 'a':
        case 'i':
        case 'c':
          this.commands.push(newCommand(ch, fields));
          this.textCommand(r, r.inNonblank());
          continue;
        case ':': {
          if (a1) r.fail(": doesn't want any addresses");
          const label = r.label();
          if (!label) r.fail('":" lacks a label');
          this.labels.set(label, this.commands.length);
          fields.label = label;
          break;
        }
        case 'T':
        case 'b':
        case 't':
          this.jumps.push({ index: this.commands.length, name: r.label() });
          break;
        case 'Q':
        case 'q':
          if (a2) r.fail('command only uses one address');
          fields.int = this.intArgument(r);
          break;
        case 'L':
        case 'l':
          fields.int = this.intArgument(r);
          break;
        case 'r':
          fields.fileName = this.filename(r);
          if (a1 && a1.kind === 'line' && a1.n === 0 && !a2) {
            fields.a1 = { ...a1, n: 1 };
            fields.prepend = true;
          }
          break;
        case 'R':
          fields.fileName = this.filename(r);
          this.files.read(fields.fileName);
          break;
        case 'W':
        case 'w':
          fields.out = this.files.write(this.filename(r));
          break;
        case 's':
          fields.subst = readSubst(r, this.settings, () => this.files.write(this.filename(r)));
          break;
        case 'y':
          fields.translate = readTranslate(r);
          break;
        case EOF:
          r.fail('missing command');
          break;
        default:
          if ('=dDFgGhHnNpPzx'.includes(ch)) r.endOfCommand();
          else r.fail(`unknown command: \`${ch}'`);
      }
      this.commands.push(newCommand(ch, fields));
    }
  }

  private blockWhere(r: ScriptReader): string {
    const o = r.origin;
    return o.file !== null ? `file ${o.file} line ${r.line}: ` : `-e expression #${o.expression}, char 0: `;
  }

  /** An optional number after q, Q, l, L. */
  private intArgument(r: ScriptReader): number {
    const ch = r.inNonblank();
    let n = -1;
    if (r.isDigit(ch) && !this.settings.posix) n = r.inInteger(ch);
    else r.savchar(ch);
    r.endOfCommand();
    return n;
  }

  /** The file name of r, R, w, W (read here, or by the `w` flag of s). */
  private filename(r: ScriptReader): string {
    if (this.settings.sandbox) r.fail('e/r/w commands disabled in sandbox mode');
    const file = r.filename();
    if (!file) r.fail('missing filename in r/R/w/W commands');
    return file;
  }

  /** a, i, c (and e with a command): the one-liner `a text` or the classic `a\` and lines after. */
  private textCommand(r: ScriptReader, ch: string): void {
    const cmd = this.commands[this.commands.length - 1];
    if (ch === EOF) r.fail("expected \\ after `a', `c' or `i'");
    if (ch === '\\') ch = r.inchar();
    else {
      if (this.settings.posix) r.fail("expected \\ after `a', `c' or `i'");
      r.savchar(ch);
      ch = '\n';
    }
    this.readText(r, cmd, ch);
  }

  /** read_text(): lines up to one that does not end in a backslash; may go on in the next -e. */
  private readText(r: ScriptReader, cmd: Command | null, leadin: string): void {
    if (cmd) this.pending = { cmd, text: '' };
    const pending = this.pending;
    if (!pending || leadin === EOF) return;
    if (leadin !== '\n') pending.text += leadin;
    let ch = r.inchar();
    while (ch !== EOF && ch !== '\n') {
      if (ch === '\\') {
        ch = r.inchar();
        if (ch !== EOF) pending.text += '\\';
      }
      if (ch === EOF) {
        pending.text += '\n';
        return;
      }
      pending.text += ch;
      ch = r.inchar();
    }
    pending.text += '\n';
    pending.cmd.text = r.normalize(pending.text, 'buffer');
    this.pending = null;
  }

  /** compile_address(): an address starting with `ch`, or null (having read nothing more). */
  private address(r: ScriptReader, ch: string): Address | null {
    const posix = this.settings.posix;
    if (ch === '/' || ch === '\\') {
      if (ch === '\\') ch = r.inchar();
      const pattern = r.delimited(ch, true);
      if (pattern === null) r.fail('unterminated address regex');
      let icase = false;
      let multiline = false;
      for (;;) {
        ch = r.inNonblank();
        if (!posix && ch === 'I') icase = true;
        else if (!posix && ch === 'M') multiline = true;
        else break;
      }
      r.savchar(ch);
      const regex: SedRegex | null = compileRegex(r, pattern, icase, multiline, 0, this.settings);
      return { kind: 'regex', n: -1, step: 0, regex };
    }
    if (r.isDigit(ch)) {
      const n = r.inInteger(ch);
      ch = r.inNonblank();
      if (ch !== '~' || posix) {
        r.savchar(ch);
        return { kind: 'line', n, step: 0, regex: null };
      }
      const step = r.inInteger(r.inNonblank());
      return step > 0 ? { kind: 'step', n, step, regex: null } : { kind: 'line', n, step: 0, regex: null };
    }
    if ((ch === '+' || ch === '~') && !posix) {
      const step = r.inInteger(r.inNonblank());
      if (step === 0) return { kind: 'none', n: -1, step: 0, regex: null };
      return { kind: ch === '+' ? 'plus' : 'multiple', n: -1, step, regex: null };
    }
    if (ch === '$') return { kind: 'last', n: -1, step: 0, regex: null };
    return null;
  }
}
