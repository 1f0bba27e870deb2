// Models include/linux/fs.h struct file and struct file_operations: one open description with its
// flags, position and private data, shared by every descriptor that dup()s it and released on the
// last put.

import { EINVAL, ENOTTY, ESPIPE } from '../lib/errno';
import { kernelState } from '../lib/kernel-state';
import type { Cred } from './permission';
import type { Dentry } from './dentry';
import type { Inode } from './inode';
import type { Mount } from './mount';

export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_ACCMODE = 3;
export const O_CREAT = 0o100;
export const O_EXCL = 0o200;
export const O_TRUNC = 0o1000;
export const O_APPEND = 0o2000;
export const O_NONBLOCK = 0o4000;
export const O_DIRECTORY = 0o200000;
export const O_NOFOLLOW = 0o400000;

export const SEEK_SET = 0;
export const SEEK_CUR = 1;
export const SEEK_END = 2;

/** Internal "would block, sleep and retry": never returned to user space (ERESTARTSYS). */
export const ERESTARTSYS = 512;

/** What a reader of a blocking file waits for; the scheduler retries the read when it changes. */
export interface WaitQueue {
  readonly name: string;
}

export interface FileOperations {
  open?(inode: Inode, file: OpenFile): number;
  /** Returns bytes read (empty at end of file) or a negative errno; advances `ppos` like loff_t *ppos. */
  read?(file: OpenFile, count: number, ppos: FilePos): Uint8Array | number;
  /** write(2) and pwrite(2): returns the byte count consumed or a negative errno. */
  write?(file: OpenFile, data: Uint8Array, ppos: FilePos): number;
  /** writev(2) (write_iter): the caller's buffers as they are, and their total; no position is involved. */
  writeIter?(file: OpenFile, iov: readonly Uint8Array[], count: number): number;
  ioctl?(file: OpenFile, cmd: number, arg: IoctlArg): number;
  llseek?(file: OpenFile, offset: number, whence: number): number;
  mmap?(file: OpenFile, length: number): MappedPage | number;
  release?(inode: Inode, file: OpenFile): void;
  /** The queue a blocked read sleeps on. */
  waitQueue?(file: OpenFile): WaitQueue | null;
}

/** ioctl arguments cross as plain data (a struct as an object): the model has no user address space. */
export type IoctlArg = number | bigint | string | Uint8Array | null | object;

/** Total bytes of an iovec array (the count of the kernel's iov_iter). */
export function iovLength(iov: readonly Uint8Array[]): number {
  let count = 0;
  for (let i = 0; i < iov.length; i++) count += iov[i].length;
  return count;
}

/** copy_from_iter(): `length` bytes from offset `skip` of the iovecs into `to` at `at`. */
export function copyFromIov(
  iov: readonly Uint8Array[],
  skip: number,
  to: Uint8Array,
  at: number,
  length: number,
): void {
  const end = at + length;
  for (let i = 0; i < iov.length && at < end; i++) {
    const seg = iov[i];
    if (skip >= seg.length) {
      skip -= seg.length;
      continue;
    }
    const n = Math.min(seg.length - skip, end - at);
    // NOTE: a short copy is cheaper byte by byte than through set() and a subarray.
    if (n <= 16) for (let k = 0; k < n; k++) to[at + k] = seg[skip + k];
    else if (skip === 0 && n === seg.length) to.set(seg, at);
    else to.set(seg.subarray(skip, skip + n), at);
    at += n;
    skip = 0;
  }
}

/** The little-endian s32 at `offset` of the iovecs (bytes past the end read as 0). */
export function iovS32(iov: readonly Uint8Array[], offset: number): number {
  const first = iov.length > 0 ? iov[0] : null;
  if (first !== null && offset + 4 <= first.length) {
    return first[offset] | (first[offset + 1] << 8) | (first[offset + 2] << 16) | (first[offset + 3] << 24);
  }
  let value = 0;
  for (let k = 0; k < 4; k++) value |= iovByte(iov, offset + k) << (8 * k);
  return value;
}

/** The byte at `offset` of the iovecs (0 past the end). */
export function iovByte(iov: readonly Uint8Array[], offset: number): number {
  for (let i = 0; i < iov.length; i++) {
    const seg = iov[i];
    if (offset < seg.length) return seg[offset];
    offset -= seg.length;
  }
  return 0;
}

/** A file position passed by reference, as the kernel's `loff_t *ppos`. */
export interface FilePos {
  value: number;
}

/** A read-only view of mapped memory: reads see live values, nothing can be written through it. */
export interface PageView {
  readonly length: number;
  at(index: number): number | undefined;
  /** A copy of the current bytes. */
  slice(start?: number, end?: number): Uint8Array;
}

export interface MappedPage {
  readonly view: PageView;
  unmap(): void;
}

/** A read-only view of live bytes (the page stays the kernel's). */
export function readOnlyView(bytes: Uint8Array): PageView {
  return {
    length: bytes.length,
    at: (index) => bytes.at(index),
    slice: (start, end) => bytes.slice(start, end),
  };
}

export interface OpenFile {
  readonly id: number;
  readonly dentry: Dentry;
  readonly mnt: Mount;
  readonly inode: Inode;
  readonly flags: number;
  readonly cred: Cred;
  pos: number;
  refs: number;
  /** Per-open state of the file's owner (seq_file buffer, registered events ...). */
  private: unknown;
  /** The text a seq_file-style read is serving, generated at the read from position 0. */
  seq: Uint8Array | null;
  /** Set once a read has returned data: trace_pipe's end-of-file rule needs it. */
  hasRead: boolean;
}

const files = kernelState(() => ({ nextId: 1 }));

export function newOpenFile(dentry: Dentry, mnt: Mount, flags: number, cred: Cred): OpenFile {
  return {
    id: files.nextId++,
    dentry,
    mnt,
    inode: dentry.inode,
    flags,
    cred,
    pos: 0,
    refs: 1,
    private: null,
    seq: null,
    hasRead: false,
  };
}

export function canRead(file: OpenFile): boolean {
  return (file.flags & O_ACCMODE) !== O_WRONLY;
}

export function canWrite(file: OpenFile): boolean {
  const acc = file.flags & O_ACCMODE;
  return acc === O_WRONLY || acc === O_RDWR;
}

/** Takes one more reference (dup, fork, a mapping). */
export function fileGet(file: OpenFile): OpenFile {
  file.refs++;
  return file;
}

/** Drops a reference; the last one calls release and closes the inode's open count. */
export function filePut(file: OpenFile): void {
  if (--file.refs > 0) return;
  file.inode.openCount--;
  file.inode.fop.release?.(file.inode, file);
}

/** seq_file-like read of a text generated once per open description, at its first read. */
export function seqRead(
  file: OpenFile,
  count: number,
  ppos: FilePos,
  show: (file: OpenFile) => Uint8Array,
): Uint8Array {
  if (!file.seq || ppos.value === 0) file.seq = show(file);
  const chunk = file.seq.subarray(ppos.value, Math.min(file.seq.length, ppos.value + count));
  ppos.value += chunk.length;
  return chunk;
}

/** The default llseek: a plain position change, no end-of-file knowledge. */
export function defaultLlseek(file: OpenFile, offset: number, whence: number): number {
  let pos: number;
  if (whence === SEEK_SET) pos = offset;
  else if (whence === SEEK_CUR) pos = file.pos + offset;
  else return -EINVAL;
  if (pos < 0) return -EINVAL;
  file.pos = pos;
  return pos;
}

export function noLlseek(): number {
  return -ESPIPE;
}

export function noIoctl(): number {
  return -ENOTTY;
}
