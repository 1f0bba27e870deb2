// Models how the text tools open and read their inputs: an operand names a file, `-` (or none) is
// standard input, reads go through the blocking read so a tool waiting on a terminal or trace_pipe
// sleeps instead of spinning.

import { O_RDONLY } from '../../kernel/syscalls';
import { concatBytes, readBlocking, type Wait } from '../process';
import type { Syscalls } from '../../kernel/syscall-table';

export interface Input {
  /** The operand as typed (`-` for standard input). */
  readonly operand: string;
  readonly fd: number;
}

/** Opens an operand; a negative errno when it cannot be opened. */
export function openInput(sys: Syscalls, operand: string): Input | number {
  if (operand === '-') return { operand, fd: 0 };
  const fd = sys.open(operand, O_RDONLY);
  return fd < 0 ? fd : { operand, fd };
}

export function closeInput(sys: Syscalls, input: Input): void {
  if (input.fd !== 0) sys.close(input.fd);
}

/** Reads to end of file; a negative errno if a read fails (with what was read before, if anything). */
export function* readAll(
  sys: Syscalls,
  fd: number,
): Generator<Wait, { data: Uint8Array; err: number }, void> {
  const chunks: Uint8Array[] = [];
  for (;;) {
    const got = yield* readBlocking(sys, fd, 65536);
    if (typeof got === 'number') return { data: concatBytes(chunks), err: got };
    if (got.length === 0) return { data: concatBytes(chunks), err: 0 };
    chunks.push(got);
  }
}

/** Splits bytes into lines, each keeping its `\n` (the last may lack one). */
export function splitLines(data: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0x0a) {
      lines.push(data.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < data.length) lines.push(data.subarray(start));
  return lines;
}
