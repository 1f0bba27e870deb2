// A recording: what a case printed on a real kernel, stored beside the case as NAME.linux.txt. Its
// first line names the kernel (`Linux 6.1.192`, `Linux 6.1.192 + tracing-namespaces RFC v2` when
// tracefs had namespaces/, or `Linux 6.12.118`); the rest is the terminal's bytes, every command echoed as `# COMMAND`,
// in the transcripts' notation (`␀` is a NUL byte, and a line ending in `␀` has no newline).
import { readFileSync } from 'node:fs';
import type { Kernel } from './cases';

export const RFC_MARK = ' + tracing-namespaces RFC v2';

export interface Recording {
  /** The first line: `Linux 6.1.192`, `Linux 6.1.192 + tracing-namespaces RFC v2` or `Linux 6.12.118`. */
  identity: string;
  /** `uname -r`. */
  release: string;
  kernel: Kernel;
  /** What the terminal showed, NUL bytes as they were. */
  output: string;
}

/** The transcripts' notation: a NUL byte is `␀`, followed by a newline where none came next. */
export function toNotation(bytes: string): string {
  return bytes.replace(/\0(?=\n|$)/g, '␀\n').replace(/\0/g, '␀');
}

/** The bytes a text in the notation stands for. */
export function fromNotation(text: string): string {
  return text.replace(/␀\n/g, '\0').replace(/␀/g, '\0');
}

/** Which of the certified kernels a release (`uname -r`) is, with or without the RFC. */
export function kernelOf(release: string, rfc: boolean): Kernel {
  if (rfc) return 'rfc';
  return /^6\.12\./.test(release) ? '612' : 'stock';
}

/**
 * A recording from the runner's output for one case: its first line is `uname -r`, then
 * " tracing-namespaces-rfc" when tracefs had namespaces/ (oracle-case.sh); the `# exit` that ends
 * every case is dropped. Throws if the case did not run on the kernel it was meant for.
 */
export function storeRecording(raw: string, want: Kernel): string {
  const newline = raw.indexOf('\n');
  const m = /^(\d+\.\d+\.\d+)( tracing-namespaces-rfc)?$/.exec(raw.slice(0, newline));
  if (!m) throw new Error(`no kernel line: ${JSON.stringify(raw.slice(0, 80))}`);
  const kernel = kernelOf(m[1], Boolean(m[2]));
  if (kernel !== want) throw new Error(`meant for the ${want} kernel, ran on ${raw.slice(0, newline)}`);
  let body = raw.slice(newline + 1);
  const exit = body.lastIndexOf('# exit\n');
  if (exit >= 0 && exit + '# exit\n'.length === body.length) body = body.slice(0, exit);
  return `Linux ${m[1]}${m[2] ? RFC_MARK : ''}\n${toNotation(body)}`;
}

/** Reads the recording at PATH. */
export function readRecording(path: string): Recording {
  const text = readFileSync(path, 'utf8');
  const newline = text.indexOf('\n');
  const identity = text.slice(0, newline);
  const m = /^Linux (\d+\.\d+\.\d+)( \+ tracing-namespaces RFC v2)?$/.exec(identity);
  if (!m) throw new Error(`${path}: the first line names no kernel: ${identity}`);
  return {
    identity,
    release: m[1],
    kernel: kernelOf(m[1], Boolean(m[2])),
    output: fromNotation(text.slice(newline + 1)),
  };
}
