// Matches a parsed POSIX pattern with a Thompson automaton run as a Pike VM: every way through the
// pattern advances together one byte at a time, so the time is linear in the text whatever the
// pattern (glibc's matcher never runs away either; a backtracking RegExp does, on `(a*)*b`). The
// match is the leftmost, then the longest, as POSIX requires; groups are those of the preferred
// way (the first alternative, the greediest repetition) among the ways that make that match.

import type { AssertKind, Node, Parsed } from './regex';

const SET = 0;
const SPLIT = 1;
const JMP = 2;
const SAVE = 3;
const ASSERT = 4;
const MATCH = 5;

/** Beyond this many instructions (a large {m,n}) the automaton is not built. */
export const MAX_INSTRUCTIONS = 100_000;

/** A match: [whole, group 1, ...] (undefined for a group that did not take part), and where it starts. */
export type Match = (string | undefined)[] & { index: number };

interface Program {
  op: number[];
  x: number[];
  y: number[];
  sets: Uint8Array[];
  asserts: AssertKind[];
}

class TooBig {}

function emit(p: Program, op: number, x = 0, y = 0): number {
  if (p.op.length >= MAX_INSTRUCTIONS) throw new TooBig();
  p.op.push(op);
  p.x.push(x);
  p.y.push(y);
  return p.op.length - 1;
}

function compile(p: Program, node: Node): void {
  switch (node.type) {
    case 'set':
      p.sets.push(node.bytes);
      emit(p, SET, p.sets.length - 1);
      return;
    case 'seq':
      for (const n of node.items) compile(p, n);
      return;
    case 'alt': {
      const jumps: number[] = [];
      node.items.forEach((n, k) => {
        if (k === node.items.length - 1) return compile(p, n);
        const split = emit(p, SPLIT, p.op.length + 1);
        compile(p, n);
        jumps.push(emit(p, JMP));
        p.y[split] = p.op.length;
      });
      for (const j of jumps) p.x[j] = p.op.length;
      return;
    }
    case 'group':
      emit(p, SAVE, 2 * node.index);
      compile(p, node.body);
      emit(p, SAVE, 2 * node.index + 1);
      return;
    case 'assert':
      p.asserts.push(node.kind);
      emit(p, ASSERT, p.asserts.length - 1);
      return;
    case 'repeat': {
      for (let k = 0; k < node.min; k++) compile(p, node.body);
      if (node.max === Infinity) {
        const split = emit(p, SPLIT, p.op.length + 1);
        compile(p, node.body);
        emit(p, JMP, split);
        p.y[split] = p.op.length;
        return;
      }
      const splits: number[] = [];
      for (let k = node.min; k < node.max; k++) {
        splits.push(emit(p, SPLIT, p.op.length + 1));
        compile(p, node.body);
      }
      for (const s of splits) p.y[s] = p.op.length;
      return;
    }
    case 'backref':
      throw new TooBig();
  }
}

/** The bytes a match can start with, or null when it can be empty (no skipping ahead then). */
function firstBytes(node: Node, into: Uint8Array): boolean {
  switch (node.type) {
    case 'set':
      for (let c = 0; c < 256; c++) into[c] |= node.bytes[c];
      return false;
    case 'seq':
      for (const n of node.items) if (!firstBytes(n, into)) return false;
      return true;
    case 'alt': {
      let nullable = false;
      for (const n of node.items) nullable = firstBytes(n, into) || nullable;
      return nullable;
    }
    case 'group':
      return firstBytes(node.body, into);
    case 'repeat':
      return firstBytes(node.body, into) || node.min === 0;
    default:
      return true;
  }
}

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
  private readonly p: Program = { op: [], x: [], y: [], sets: [], asserts: [] };
  private readonly first: Uint8Array | null;
  private readonly slots: number;
  private readonly seen: Int32Array;
  private stamp = 0;
  /** The closure's stack: pairs (pc, 0) to visit, or (-1 - slot, value) to restore a slot. */
  private readonly stack: Int32Array;
  private readonly scratch: Int32Array;
  private lists: [ThreadList, ThreadList];

  private constructor(private readonly parsed: Parsed) {
    compile(this.p, parsed.root);
    emit(this.p, MATCH);
    const first = new Uint8Array(256);
    this.first = firstBytes(parsed.root, first) ? null : first;
    this.slots = 2 * (parsed.groups + 1);
    const n = this.p.op.length;
    this.seen = new Int32Array(n);
    this.stack = new Int32Array(6 * n + 6);
    this.scratch = new Int32Array(this.slots);
    this.lists = [new ThreadList(n, this.slots), new ThreadList(n, this.slots)];
  }

  /** The automaton of a pattern; null when it has back-references or would be too big. */
  static build(parsed: Parsed): Automaton | null {
    try {
      return new Automaton(parsed);
    } catch (e) {
      if (e instanceof TooBig) return null;
      throw e;
    }
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
    for (let k = 0; k < caps.length; k += 2) {
      m.push(caps[k] >= 0 && caps[k + 1] >= 0 ? text.slice(caps[k], caps[k + 1]) : undefined);
    }
    m.index = caps[0];
    return m;
  }
}
