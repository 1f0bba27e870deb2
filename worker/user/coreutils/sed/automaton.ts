// Matches a pattern with its automaton (nfa.ts) run as a Pike VM: every way through the pattern
// advances together one byte at a time, so the time is linear in the text whatever the pattern
// (glibc's matcher never runs away either; a backtracking RegExp does, on `(a*)*b`). The match is
// the leftmost, then the longest, as POSIX requires; groups are those of the preferred way (the
// first alternative, the greediest repetition) among the ways that make that match.

import { ASSERT, CHECK, JMP, MARK, MATCH, SAVE, SPLIT, buildProgram, firstBytes, type Program } from './nfa';
import type { AssertKind, Parsed } from './regex';

/** A match: [whole, group 1, ...] (undefined for a group that did not take part), and where it starts. */
export type Match = (string | undefined)[] & { index: number };

const isWord = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** One list of threads: where each is in the program and its group boundaries (`slots` each). */
class ThreadList {
  length = 0;
  readonly pc: Int32Array;
  readonly caps: Int32Array;

  constructor(
    size: number,
    private readonly slots: number,
  ) {
    this.pc = new Int32Array(size);
    this.caps = new Int32Array(size * slots);
  }

  push(pc: number, caps: Int32Array): void {
    this.pc[this.length] = pc;
    this.caps.set(caps, this.length++ * this.slots);
  }
}

export class Automaton {
  private readonly p: Program;
  private readonly first: Uint8Array | null;
  private readonly slots: number;
  private readonly seen: Int32Array;
  private stamp = 0;
  /** The closure's stack: pairs (pc, 0) to visit, or (-1 - slot, value) to restore a slot. */
  private readonly stack: Int32Array;
  private readonly scratch: Int32Array;
  private lists: [ThreadList, ThreadList];

  private constructor(
    private readonly parsed: Parsed,
    program: Program,
  ) {
    this.p = program;
    const markBase = program.markBase;
    const first = new Uint8Array(256);
    this.first = firstBytes(parsed.root, first) ? null : first;
    this.slots = markBase + this.p.marks.size;
    const n = this.p.op.length;
    this.seen = new Int32Array(n);
    this.stack = new Int32Array(6 * n + 6);
    this.scratch = new Int32Array(this.slots);
    this.lists = [new ThreadList(n, this.slots), new ThreadList(n, this.slots)];
  }

  /** The automaton of a pattern; null when it has back-references or would be too big. */
  static build(parsed: Parsed): Automaton | null {
    const program = buildProgram(parsed);
    return program && new Automaton(parsed, program);
  }

  private holds(kind: AssertKind, text: string, pos: number): boolean {
    const prev = pos > 0 ? text.charCodeAt(pos - 1) : -1;
    const next = pos < text.length ? text.charCodeAt(pos) : -1;
    const nl = this.parsed.newline;
    switch (kind) {
      case 'bol':
        return pos === 0 || (nl !== null && prev === nl);
      case 'eol':
        return pos === text.length || (nl !== null && next === nl);
      case 'bob':
        return pos === 0;
      case 'eob':
        return pos === text.length;
      case 'boundary':
        return isWord(prev) !== isWord(next);
      case 'inside':
        return isWord(prev) === isWord(next);
      case 'wordStart':
        return !isWord(prev) && isWord(next);
      case 'wordEnd':
        return isWord(prev) && !isWord(next);
    }
  }

  /**
   * Adds the thread at `pc0` (its groups in `scratch`) and every thread it reaches without
   * reading, in order of preference, once each per position.
   */
  private add(list: ThreadList, pc0: number, text: string, pos: number): void {
    const { op, x, y } = this.p;
    const { stack, scratch, seen, stamp } = this;
    let sp = 0;
    stack[sp++] = pc0;
    stack[sp++] = 0;
    while (sp > 0) {
      const b = stack[--sp];
      const pc = stack[--sp];
      if (pc < 0) {
        scratch[-1 - pc] = b;
        continue;
      }
      if (seen[pc] === stamp) continue;
      seen[pc] = stamp;
      switch (op[pc]) {
        case JMP:
          stack[sp++] = x[pc];
          stack[sp++] = 0;
          break;
        case SPLIT:
          stack[sp++] = y[pc];
          stack[sp++] = 0;
          stack[sp++] = x[pc];
          stack[sp++] = 0;
          break;
        case CHECK:
          if (scratch[x[pc]] !== pos) {
            stack[sp++] = pc + 1;
            stack[sp++] = 0;
          }
          break;
        case MARK:
        case SAVE:
          stack[sp++] = -1 - x[pc];
          stack[sp++] = scratch[x[pc]];
          scratch[x[pc]] = pos;
          stack[sp++] = pc + 1;
          stack[sp++] = 0;
          break;
        case ASSERT:
          if (this.holds(this.p.asserts[x[pc]], text, pos)) {
            stack[sp++] = pc + 1;
            stack[sp++] = 0;
          }
          break;
        default:
          list.push(pc, scratch);
      }
    }
  }

  /** The leftmost-longest match starting at or after `from`; with `any`, the first match found will do. */
  exec(text: string, from: number, any = false): Match | null {
    const { op, x, sets } = this.p;
    const { slots, scratch } = this;
    let [list, next] = this.lists;
    list.length = 0;
    let best: Int32Array | null = null;
    this.stamp++;
    for (let pos = from; pos <= text.length; pos++) {
      if (best === null) {
        if (list.length === 0 && this.first !== null) {
          while (pos < text.length && !this.first[text.charCodeAt(pos)]) pos++;
          if (pos >= text.length) break;
        }
        scratch.fill(-1);
        scratch[0] = pos;
        this.add(list, 0, text, pos);
      }
      if (list.length === 0) break;
      next.length = 0;
      const c = pos < text.length ? text.charCodeAt(pos) : -1;
      let matchedHere = false;
      this.stamp++;
      for (let i = 0; i < list.length; i++) {
        const start = list.caps[i * slots];
        // Threads are in order of their start: none after this one can be leftmost.
        if (best !== null && start > best[0]) break;
        const pc = list.pc[i];
        if (op[pc] === MATCH) {
          if (matchedHere) continue;
          matchedHere = true;
          best = list.caps.slice(i * slots, (i + 1) * slots);
          best[1] = pos;
          if (any) return this.result(text, best);
        } else if (c >= 0 && sets[x[pc]][c]) {
          scratch.set(list.caps.subarray(i * slots, (i + 1) * slots));
          this.add(next, pc + 1, text, pos + 1);
        }
      }
      [list, next] = [next, list];
    }
    return best && this.result(text, best);
  }

  private result(text: string, caps: Int32Array): Match {
    const m = [] as unknown as Match;
    for (let k = 0; k < this.p.markBase; k += 2) {
      m.push(caps[k] >= 0 && caps[k + 1] >= 0 ? text.slice(caps[k], caps[k + 1]) : undefined);
    }
    m.index = caps[0];
    return m;
  }
}
