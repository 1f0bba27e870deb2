// Models execute.c: the cycle (read a line into the pattern space, run the program, print the
// pattern space unless -n, then write out what a, r and R queued) and every command. D restarts
// the program on what is left without reading or printing; n and N at the last line end the
// script (N printing the pattern space first, as GNU does); q prints and flushes the queue, Q does
// neither. A write to a closed pipe ends sed by SIGPIPE at the end of the cycle.

import type { Wait } from '../../process';
import type { Syscalls } from '../../../kernel/syscall-table';
import { matchAddress, resetAddresses, type AddressContext } from './address';
import { AppendQueue, type ReadFiles } from './append';
import type { SedInput } from './input';
import type { SedRegex } from './match';
import { listLine, type OutputFile } from './output';
import type { Command, Subst } from './program';
import { SedExit } from './script-text';
import { substitute } from './subst';

/** exit() of q's number: negative (none given) is 0; the parent sees the low byte. */
function exitStatus(n: number): number {
  return Math.max(0, Math.min(n, 0x7fffffff)) & 0xff;
}

export interface ExecuteSettings {
  readonly sys: Syscalls;
  readonly quiet: boolean;
  readonly posix: boolean;
  readonly unbuffered: boolean;
  readonly delimiter: string;
  /** -l: where `l` folds its lines. */
  readonly lineLength: number;
  /** Where a diagnostic at run time says it is (`-e expression #1, char 0: `). */
  readonly where: string;
  /** R's files. */
  readonly readFiles: ReadFiles;
  /** True once standard output failed: the cycle loop stops. */
  readonly stopped: () => boolean;
}

interface Space {
  text: string;
  /** Whether the text came with its trailing delimiter. */
  chomped: boolean;
}

export class Executor implements AddressContext {
  private line: Space = { text: '', chomped: true };
  private hold: Space = { text: '', chomped: true };
  private replaced = false;
  private readonly queue: AppendQueue;
  private lastRegex: SedRegex | null = null;

  constructor(
    private readonly commands: Command[],
    private readonly input: SedInput,
    private readonly settings: ExecuteSettings,
  ) {
    this.queue = new AppendQueue(settings.sys, settings.readFiles, settings.delimiter);
  }

  get lineNumber(): number {
    return this.input.lineNumber;
  }

  private get out(): OutputFile {
    return this.input.output;
  }

  atEof(): Generator<Wait, boolean, void> {
    return this.input.atEof();
  }

  /** match_regex() for addresses; `//` is the last regex used. */
  matches(regex: SedRegex | null): boolean {
    return this.regex(regex).test(this.line.text);
  }

  private regex(regex: SedRegex | null): SedRegex {
    if (regex) return (this.lastRegex = regex);
    if (!this.lastRegex) throw new SedExit(`${this.settings.where}no previous regular expression`, 1);
    return this.lastRegex;
  }

  /** process_files(): runs every cycle; returns the exit status. */
  *run(): Generator<Wait, number, void> {
    let status = 0;
    while (yield* this.readPatternSpace(false)) {
      const quit = yield* this.execute();
      if (quit >= 0) {
        status = quit;
        break;
      }
      if (this.settings.stopped()) break;
    }
    this.input.closeCurrent();
    return this.input.badCount ? 2 : status;
  }

  /** read_pattern_space(): the next line (appended after a delimiter for N); false at the end of input. */
  private *readPatternSpace(append: boolean): Generator<Wait, boolean, void> {
    const input = this.input;
    if (!this.queue.empty) yield* this.dumpQueue();
    this.replaced = false;
    for (;;) {
      const got = yield* input.readLine();
      if (got) {
        this.line.text = append ? this.line.text + got.text : got.text;
        this.line.chomped = got.chomped;
        break;
      }
      input.closeCurrent();
      if (!input.hasMoreFiles()) return false;
      if (input.takeReset()) {
        input.lineNumber = 0;
        this.hold = { text: '', chomped: true };
        resetAddresses(this.commands);
        this.queue.rewind();
      }
      input.openNext();
    }
    input.lineNumber++;
    return true;
  }

  /** output_line() to a stream. */
  private emit(out: OutputFile, text: string, chomped: boolean): void {
    out.line(text, chomped, this.settings.delimiter);
    if (this.settings.unbuffered) out.flush();
  }

  /** dump_append_queue(), flushed at once with -u. */
  private *dumpQueue(): Generator<Wait, void, void> {
    yield* this.queue.dump(this.out);
    if (this.settings.unbuffered) this.out.flush();
  }

  /** execute_program(): -1 to go on with the next cycle, else the exit status (q, Q). */
  private *execute(): Generator<Wait, number, void> {
    const cmds = this.commands;
    const { delimiter, quiet } = this.settings;
    for (let pc = 0; pc < cmds.length;) {
      const cmd = cmds[pc];
      const matched = cmd.a1 ? yield* matchAddress(cmd, this) : true;
      if (matched === cmd.bang) {
        pc++;
        continue;
      }
      const line = this.line;
      switch (cmd.name) {
        case '{':
        case 'b':
          pc = cmd.jump;
          continue;
        case 'a':
          if (cmd.text !== null) this.queue.text(cmd.text);
          break;
        case 'c':
          if (cmd.range !== 'active' && cmd.text !== null) this.emit(this.out, cmd.text.slice(0, -1), true);
          return -1;
        case 'd':
          return -1;
        case 'D': {
          const at = line.text.indexOf(delimiter);
          if (at < 0) return -1;
          line.text = line.text.slice(at + 1);
          pc = 0;
          continue;
        }
        case 'e':
          throw new SedExit("`e' command not supported", 4);
        case 'F':
          this.out.supplyNewline(delimiter);
          this.out.write(this.input.fileName + delimiter);
          break;
        case 'g':
          this.line = { ...this.hold };
          break;
        case 'G':
          line.text += delimiter + this.hold.text;
          line.chomped = this.hold.chomped;
          break;
        case 'h':
          this.hold = { ...line };
          break;
        case 'H':
          this.hold.text += delimiter + line.text;
          this.hold.chomped = line.chomped;
          break;
        case 'i':
          if (cmd.text !== null) this.emit(this.out, cmd.text.slice(0, -1), true);
          break;
        case 'l':
          this.out.supplyNewline(delimiter);
          this.out.write(listLine(line.text, cmd.int === -1 ? this.settings.lineLength : cmd.int, delimiter));
          break;
        case 'n':
          if (!quiet) this.emit(this.out, line.text, line.chomped);
          if ((yield* this.atEof()) || !(yield* this.readPatternSpace(false))) return -1;
          break;
        case 'N':
          line.text += delimiter;
          if ((yield* this.atEof()) || !(yield* this.readPatternSpace(true))) {
            line.text = line.text.slice(0, -1);
            if (!this.settings.posix && !quiet) this.emit(this.out, line.text, line.chomped);
            return -1;
          }
          break;
        case 'p':
          this.emit(this.out, line.text, line.chomped);
          break;
        case 'P': {
          const at = line.text.indexOf(delimiter);
          this.emit(this.out, at < 0 ? line.text : line.text.slice(0, at), at < 0 ? line.chomped : true);
          break;
        }
        case 'q':
          if (!quiet) this.emit(this.out, line.text, line.chomped);
          yield* this.dumpQueue();
          return exitStatus(cmd.int);
        case 'Q':
          return exitStatus(cmd.int);
        case 'r':
          if (cmd.prepend) yield* this.queue.copyFile(cmd.fileName, this.out);
          else this.queue.file(cmd.fileName);
          break;
        case 'R':
          this.queue.lineOf(cmd.fileName);
          break;
        case 's':
          this.substituteCommand(cmd.subst as Subst);
          break;
        case 't':
          if (this.replaced) {
            this.replaced = false;
            pc = cmd.jump;
            continue;
          }
          break;
        case 'T':
          if (!this.replaced) {
            pc = cmd.jump;
            continue;
          }
          this.replaced = false;
          break;
        case 'w':
          this.emit(cmd.out as OutputFile, line.text, line.chomped);
          break;
        case 'W': {
          const at = line.text.indexOf(delimiter);
          const first = at < 0 ? line.text : line.text.slice(0, at);
          this.emit(cmd.out as OutputFile, first, at < 0 ? line.chomped : true);
          break;
        }
        case 'x':
          [this.line, this.hold] = [this.hold, this.line];
          break;
        case 'y': {
          const table = cmd.translate as string;
          let text = '';
          for (let i = 0; i < line.text.length; i++) text += table[line.text.charCodeAt(i)];
          line.text = text;
          break;
        }
        case 'z':
          line.text = '';
          break;
        case '=':
          this.out.supplyNewline(delimiter);
          this.out.write(`${this.input.lineNumber}${delimiter}`);
          break;
        case 'L':
          throw new SedExit('INTERNAL ERROR: Bad cmd L', 4);
      }
      pc++;
    }
    if (!quiet) this.emit(this.out, this.line.text, this.line.chomped);
    return -1;
  }

  /** The `s` command: the substitution, then its p and w flags. */
  private substituteCommand(sub: Subst): void {
    const text = substitute(this.line.text, sub, this.regex(sub.regex));
    if (text === null) return;
    this.replaced = true;
    this.line.text = text;
    if (sub.print & 1) this.emit(this.out, text, this.line.chomped);
    if (sub.evaluate) throw new SedExit("option `e' not supported", 4);
    if (sub.print & 2) this.emit(this.out, text, this.line.chomped);
    if (sub.out) this.emit(sub.out, text, this.line.chomped);
  }
}
