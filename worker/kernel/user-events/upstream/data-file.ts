// Models user_events_data of Linux 6.12 (kernel/trace/trace_events_user.c): DIAG_IOCSREG with an
// enable bit in the caller's memory (user_reg_get, user_events_ioctl_reg), DIAG_IOCSDEL
// (delete_user_event), DIAG_IOCSUNREG (user_events_ioctl_unreg), writing events
// (user_events_write_core) and the per-descriptor references (user_events_ref_add) that the
// descriptor's release puts back.

import { E2BIG, EBADF, EBUSY, EFAULT, EINVAL, ENOENT, ENOTTY, EPERM, EADDRINUSE } from '../../lib/errno';
import { utf8Length } from '../../lib/utf8';
import { noLlseek, type FileOperations, type FilePos, type IoctlArg, type OpenFile } from '../../fs/file';
import { TASK_SIZE, PAGE_SIZE } from '../../mm/mm';
import { current } from '../../sched/current';
import { traceEventRecord } from '../../trace/trace-event';
import {
  DIAG_IOCSDEL,
  DIAG_IOCSREG,
  DIAG_IOCSUNREG,
  isUserReg,
  isUserUnreg,
  MAX_EVENT_DESC,
  USER_EVENT_REG_MAX,
  USER_REG_SIZE,
  USER_UNREG_SIZE,
  type UserReg,
} from './abi';
import { cString } from '../abi';
import { indexedEvent } from '../write-index';
import {
  destroyEvent,
  eventGet,
  eventPut,
  isCapable,
  isLastRef,
  tableOrder,
  type UpstreamEvent,
} from './event';
import { enablerCreate, enablerExists, enablerUnregister } from './enabler';
import { registerCommand } from './ops';

/** struct user_event_file_info: the events registered through this descriptor, by write index. */
interface FileInfo {
  readonly refs: UpstreamEvent[];
}

function info(file: OpenFile): FileInfo {
  return file.private as FileInfo;
}

/** copy_struct_from_user(): bytes past the kernel's struct must be zero. */
function tailIsZero(tail: Uint8Array | undefined, length: number): boolean {
  return !(tail ?? new Uint8Array(0)).subarray(0, length).some((b) => b !== 0);
}

/** user_reg_get(): the checks of the struct before anything is looked up. */
function checkReg(reg: UserReg): number {
  if (reg.size > PAGE_SIZE) return -E2BIG;
  if (reg.size < USER_REG_SIZE) return -EINVAL;
  if (!tailIsZero(reg.tail, reg.size - USER_REG_SIZE)) return -E2BIG;
  if (reg.flags & ~(USER_EVENT_REG_MAX - 1)) return -EINVAL;
  if (reg.enableSize !== 4 && reg.enableSize !== 8) return -EINVAL;
  if (reg.enableAddr % reg.enableSize !== 0) return -EINVAL;
  if (reg.enableBit > reg.enableSize * 8 - 1) return -EINVAL;
  if (reg.enableAddr < 0 || reg.enableAddr + reg.enableSize > TASK_SIZE) return -EFAULT;
  return 0;
}

/** user_events_ref_add(): the descriptor's index of the event, taking a reference if it is new. */
function refAdd(fi: FileInfo, ev: UpstreamEvent): number {
  const index = fi.refs.indexOf(ev);
  if (index >= 0) return index;
  return fi.refs.push(eventGet(ev)) - 1;
}

/** get_user() of the size, the first thing read: a 6.1 caller's 20-byte struct is EINVAL here. */
function sizeOf(arg: IoctlArg): number | null {
  if (typeof arg !== 'object' || arg === null || !('size' in arg)) return null;
  return typeof arg.size === 'number' ? arg.size : null;
}

function regIoctl(file: OpenFile, arg: IoctlArg): number {
  const size = sizeOf(arg);
  if (size === null) return -EFAULT;
  if (size > PAGE_SIZE) return -E2BIG;
  if (size < USER_REG_SIZE) return -EINVAL;
  if (!isUserReg(arg)) return -EFAULT;
  const bad = checkReg(arg);
  if (bad) return bad;
  const mm = current().mm;
  if (!mm) return -EFAULT;
  if (enablerExists(mm, arg.enableAddr, arg.enableBit)) return -EADDRINUSE;
  if (arg.nameArgs === null) return -EFAULT;
  const command = cString(arg.nameArgs);
  // NOTE: strndup_user counts bytes, not characters, and the NUL with them.
  if (utf8Length(command) >= MAX_EVENT_DESC) return -EINVAL;
  const reg = registerCommand(command, arg.flags);
  if (!reg.ok) return reg.err;
  const index = refAdd(info(file), reg.value);
  eventPut(reg.value);
  const err = enablerCreate(mm, reg.value, arg.enableAddr, arg.enableBit, arg.enableSize);
  if (err) return err;
  arg.writeIndex = index;
  return 0;
}

/**
 * delete_user_event(): every event of the name (a multi-format name may have several) goes, but
 * only if none is referenced (EBUSY) and the caller may delete persistent ones (EPERM).
 */
function delIoctl(arg: IoctlArg): number {
  if (typeof arg !== 'string') return -EFAULT;
  const name = cString(arg);
  if (utf8Length(name) >= MAX_EVENT_DESC) return -EINVAL;
  let ret = -ENOENT;
  for (const ev of tableOrder()) {
    if (ev.name !== name) continue;
    if (!isLastRef(ev)) return -EBUSY;
    if (!isCapable(ev.flags)) return -EPERM;
    destroyEvent(ev);
    ret = 0;
  }
  return ret;
}

/** user_unreg_get() + user_events_ioctl_unreg(). */
function unregIoctl(arg: IoctlArg): number {
  const size = sizeOf(arg);
  if (size === null) return -EFAULT;
  if (size > PAGE_SIZE) return -E2BIG;
  if (size < USER_UNREG_SIZE) return -EINVAL;
  if (!isUserUnreg(arg)) return -EFAULT;
  if (arg.reserved || arg.reserved2) return -EINVAL;
  if (!tailIsZero(arg.tail, arg.size - USER_UNREG_SIZE)) return -E2BIG;
  const mm = current().mm;
  if (!mm) return -ENOENT;
  return enablerUnregister(mm, arg.disableAddr, arg.disableBit);
}

/**
 * user_events_write_core(): the index, the event, its minimum size; a write nobody records is
 * EBADF; each trace array that records it gets an entry, checked by the validators (EFAULT). An
 * empty payload is recorded as it is (6.1 faulted on it).
 */
function writeEvent(file: OpenFile, iov: readonly Uint8Array[], count: number): number {
  const ev = indexedEvent(iov, count, info(file).refs);
  if (typeof ev === 'number') return ev;
  const payloadLength = count - 4;
  if (payloadLength < ev.minSize) return -EINVAL;
  if (ev.status === 0) return -EBADF;
  return traceEventRecord(ev.call, iov, 4, payloadLength, ev.validator) || count;
}

export const upstreamDataFops: FileOperations = {
  open(_inode, file) {
    file.private = { refs: [] } satisfies FileInfo;
    return 0;
  },
  write(file: OpenFile, data: Uint8Array, ppos: FilePos) {
    if (ppos.value !== 0) return -EFAULT;
    return writeEvent(file, [data], data.length);
  },
  writeIter: writeEvent,
  ioctl(file, cmd, arg) {
    if (cmd === DIAG_IOCSREG) return regIoctl(file, arg);
    if (cmd === DIAG_IOCSDEL) return delIoctl(arg);
    if (cmd === DIAG_IOCSUNREG) return unregIoctl(arg);
    return -ENOTTY;
  },
  llseek: noLlseek,
  release(_inode, file) {
    for (const ev of info(file).refs) eventPut(ev);
  },
};
