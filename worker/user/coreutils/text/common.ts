// What the text tools share beyond Tool: their byte strings (an argument or a line held as a
// latin1-like string, one character per byte, so that bytes that are not UTF-8 pass through
// unchanged), reading every input operand, and the end of a tool whose reader went away: write(2)
// to a pipe without readers raises SIGPIPE, whose default action ends the writer silently.

import { EPIPE, strerror } from '../../../kernel/lib/errno';
import { latin1String } from '../../../kernel/lib/utf8';
import { SIGPIPE } from '../../../kernel/syscalls';
import { encodeText } from '../../bytes';
import { concatBytes, type Wait, type Yielded } from '../../process';
import { closeInput, openInput, readAll } from '../input';
import type { Tool } from '../tool';
import { quote, quoteFile } from './quoting';

/** An argument's bytes as a byte string (one character per byte). */
export function argBytes(arg: string): string {
  return latin1String(encodeText(arg));
}

/**
 * The SIGPIPE a failed write to a pipe without readers raises: the task ends (status 128 + 13)
 * unless it ignores the signal; returns the status to exit with, or null when it lives on.
 */
export function raiseSigpipe(t: Tool, errno: number): number | null {
  if (errno !== EPIPE) return null;
  t.sys.kill(t.sys.pid, SIGPIPE);
  return t.sys.termSignal() ? 128 + SIGPIPE : null;
}

/** close_stdout() after SIGPIPE had its say: a write error the signal did not end is reported. */
export function finishTool(t: Tool, status = t.status): number {
  if (!t.out.flush()) return raiseSigpipe(t, t.out.error) ?? t.finish(status);
  return t.finish(status);
}

/**
 * The whole content of an input operand (`-` is standard input), or null when it could not be
 * opened or read; `report` receives the operand and the errno and says it in the tool's words.
 */
export function* readOperand(
  t: Tool,
  operand: string,
  report: (operand: string, errno: number, opening: boolean) => void,
): Generator<Wait, Uint8Array | null, void> {
  const input = openInput(t.sys, operand);
  if (typeof input === 'number') {
    report(operand, -input, true);
    return null;
  }
  try {
    const all = yield* readAll(t.sys, input.fd);
    if (all.err) {
      report(operand, -all.err, false);
      return null;
    }
    return all.data;
  } finally {
    closeInput(t.sys, input);
  }
}

/** `NAME: TEXT`, the plainest way coreutils reports a file it cannot use. */
export function fileError(t: Tool, operand: string, errno: number): void {
  t.error(`${quoteFile(operand)}: ${strerror(errno)}`);
}

/** The `Try 'PROG --help'` line alone, after a diagnostic already written; returns status 1. */
export function tryHelp(t: Tool, status = 1): number {
  t.sys.write(2, encodeText(`Try '${t.name} --help' for more information.\n`));
  return t.finish(status);
}

/**
 * argmatch(): an exact value or a unique abbreviation of one. Otherwise says why, lists the valid
 * values, and returns null (the caller ends with tryHelp()).
 */
export function argmatch(t: Tool, option: string, value: string, valid: readonly string[]): string | null {
  if (valid.includes(value)) return value;
  const found = value === '' ? [] : valid.filter((v) => v.startsWith(value));
  if (found.length === 1) return found[0];
  t.error(`${found.length > 1 ? 'ambiguous' : 'invalid'} argument ${quote(value)} for ${quote(option)}`);
  const list = valid.map((v) => `  - ${quote(v)}\n`).join('');
  t.sys.write(2, encodeText(`Valid arguments are:\n${list}`));
  return null;
}

/**
 * Cuts a stream into lines as blocks arrive: each complete line (without its end byte) goes to
 * `emit`; a piece after the last end waits for the next block, or for end() at end of file.
 */
export class LineSplitter {
  private pending: Uint8Array[] = [];

  constructor(private readonly eol: number) {}

  push(block: Uint8Array, emit: (line: Uint8Array) => void): void {
    let start = 0;
    for (let i = block.indexOf(this.eol); i >= 0; i = block.indexOf(this.eol, start)) {
      if (this.pending.length) {
        emit(concatBytes([...this.pending, block.subarray(start, i)]));
        this.pending = [];
      } else emit(block.subarray(start, i));
      start = i + 1;
    }
    if (start < block.length) this.pending.push(block.slice(start));
  }

  /** End of file: the last line when it had no end byte. */
  end(emit: (line: Uint8Array) => void): void {
    if (this.pending.length) emit(concatBytes(this.pending));
    this.pending = [];
  }
}

/**
 * What a tool that writes without reading yields now and then, so that the reader of its pipe
 * runs (and, once gone, makes the next write fail with EPIPE). An endless writer (yes, seq inf)
 * waits on its output like a writer on a full pipe, so that alone it stops until resumed or
 * interrupted; a finite one only lets the clock's other users run.
 */
export function outputPause(t: Tool, endless: boolean): Yielded {
  return endless ? { pid: t.sys.pid, fd: 1 } : { pid: t.sys.pid, until: t.sys.clock() };
}
