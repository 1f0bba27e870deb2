// Models a process's anonymous memory (struct mm_struct with MAP_PRIVATE|MAP_ANONYMOUS mappings) as
// far as the kernel reaches into it: user_events of Linux 6.4 and later set and clear enable bits in
// the registering process's own memory. Pages are handed out top-down from MMAP_BASE as mmap does;
// fork copies them, exec starts afresh, exit drops them. Subsystems that keep state per mm (the
// kernel's user_event_mm) register hooks, told of each fork and each exec or exit.
// NOTE: only what the model's programs map exists: no stack, heap or text, so any other address is
// unmapped.

import { EFAULT, EINVAL, ENOMEM, fail, ok, type Result } from '../lib/errno';
import type { Disposable } from '../lib/disposable';
import { kernelState } from '../lib/kernel-state';

export const PAGE_SIZE = 4096;
/** Where the first anonymous mapping ends (x86-64's mmap_base below a 128 TiB user space). */
export const MMAP_BASE = 0x7f0000000000;
/** TASK_SIZE_MAX of x86-64: access_ok() refuses what reaches past it. */
export const TASK_SIZE = 0x7ffffffff000;

export interface MmStruct {
  /** Mapped pages by page address. */
  readonly pages: Map<number, Uint8Array>;
  /** The next mapping ends here. */
  nextEnd: number;
  /** State subsystems keep per mm, by subsystem name. */
  readonly attached: Map<string, unknown>;
}

export interface MmHooks {
  /** fork(): `child` is a copy of `parent`'s memory. */
  dup(parent: MmStruct, child: MmStruct): void;
  /** exec() or exit(): the mm is going away. */
  release(mm: MmStruct): void;
}

const hooks = kernelState(() => ({ list: [] as MmHooks[] }));

export function registerMmHooks(h: MmHooks): Disposable {
  hooks.list = [...hooks.list, h];
  return {
    dispose() {
      hooks.list = hooks.list.filter((x) => x !== h);
    },
  };
}

export function newMm(): MmStruct {
  return { pages: new Map(), nextEnd: MMAP_BASE, attached: new Map() };
}

/** dup_mm(): the child's copy of every page, then each subsystem's copy of its state. */
export function mmFork(parent: MmStruct): MmStruct {
  const child: MmStruct = { pages: new Map(), nextEnd: parent.nextEnd, attached: new Map() };
  for (const [addr, page] of parent.pages) child.pages.set(addr, page.slice());
  for (const h of hooks.list) h.dup(parent, child);
  return child;
}

/** The mm is left by exec or exit. */
export function mmRelease(mm: MmStruct): void {
  for (const h of hooks.list) h.release(mm);
  mm.pages.clear();
}

/** mmap(NULL, length, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0): zeroed pages. */
export function mmapAnon(mm: MmStruct, length: number): Result<number> {
  if (!Number.isSafeInteger(length) || length <= 0) return fail(EINVAL);
  const count = Math.ceil(length / PAGE_SIZE);
  if (count > 1024 || mm.pages.size + count > 4096) return fail(ENOMEM);
  const start = mm.nextEnd - count * PAGE_SIZE;
  for (let i = 0; i < count; i++) mm.pages.set(start + i * PAGE_SIZE, new Uint8Array(PAGE_SIZE));
  mm.nextEnd = start;
  return ok(start);
}

/** munmap(addr, length): the pages go; unmapped ones in the range are no error. */
export function munmapAnon(mm: MmStruct, addr: number, length: number): number {
  if (addr % PAGE_SIZE !== 0 || !Number.isSafeInteger(length) || length <= 0) return -EINVAL;
  for (let p = addr; p < addr + length; p += PAGE_SIZE) mm.pages.delete(p);
  return 0;
}

/** The page holding `addr`, or null when it is not mapped. */
function pageOf(mm: MmStruct, addr: number): Uint8Array | null {
  return mm.pages.get(addr - (addr % PAGE_SIZE)) ?? null;
}

/** Reads `length` bytes at `addr` (a process reading its own memory); EFAULT where unmapped. */
export function mmRead(mm: MmStruct, addr: number, length: number): Result<Uint8Array> {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const page = pageOf(mm, addr + i);
    if (!page) return fail(EFAULT);
    out[i] = page[(addr + i) % PAGE_SIZE];
  }
  return ok(out);
}

/** Writes `bytes` at `addr`; -EFAULT (and nothing written) where unmapped. */
export function mmWrite(mm: MmStruct, addr: number, bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (!pageOf(mm, addr + i)) return -EFAULT;
  for (let i = 0; i < bytes.length; i++) pageOf(mm, addr + i)![(addr + i) % PAGE_SIZE] = bytes[i];
  return 0;
}

/** Sets or clears bit `bit` of the little-endian word of `size` bytes at `addr` (set_bit/clear_bit). */
export function mmUpdateBit(mm: MmStruct, addr: number, size: number, bit: number, on: boolean): number {
  const byteAddr = addr + (bit >> 3);
  if (bit >= size * 8) return -EINVAL;
  const page = pageOf(mm, byteAddr);
  if (!page) return -EFAULT;
  const at = byteAddr % PAGE_SIZE;
  if (on) page[at] |= 1 << (bit & 7);
  else page[at] &= ~(1 << (bit & 7));
  return 0;
}
