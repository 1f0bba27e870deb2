// Compiles a parsed POSIX pattern to a Thompson automaton: a program of byte sets, forks,
// jumps, group boundaries and zero-width assertions (the shape of Pike's and Cox's VM). A
// repetition that could go round without reading anything is guarded, so such a round is not
// taken (glibc and JavaScript agree on that for the groups it leaves).

import type { AssertKind, Node, Parsed } from './regex';

export const SET = 0;
export const SPLIT = 1;
export const JMP = 2;
export const SAVE = 3;
export const ASSERT = 4;
export const MATCH = 5;
/** Notes where an optional repetition starts, in the thread's slot `x`. */
export const MARK = 6;
/** Ends an optional repetition: a thread that read nothing since its MARK dies (as in glibc and JavaScript). */
export const CHECK = 7;

/** Beyond this many instructions (a large {m,n}) the automaton is not built. */
export const MAX_INSTRUCTIONS = 100_000;

export interface Program {
  op: number[];
  x: number[];
  y: number[];
  sets: Uint8Array[];
  asserts: AssertKind[];
  /** The first slot for MARK, after the groups' slots; the slot each repetition that can be empty uses. */
  readonly markBase: number;
  readonly marks: Map<Node, number>;
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
      const optional = () => {
        if (!firstBytes(node.body, new Uint8Array(256))) return compile(p, node.body);
        if (!p.marks.has(node)) p.marks.set(node, p.markBase + p.marks.size);
        const slot = p.marks.get(node) as number;
        emit(p, MARK, slot);
        compile(p, node.body);
        emit(p, CHECK, slot);
      };
      if (node.max === Infinity) {
        const split = emit(p, SPLIT, p.op.length + 1);
        optional();
        emit(p, JMP, split);
        p.y[split] = p.op.length;
        return;
      }
      const splits: number[] = [];
      for (let k = node.min; k < node.max; k++) {
        splits.push(emit(p, SPLIT, p.op.length + 1));
        optional();
      }
      for (const s of splits) p.y[s] = p.op.length;
      return;
    }
    case 'backref':
      throw new TooBig();
  }
}

/** The bytes a match can start with, or null when it can be empty (no skipping ahead then). */
export function firstBytes(node: Node, into: Uint8Array): boolean {
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

/**
 * The program of a pattern (ending in MATCH), with the slots its threads carry: the groups'
 * boundaries, then one per guarded repetition; null when it has back-references or is too big.
 */
export function buildProgram(parsed: Parsed): Program | null {
  const markBase = 2 * (parsed.groups + 1);
  const p: Program = { op: [], x: [], y: [], sets: [], asserts: [], markBase, marks: new Map() };
  try {
    compile(p, parsed.root);
    emit(p, MATCH);
  } catch (e) {
    if (e instanceof TooBig) return null;
    throw e;
  }
  return p;
}
