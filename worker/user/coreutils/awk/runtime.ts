// Models mawk's run-time state: global variables and arrays, the current function's frame, the
// record and its fields (split only when a field or NF is wanted; assigning a field or NF rebuilds
// $0 with OFS), and the built-in variables whose assignment changes how awk works (FS re-makes the
// splitter, RS the record reader, CONVFMT and OFMT number output).

import { AwkArray } from './array';
import { Random } from './builtins';
import { RuntimeError } from './errors';
import { makeSplitter, type Splitter } from './fields';
import type { Place } from './compile-expr';
import { rsMode, type Inputs, type Outputs, type RsMode } from './io';
import { StrNum, toNum, toStr, UNINIT, type Value } from './value';

/** A field past NF: an empty string that is not a number. */
const EMPTY = new StrNum('');

interface Box {
  v: Value;
}

export class Runtime {
  private readonly globals = new Map<string, Box>();
  private readonly arrays = new Map<string, AwkArray>();
  frame: (Value | AwkArray)[] = [];

  convfmt = '%.6g';
  ofmt = '%.6g';
  ofs = ' ';
  ors = '\n';
  subsep: Value = '\x1c';
  fs: Value = ' ';
  rs: Value = '\n';
  nr = 0;
  fnr = 0;
  filename: Value = '';
  rstart: Value = 0;
  rlength: Value = -1;
  rsMode: RsMode = { kind: 'char', ch: '\n' };
  /** The program's functions, compiled. */
  readonly functions = new Map<string, { params: number; body: () => number }>();
  returnValue: Value = UNINIT;
  /** The status `exit N` set. */
  exitCode = 0;
  /** Names the program uses as arrays. */
  arrayNames: ReadonlySet<string> = new Set();
  /** srand's last seed, and the generator (seed 0 until srand is called). */
  seed: Value = 0;
  readonly random = new Random(0);

  constructor(
    readonly inputs: Inputs,
    readonly outputs: Outputs,
    /** getline from the main input: the next record, null at its end. */
    readonly readMain: () => string | null,
    /** srand() without an argument: a seed from the (virtual) clock. */
    readonly clockSeed: () => number,
  ) {}

  isArray(name: string): boolean {
    return this.arrayNames.has(name) || name === 'ENVIRON' || name === 'ARGV';
  }

  private record: Value = '';
  private fields: Value[] | null = [];
  private nf = 0;
  private splitter: Splitter = makeSplitter(' ');
  /** The splitter FS made when the record came: a new FS applies from the next record on. */
  private recordSplitter: Splitter = this.splitter;

  array(name: string): AwkArray {
    let a = this.arrays.get(name);
    if (!a) this.arrays.set(name, (a = new AwkArray()));
    return a;
  }

  private box(name: string): Box {
    let b = this.globals.get(name);
    if (!b) this.globals.set(name, (b = { v: UNINIT }));
    return b;
  }

  setGlobal(name: string, v: Value): void {
    this.place(name).set(v);
  }

  /** A global scalar: a plain variable, or a built-in one with its side effects. */
  place(name: string): Place {
    const str = (v: Value) => toStr(v, this.convfmt);
    switch (name) {
      case 'NF':
        return { get: () => this.getNF(), set: (v) => (this.setNF(toNum(v)), v) };
      case 'NR':
        return { get: () => this.nr, set: (v) => (this.nr = toNum(v)) };
      case 'FNR':
        return { get: () => this.fnr, set: (v) => (this.fnr = toNum(v)) };
      case 'FS':
        return {
          get: () => this.fs,
          set: (v) => {
            this.splitter = makeSplitter(str(v));
            return (this.fs = v);
          },
        };
      case 'OFS':
        return { get: () => this.ofs, set: (v) => (this.ofs = str(v)) };
      case 'ORS':
        return { get: () => this.ors, set: (v) => (this.ors = str(v)) };
      case 'RS':
        return {
          get: () => this.rs,
          set: (v) => {
            this.rsMode = rsMode(str(v));
            return (this.rs = v);
          },
        };
      case 'SUBSEP':
        return { get: () => this.subsep, set: (v) => (this.subsep = v) };
      case 'CONVFMT':
        return { get: () => this.convfmt, set: (v) => (this.convfmt = str(v)) };
      case 'OFMT':
        return { get: () => this.ofmt, set: (v) => (this.ofmt = str(v)) };
      case 'FILENAME':
        return { get: () => this.filename, set: (v) => (this.filename = v) };
      case 'RSTART':
        return { get: () => this.rstart, set: (v) => (this.rstart = v) };
      case 'RLENGTH':
        return { get: () => this.rlength, set: (v) => (this.rlength = v) };
    }
    const b = this.box(name);
    return { get: () => b.v, set: (v) => (b.v = v) };
  }

  /** The field number of a value: mawk's d_to_int, and no negative fields. */
  fieldIndex(d: number): number {
    const i = d >= 2147483647 ? 2147483647 : d > -2147483647 ? Math.trunc(d) : -2147483647;
    if (i < 0) throw new RuntimeError(`negative field index $${i}`);
    return i;
  }

  /** A record read from input: $0 as a strnum, fields split when wanted. */
  setRecordText(text: string): void {
    this.record = new StrNum(text);
    this.fields = null;
    this.recordSplitter = this.splitter;
  }

  recordText(): string {
    const r = this.record;
    return typeof r === 'string' ? r : toStr(r, this.convfmt);
  }

  private split(): Value[] {
    if (this.fields) return this.fields;
    const parts = this.recordSplitter(this.recordText());
    const fields: Value[] = [UNINIT];
    for (const p of parts) fields.push(new StrNum(p));
    this.nf = parts.length;
    return (this.fields = fields);
  }

  getField(i: number): Value {
    if (i === 0) return this.record;
    const f = this.split();
    return i <= this.nf ? f[i] : EMPTY;
  }

  setField(i: number, v: Value): Value {
    if (i === 0) {
      this.record = v;
      this.fields = null;
      this.recordSplitter = this.splitter;
      return v;
    }
    const f = this.split();
    while (this.nf < i) f[++this.nf] = EMPTY;
    f[i] = v;
    this.rebuild();
    return v;
  }

  getNF(): number {
    this.split();
    return this.nf;
  }

  setNF(n: number): void {
    const f = this.split();
    const want = Math.max(0, Math.trunc(n));
    while (this.nf < want) f[++this.nf] = EMPTY;
    f.length = want + 1;
    this.nf = want;
    this.rebuild();
  }

  /** $0 from the fields joined by OFS (numbers through CONVFMT). */
  private rebuild(): void {
    const f = this.fields!;
    let out = '';
    for (let i = 1; i <= this.nf; i++) out += (i > 1 ? this.ofs : '') + toStr(f[i], this.convfmt);
    this.record = out;
  }

  /** Splits a string as FS would (for split() with no separator). */
  splitDefault(text: string): string[] {
    return this.splitter(text);
  }
}
