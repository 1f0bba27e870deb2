// Models how od and hexdump read their inputs: the operands concatenated into one stream, each file
// opened only when the one before it is exhausted, a file that cannot be opened or read reported and
// skipped. Reads block (trace_pipe, a terminal) through readBlocking, so the dump streams as data
// comes. A skip moves over whole regular files by their size and seeks inside one, as both do.

import { strerror } from '../../../kernel/lib/errno';
import { O_RDONLY, SEEK_CUR } from '../../../kernel/syscalls';
import type { Syscalls } from '../../../kernel/syscall-table';
import { fileType, readBlocking, S_IFREG, type Wait } from '../../process';
import { BUFSIZ } from '../../stdio';
import { closeInput, openInput, type Input } from '../input';

export class InputChain {
  private input: Input | null = null;
  private next = 0;
  private pending: Uint8Array = new Uint8Array(0);
  /** Operands opened successfully so far. */
  opened = 0;
  /** False once an open or read failed. */
  ok = true;
  /** True once an operand could not be opened. */
  openFailed = false;

  constructor(
    private readonly sys: Syscalls,
    private readonly operands: readonly string[],
    /** Prints a diagnostic: the operand's name (or `standard input`) and the error text. */
    private readonly report: (name: string, text: string) => void,
    /** How much to ask read() for: BUFSIZ, or just what is needed when a limit is set. */
    private readonly exact = false,
    /** What `-` means: standard input under that name, or (null) a file called `-`. */
    private readonly stdinName: string | null = 'standard input',
  ) {}

  private display(operand: string): string {
    return operand === '-' && this.stdinName !== null ? this.stdinName : operand;
  }

  /** Opens the next operand that can be opened; false when none is left. */
  private openNext(): boolean {
    while (this.next < this.operands.length) {
      const operand = this.operands[this.next++];
      const input: Input | number =
        operand === '-' && this.stdinName === null
          ? this.sys.open(operand, O_RDONLY)
          : openInput(this.sys, operand);
      if (typeof input === 'number' && input < 0) {
        this.report(this.display(operand), strerror(input));
        this.ok = false;
        this.openFailed = true;
        continue;
      }
      this.input = typeof input === 'number' ? { operand, fd: input } : input;
      this.opened++;
      return true;
    }
    return false;
  }

  private closeCurrent(): void {
    if (this.input) closeInput(this.sys, this.input);
    this.input = null;
  }

  /** Opens the first operand that can be opened (od does so before anything else); false if none. */
  start(): boolean {
    return this.input !== null || this.openNext();
  }

  /** Up to `n` bytes from the concatenated inputs; fewer only at the end of the last one. */
  *read(n: number): Generator<Wait, Uint8Array, void> {
    const out = new Uint8Array(n);
    let have = 0;
    while (have < n) {
      if (this.pending.length > 0) {
        const take = Math.min(n - have, this.pending.length);
        out.set(this.pending.subarray(0, take), have);
        this.pending = this.pending.subarray(take);
        have += take;
        continue;
      }
      if (!this.input && !this.openNext()) break;
      const input = this.input!;
      const want = this.exact ? n - have : Math.max(BUFSIZ, n - have);
      const got = yield* readBlocking(this.sys, input.fd, want);
      if (typeof got === 'number') {
        this.report(this.display(input.operand), strerror(got));
        this.ok = false;
        this.closeCurrent();
      } else if (got.length === 0) this.closeCurrent();
      else this.pending = got;
    }
    return have === n ? out : out.subarray(0, have);
  }

  /**
   * Skips `n` bytes: a regular file larger than BUFSIZ is passed over by its size or seeked into,
   * anything else is read and dropped. Returns how many bytes could not be skipped.
   */
  *skip(n: number): Generator<Wait, number, void> {
    let left = n;
    while (left > 0) {
      if (this.pending.length > 0) {
        const take = Math.min(left, this.pending.length);
        this.pending = this.pending.subarray(take);
        left -= take;
        continue;
      }
      if (!this.input && !this.openNext()) break;
      const input = this.input!;
      const st = this.sys.fstat(input.fd);
      if (st.ok && fileType(st.value.mode) === S_IFREG && st.value.size > BUFSIZ) {
        const here = this.sys.lseek(input.fd, 0, SEEK_CUR);
        const rest = st.value.size - Math.max(0, here);
        if (rest < left) {
          left -= rest;
          this.closeCurrent();
        } else {
          this.sys.lseek(input.fd, left, SEEK_CUR);
          left = 0;
        }
        continue;
      }
      const dropped = yield* this.read(Math.min(left, BUFSIZ));
      if (dropped.length === 0) break;
      left -= dropped.length;
    }
    return left;
  }

  /** The open input (opening the next operand if none is), or null when all are used up. */
  current(): Input | null {
    return this.input ?? (this.openNext() ? this.input : null);
  }

  /** Closes the open input and moves on to the next operand. */
  drop(): void {
    this.pending = new Uint8Array(0);
    this.closeCurrent();
  }

  /** The name an input is reported under. */
  nameOf(input: Input): string {
    return this.display(input.operand);
  }

  /** Closes whatever is still open (the dump ended early, at a byte limit). */
  close(): void {
    this.closeCurrent();
  }
}
