// Models mawk's associative arrays (array.c) closely enough that `for (k in A)` visits keys in the
// order the real one does: a split() result is a plain vector; otherwise a hash table of 2^n lists
// reached by integer value (ilist) and by string (slist, FNV-1 hash), each lookup moving the node it
// finds to the front of its list, the table doubling past 12 nodes a list on average. A key is an
// integer (a number with an integral value) or a string.

import type { Value } from './value';

const NOT_AN_IVALUE = -2147483648;
const STARTING_HMASK = 63;
const AY_INT = 1;
const AY_STR = 2;
const AY_SPLIT = 4;

/** A subscript as mawk looks it up: an integer, or a string. */
export type Key = number | string;

interface Node {
  slink: Node | null;
  ilink: Node | null;
  sval: string | null;
  hval: number;
  ival: number;
  value: Value;
}

function limitOf(hmask: number): number {
  return (hmask + 1) * 12;
}

/** mawk's hash2(): FNV-1 over the bytes. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ (s.charCodeAt(i) & 0xff), 16777619) >>> 0;
  return h >>> 0;
}

export class AwkArray {
  private type = 0;
  size = 0;
  private hmask = 0;
  private limit = 0;
  private slinks: (Node | null)[] = [];
  private ilinks: (Node | null)[] = [];
  private cells: Value[] = [];

  clear(): void {
    this.type = 0;
    this.size = 0;
    this.hmask = 0;
    this.limit = 0;
    this.slinks = [];
    this.ilinks = [];
    this.cells = [];
  }

  /** split(): the array becomes the vector of the pieces. */
  load(values: Value[]): void {
    if (this.type !== AY_SPLIT || this.limit < values.length) {
      this.clear();
      this.limit = (values.length & ~3) + 4;
      this.type = AY_SPLIT;
    }
    this.cells = values.slice();
    this.size = values.length;
  }

  /** The element's value; `create` adds it (uninitialized) when missing. */
  get(key: Key, create: boolean, init: Value): Value | undefined {
    if (this.size === 0 && !create) return undefined;
    if (typeof key === 'number') {
      if (this.type === AY_SPLIT) {
        if (key >= 1 && key <= this.size) return this.cells[key - 1];
        if (!create) return undefined;
        this.splitToTable();
      } else if (this.type === 0) this.emptyTable(AY_INT);
      const node = this.byInt(key, create, init);
      return node?.value;
    }
    return this.byStr(key, create, init)?.value;
  }

  set(key: Key, value: Value): void {
    if (typeof key === 'number' && this.type === AY_SPLIT && key >= 1 && key <= this.size) {
      this.cells[key - 1] = value;
      return;
    }
    this.get(key, true, value);
    const node = typeof key === 'number' ? this.byInt(key, false, value) : this.byStr(key, false, value);
    node!.value = value;
  }

  delete(key: Key): void {
    if (this.size === 0) return;
    if (typeof key === 'number') {
      if (this.type === AY_SPLIT) {
        if (key >= 1 && key <= this.size) this.splitToTable();
        else return;
      }
      const node = this.byInt(key, false, 0);
      if (!node) return;
      this.ilinks[key & this.hmask] = node.ilink;
      if (node.sval !== null) this.unlinkS(node);
    } else {
      const node = this.byStr(key, false, 0);
      if (!node) return;
      this.slinks[node.hval & this.hmask] = node.slink;
      if (node.ival !== NOT_AN_IVALUE) this.unlinkI(node);
    }
    if (--this.size === 0) this.clear();
  }

  /** The keys as `for (k in A)` visits them. */
  keys(): string[] {
    if (this.size === 0) return [];
    if (!(this.type & AY_STR)) this.addStrings();
    const out: string[] = [];
    for (let i = 0; i <= this.hmask; i++) {
      for (let p = this.slinks[i]; p; p = p.slink) out.push(p.sval!);
    }
    return out;
  }

  private unlinkS(node: Node): void {
    const idx = node.hval & this.hmask;
    let q: Node | null = null;
    let p = this.slinks[idx];
    while (p && p !== node) {
      q = p;
      p = p.slink;
    }
    if (q) q.slink = node.slink;
    else this.slinks[idx] = node.slink;
  }

  private unlinkI(node: Node): void {
    const idx = node.ival & this.hmask;
    let q: Node | null = null;
    let p = this.ilinks[idx];
    while (p && p !== node) {
      q = p;
      p = p.ilink;
    }
    if (q) q.ilink = node.ilink;
    else this.ilinks[idx] = node.ilink;
  }

  private emptyTable(type: number): void {
    this.type = type;
    this.hmask = STARTING_HMASK;
    this.limit = limitOf(STARTING_HMASK);
    this.slinks = new Array(STARTING_HMASK + 1).fill(null);
    this.ilinks = new Array(STARTING_HMASK + 1).fill(null);
  }

  private splitToTable(): void {
    const cells = this.cells;
    this.hmask = STARTING_HMASK;
    this.limit = limitOf(STARTING_HMASK);
    while (this.size > this.limit) {
      this.hmask = this.hmask * 2 + 1;
      this.limit = limitOf(this.hmask);
    }
    this.slinks = new Array(this.hmask + 1).fill(null);
    this.ilinks = new Array(this.hmask + 1).fill(null);
    for (let i = 0, j = 1; i < this.size; i++) {
      const p: Node = {
        slink: null,
        ilink: this.ilinks[j],
        sval: null,
        hval: 0,
        ival: i + 1,
        value: cells[i],
      };
      this.ilinks[j] = p;
      j = (j + 1) & this.hmask;
    }
    this.cells = [];
    this.type = AY_INT;
  }

  private addStrings(): void {
    if (this.type === 0) {
      this.emptyTable(AY_STR);
      return;
    }
    if (this.type === AY_SPLIT) this.splitToTable();
    for (let i = 0; i <= this.hmask; i++) {
      for (let p = this.ilinks[i]; p; p = p.ilink) {
        p.sval = String(p.ival);
        p.hval = hash(p.sval);
        const idx = p.hval & this.hmask;
        p.slink = this.slinks[idx];
        this.slinks[idx] = p;
      }
    }
    this.type |= AY_STR;
  }

  private byInt(ival: number, create: boolean, init: Value): Node | null {
    let idx = ival & this.hmask;
    let p = this.ilinks[idx];
    let q: Node | null = null;
    for (;;) {
      if (!p) {
        if (this.type & AY_STR) {
          p = this.byStr(String(ival), create, init);
          if (!p) return null;
        } else if (create) {
          p = { slink: null, ilink: null, sval: null, hval: 0, ival, value: init };
          if (++this.size > this.limit) {
            this.double();
            idx = ival & this.hmask;
          }
        } else return null;
        p.ival = ival;
        this.type |= AY_INT;
        break;
      }
      if (p.ival === ival) {
        if (!q) return p;
        q.ilink = p.ilink;
        break;
      }
      q = p;
      p = p.ilink;
    }
    p.ilink = this.ilinks[idx];
    this.ilinks[idx] = p;
    return p;
  }

  private byStr(sval: string, create: boolean, init: Value): Node | null {
    if (!(this.type & AY_STR)) this.addStrings();
    const hval = hash(sval);
    let idx = hval & this.hmask;
    let p = this.slinks[idx];
    let q: Node | null = null;
    for (;;) {
      if (!p) {
        if (!create) return null;
        p = { slink: null, ilink: null, sval, hval, ival: NOT_AN_IVALUE, value: init };
        if (++this.size > this.limit) {
          this.double();
          idx = hval & this.hmask;
        }
        break;
      }
      if (p.hval === hval && p.sval === sval) {
        if (!q) return p;
        q.slink = p.slink;
        break;
      }
      q = p;
      p = p.slink;
    }
    p.slink = this.slinks[idx];
    this.slinks[idx] = p;
    return p;
  }

  private double(): void {
    const old = this.hmask;
    const mask = old * 2 + 1;
    for (let i = 0; i <= old; i++) {
      this.slinks.push(null);
      this.ilinks.push(null);
    }
    const split = (links: (Node | null)[], next: 'slink' | 'ilink', slot: (p: Node) => number) => {
      for (let i = 0; i <= old; i++) {
        let keep: Node | null = null;
        let keepTail: Node | null = null;
        let move: Node | null = null;
        let moveTail: Node | null = null;
        for (let p = links[i]; p; p = p[next]) {
          if ((slot(p) & mask) !== i) {
            if (moveTail) moveTail[next] = p;
            else move = p;
            moveTail = p;
          } else {
            if (keepTail) keepTail[next] = p;
            else keep = p;
            keepTail = p;
          }
        }
        if (keepTail) keepTail[next] = null;
        if (moveTail) moveTail[next] = null;
        links[i] = keep;
        links[i + old + 1] = move;
      }
    };
    if (this.type & AY_STR) split(this.slinks, 'slink', (p) => p.hval);
    if (this.type & AY_INT) split(this.ilinks, 'ilink', (p) => p.ival);
    this.hmask = mask;
    this.limit = limitOf(mask);
  }
}
