// Models mawk's main input (FINopen_main, next_main): the ARGV operands from ARGV[1] to ARGV[ARGC-1]
// taken in turn when the previous one ends (read again each time, so a program may change them),
// empty ones skipped, NAME=VALUE ones assigned as they are reached, standard input (FILENAME "-")
// when no operand named a file. A file that cannot be opened ends awk with status 2.

import { strerror } from '../../../kernel/lib/errno';
import { O_RDONLY } from '../../../kernel/syscalls';
import type { Syscalls } from '../../../kernel/syscall-table';
import { FatalError } from './errors';
import { RecordReader } from './io';
import { unescape } from './lexer';
import { assignment } from './options';
import type { Runtime } from './runtime';
import { StrNum, toNum, toStr } from './value';

export class MainInput {
  private reader: RecordReader | null = null;
  private stdinReader: RecordReader | null = null;
  private next = 1;
  private sawFile = false;

  constructor(
    private readonly sys: Syscalls,
    private readonly rt: Runtime,
  ) {}

  current(): RecordReader | null {
    return this.reader;
  }

  stdin(): RecordReader {
    return (this.stdinReader ??= new RecordReader(this.sys, 0));
  }

  /** Whether standard input will be read: no operand names a file, or one is `-`. */
  usesStdin(): boolean {
    const argv = this.rt.array('ARGV');
    const argc = toNum(this.rt.place('ARGC').get());
    let file = false;
    for (let i = 1; i < argc; i++) {
      const v = argv.get(i, false, '');
      const s = v === undefined ? '' : toStr(v, this.rt.convfmt);
      if (s === '-') return true;
      if (s !== '' && !assignment(s)) file = true;
    }
    return !file;
  }

  /** Opens the next input; false when there is none left. */
  openNext(): boolean {
    const rt = this.rt;
    const argv = rt.array('ARGV');
    while (this.next < toNum(rt.place('ARGC').get())) {
      const v = argv.get(this.next++, false, '');
      const arg = v === undefined ? '' : toStr(v, rt.convfmt);
      if (arg === '') continue;
      const asg = assignment(arg);
      if (asg) {
        rt.setGlobal(asg[0], new StrNum(unescape(asg[1])));
        continue;
      }
      this.sawFile = true;
      if (arg === '-' || arg === '/dev/stdin') this.reader = this.stdin();
      else {
        const fd = this.sys.open(arg, O_RDONLY);
        if (fd < 0) throw new FatalError(`cannot open ${arg} (${strerror(fd)})`);
        this.reader = new RecordReader(this.sys, fd);
      }
      return this.begin(arg);
    }
    if (this.sawFile) return false;
    this.sawFile = true;
    this.reader = this.stdin();
    return this.begin('-');
  }

  private begin(name: string): boolean {
    this.rt.filename = name;
    this.rt.fnr = 0;
    return true;
  }

  close(): void {
    const r = this.reader;
    if (r && r.fd !== 0) this.sys.close(r.fd);
    this.reader = null;
  }

  /** getline's next record from the main input, reading without sleeping. */
  readSync(): string | null {
    for (;;) {
      if (!this.reader && !this.openNext()) return null;
      const rec = this.reader!.nextSync(this.rt.rsMode);
      if (rec !== null) return rec;
      this.close();
    }
  }
}
