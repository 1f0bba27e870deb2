// Runs one action on the root task at the system-call level, exactly as its shell line would:
// bash's redirection flags, `exec N<>FILE` as open + dup2 + close, `uevent` as one ioctl or one
// writev of the 4-byte index and the encoded values, and a raw mmap/munmap for the mapping lines.

import type { PageView, Syscalls, UserReg } from '../../worker/kernel/syscall-table';
import { DIAG_IOCSDEL, DIAG_IOCSREG } from '../../worker/kernel/syscall-table';
import { encodeUtf8 } from '../../worker/kernel/lib/utf8';
import { O_APPEND, O_CREAT, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, le32, TRACING } from '../kernel/helpers';
import { command, enablePath, slotPath, traceArrayDir, type Action } from './actions';
import type { Model } from './model';
import type { KernelDebug } from '../../worker/kernel/boot';
import { ENODEV, ENOMEM } from '../../worker/kernel/lib/errno';

export interface Outcome {
  /** The system call's result; 0 for a successful open (moved onto its slot) or mmap. */
  readonly ret: number;
  readonly reg?: { statusBit: number | undefined; writeIndex: number | undefined };
  readonly mapping?: { id: number; view: PageView };
}

const TRUNC = O_WRONLY | O_CREAT | O_TRUNC;
const APPEND = O_WRONLY | O_CREAT | O_APPEND;

/** Bytes of `n` as `size` little-endian bytes. */
function little(n: bigint, size: number): number[] {
  const out: number[] = [];
  let rest = BigInt.asUintN(size * 8, n);
  for (let i = 0; i < size; i++, rest >>= 8n) out.push(Number(rest & 0xffn));
  return out;
}

/**
 * uevent's VALUE encoding (§c.9 layout): integers little-endian, `char[N]:` NUL-padded, `hex:` raw,
 * `loc:TEXT` a `len << 16 | offset` word whose string (with its NUL) follows the fixed part and
 * whose offset counts from the start of the entry (8-byte header included).
 */
export function encodeValues(values: readonly string[]): Uint8Array {
  const fixed: number[] = [];
  const strings: number[] = [];
  const locs: Array<{ at: number; stringAt: number; length: number }> = [];
  for (const v of values) {
    const colon = v.indexOf(':');
    const type = v.slice(0, colon);
    const text = v.slice(colon + 1);
    const int = /^u(8|16|32|64)$/.exec(type);
    const arr = /^char\[(\d+)\]$/.exec(type);
    if (int) fixed.push(...little(BigInt(text), Number(int[1]) / 8));
    else if (arr) {
      const bytes = [...encodeUtf8(text)];
      fixed.push(...bytes, ...new Array<number>(Number(arr[1]) - bytes.length).fill(0));
    } else if (type === 'hex') {
      for (let i = 0; i < text.length; i += 2) fixed.push(parseInt(text.slice(i, i + 2), 16));
    } else if (type === 'loc') {
      const bytes = [...encodeUtf8(text), 0];
      locs.push({ at: fixed.length, stringAt: strings.length, length: bytes.length });
      strings.push(...bytes);
      fixed.push(0, 0, 0, 0);
    } else throw new Error(`test bug: value ${v}`);
  }
  for (const l of locs) {
    const word = little(BigInt(((l.length << 16) | (8 + fixed.length + l.stringAt)) >>> 0), 4);
    fixed.splice(l.at, 4, ...word);
  }
  return Uint8Array.from([...fixed, ...strings]);
}

/** `echo TEXT > PATH` / `>> PATH`: open with bash's flags, one write, close. */
function echoTo(sys: Syscalls, path: string, text: string, flags: number, afterOpen?: () => void): number {
  const fd = sys.open(`${TRACING}/${path}`, flags, 0o666);
  if (fd < 0) return fd;
  afterOpen?.();
  const ret = sys.write(fd, encodeUtf8(`${text}\n`));
  sys.close(fd);
  return ret;
}

/** `exec N<> PATH` (or `exec N< PATH`): open, then move the descriptor onto slot N. */
function openOnto(sys: Syscalls, path: string, rw: boolean, slot: number): number {
  const fd = sys.open(`${TRACING}/${path}`, rw ? O_RDWR | O_CREAT : O_RDONLY, 0o666);
  if (fd < 0 || fd === slot) return Math.min(fd, 0);
  const moved = sys.dup2(fd, slot);
  if (moved !== slot) throw new Error(`test bug: dup2(${fd}, ${slot}) = ${moved}`);
  sys.close(fd);
  return 0;
}

/**
 * Executes `a` (`debug` is the simulator-only facility of boot.ts, for the fault injection of Q17). `afterTruncOpen` runs once an O_TRUNC open of set_event or dynamic_events has
 * succeeded, before the write, so the caller can take the "before" snapshot of the write itself.
 */
export function execute(
  sys: Syscalls,
  debug: KernelDebug,
  a: Action,
  model: Model,
  afterTruncOpen: () => void,
): Outcome {
  switch (a.kind) {
    case 'mkdirNs':
      return { ret: sys.mkdir(`${TRACING}/namespaces/${a.ns}`) };
    case 'failNextCreate':
      debug.failNextUserEventsCreate(a.errno === 'ENOMEM' ? ENOMEM : ENODEV);
      return { ret: 0 };
    case 'rmdirNs':
      return { ret: sys.rmdir(`${TRACING}/namespaces/${a.ns}`) };
    case 'options':
      return { ret: echoTo(sys, `namespaces/${a.ns}/options`, a.line, TRUNC) };
    case 'open':
      return { ret: openOnto(sys, slotPath(a.group, a.file), a.rw, a.slot) };
    case 'openEnable':
      return { ret: openOnto(sys, enablePath({ ...a, scope: a.all ? 'all' : 'event' }), a.rw, a.slot) };
    case 'echoSlot':
      return { ret: sys.write(a.slot, encodeUtf8(`${a.text}\n`)) };
    case 'close':
      return { ret: sys.close(a.slot) };
    case 'register': {
      const reg: UserReg = { size: 20, nameArgs: command(a.name, a.fields) };
      const ret = sys.ioctl(a.slot, DIAG_IOCSREG, reg);
      return { ret, reg: { statusBit: reg.statusBit, writeIndex: reg.writeIndex } };
    }
    case 'unregister':
      return { ret: sys.ioctl(a.slot, DIAG_IOCSDEL, a.name) };
    case 'write': {
      const payload = encodeValues(a.values);
      const iov = payload.length > 0 ? [le32(a.index), payload] : [le32(a.index)];
      return { ret: sys.writev(a.slot, iov) };
    }
    case 'map': {
      const r = sys.mmap(a.slot, 4096);
      return r.ok ? { ret: 0, mapping: r.value } : { ret: r.err };
    }
    case 'unmap': {
      const m = model.mappings.find((x) => x.slot === a.slot);
      return { ret: sys.munmap(m ? m.id : -1) };
    }
    case 'enable':
      return { ret: echoTo(sys, enablePath(a), a.value, TRUNC) };
    case 'mkdirInstance':
      return { ret: sys.mkdir(`${TRACING}/instances/${a.name}`) };
    case 'rmdirInstance':
      return { ret: sys.rmdir(`${TRACING}/instances/${a.name}`) };
    case 'setEvent':
      return {
        ret: echoTo(sys, `${traceArrayDir(a.instance)}set_event`, a.token, a.trunc ? TRUNC : APPEND, () => {
          if (a.trunc) afterTruncOpen();
        }),
      };
    case 'dynamic':
      return {
        ret: echoTo(sys, 'dynamic_events', a.line, a.trunc ? TRUNC : APPEND, () => {
          if (a.trunc) afterTruncOpen();
        }),
      };
  }
}
