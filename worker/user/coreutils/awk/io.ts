// Models mawk's input and output streams (fin.c, files.c): a record reader over a descriptor that
// splits on RS (one character, "" for paragraphs, or a regular expression) as the bytes arrive, so
// awk can follow a pipe or trace_pipe record by record; getline's files, opened on first use; and
// the output files of `print > FILE` / `>> FILE`, kept open until close() or exit.
// NOTE: getline runs inside an expression and cannot sleep: a read there that would block is taken
// as the end of that input (main.ts reads standard input whole first when the program uses getline).

import { strerror } from '../../../kernel/lib/errno';
import { latin1String } from '../../../kernel/lib/utf8';
import { ERESTARTSYS, O_APPEND, O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY } from '../../../kernel/syscalls';
import type { Syscalls } from '../../../kernel/syscall-table';
import { readBlocking, type Wait } from '../../process';
import { Stdio } from '../../stdio';
import { FatalError } from './errors';
import { dynamicRegex, type Matcher } from './regex';

export type RsMode = { kind: 'char'; ch: string } | { kind: 'para' } | { kind: 'regex'; m: Matcher };

export function rsMode(rs: string): RsMode {
  if (rs.length === 1) return { kind: 'char', ch: rs };
  if (rs === '') return { kind: 'para' };
  return { kind: 'regex', m: dynamicRegex(rs) };
}

const CHUNK = 65536;

export class RecordReader {
  private buf = '';
  private pos = 0;
  /** Where the search for a one-character separator goes on after more data came. */
  private scan = 0;
  eof = false;

  constructor(
    private readonly sys: Syscalls,
    readonly fd: number,
  ) {}

  private take(got: Uint8Array | number): void {
    if (typeof got === 'number') {
      this.eof = true;
      if (got !== -ERESTARTSYS) throw new FatalError(`read error (${strerror(got)})`);
      return;
    }
    if (got.length === 0) this.eof = true;
    else {
      if (this.pos > CHUNK && this.pos * 2 > this.buf.length) {
        this.buf = this.buf.slice(this.pos);
        this.scan -= this.pos;
        this.pos = 0;
      }
      this.buf += latin1String(got);
    }
  }

  /** Reads one more piece, sleeping while none has come. */
  *fill(): Generator<Wait, void, void> {
    this.take(yield* readBlocking(this.sys, this.fd, CHUNK));
  }

  /** Reads to the end, sleeping while needed. */
  *fillAll(): Generator<Wait, void, void> {
    while (!this.eof) yield* this.fill();
  }

  /** Reads one more piece without sleeping; a read that would block ends this input. */
  fillSync(): void {
    this.take(this.sys.read(this.fd, CHUNK));
  }

  /** Bytes read ahead (standard input read whole before BEGIN). */
  preload(text: string): void {
    this.buf += text;
    this.eof = true;
  }

  /** The next record; null at the end; undefined when more input must be read first. */
  next(mode: RsMode): string | null | undefined {
    const buf = this.buf;
    if (mode.kind === 'char') {
      const at = buf.indexOf(mode.ch, Math.max(this.scan, this.pos));
      if (at >= 0) return this.cut(at, at + 1);
      if (!this.eof) {
        this.scan = buf.length;
        return undefined;
      }
      return this.pos < buf.length ? this.cut(buf.length, buf.length) : null;
    }
    if (mode.kind === 'para') {
      while (this.pos < buf.length && buf[this.pos] === '\n') this.pos++;
      if (this.pos >= buf.length) return this.eof ? null : undefined;
      const at = buf.indexOf('\n\n', this.pos);
      if (at >= 0) return this.cut(at, at + 2);
      if (!this.eof) return undefined;
      const end = buf.endsWith('\n') ? buf.length - 1 : buf.length;
      return this.cut(end, buf.length);
    }
    const re = mode.m.global;
    re.lastIndex = this.pos;
    let hit = re.exec(buf);
    while (hit && hit[0].length === 0) {
      re.lastIndex = hit.index + 1;
      hit = hit.index < buf.length ? re.exec(buf) : null;
    }
    if (hit && (hit.index + hit[0].length < buf.length || this.eof)) {
      return this.cut(hit.index, hit.index + hit[0].length);
    }
    if (!this.eof) return undefined;
    return this.pos < buf.length ? this.cut(buf.length, buf.length) : null;
  }

  private cut(end: number, next: number): string {
    const rec = this.buf.slice(this.pos, end);
    this.pos = next;
    this.scan = next;
    return rec;
  }

  /** The next record, reading without sleeping (getline). */
  nextSync(mode: RsMode): string | null {
    for (;;) {
      const r = this.next(mode);
      if (r !== undefined) return r;
      this.fillSync();
    }
  }
}

/** Where print and printf write: standard output, or files named in redirections. */
export class Outputs {
  private readonly files = new Map<string, Stdio>();
  private stderr: Stdio | null = null;

  constructor(
    private readonly sys: Syscalls,
    readonly stdout: Stdio,
  ) {}

  get(name: string, append: boolean): Stdio {
    if (name === '/dev/stdout' || name === '-') return this.stdout;
    if (name === '/dev/stderr') return (this.stderr ??= new Stdio(this.sys, 2, 'none'));
    let out = this.files.get(name);
    if (out) return out;
    const fd = this.sys.open(name, O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0o666);
    if (fd < 0) throw new FatalError(`cannot open "${name}" for output (${strerror(fd)})`);
    out = new Stdio(this.sys, fd, 'full');
    this.files.set(name, out);
    return out;
  }

  /** close(NAME) of an output: flushed and closed; false when it was not open. */
  close(name: string): boolean {
    const out = this.files.get(name);
    if (!out) return false;
    out.flush();
    this.sys.close(out.fd);
    this.files.delete(name);
    return true;
  }

  flush(name?: string): boolean {
    if (name === undefined) return this.stdout.flush();
    const out = name === '/dev/stdout' || name === '-' ? this.stdout : this.files.get(name);
    if (!out) return false;
    out.flush();
    return true;
  }

  closeAll(): void {
    this.stdout.flush();
    for (const name of [...this.files.keys()]) this.close(name);
  }
}

/** getline's input files, each read from its own descriptor until close(). */
export class Inputs {
  private readonly files = new Map<string, RecordReader>();

  constructor(private readonly sys: Syscalls) {}

  /** The reader for NAME, opened now if needed; null when it cannot be opened. */
  get(name: string): RecordReader | null {
    let r = this.files.get(name);
    if (r) return r;
    const fd = name === '-' || name === '/dev/stdin' ? 0 : this.sys.open(name, O_RDONLY);
    if (fd < 0) return null;
    r = new RecordReader(this.sys, fd);
    this.files.set(name, r);
    return r;
  }

  close(name: string): boolean {
    const r = this.files.get(name);
    if (!r) return false;
    if (r.fd !== 0) this.sys.close(r.fd);
    this.files.delete(name);
    return true;
  }
}
