// Models the user_events_data and user_events_status files of kernel/trace/trace_events_user.c:
// DIAG_IOCSREG/DIAG_IOCSDEL (§c.6–c.8), writing events (§c.9) with the per-descriptor list of
// registered events, and the status text and mappable status page (§c.5).

import { E2BIG, EBUSY, EFAULT, EINVAL, ENOENT, ENOTTY } from '../lib/errno';
import { encodeUtf8, utf8Length } from '../lib/utf8';
import {
  noLlseek,
  readOnlyView,
  seqRead,
  type FileOperations,
  type FilePos,
  type IoctlArg,
  type OpenFile,
} from '../fs/file';
import { traceEventRecord, traceEventWillRecord } from '../trace/trace-event';
import { cString, DIAG_IOCSDEL, DIAG_IOCSREG, isUserReg, MAX_EVENT_DESC, USER_REG_SIZE } from './abi';
import { MAX_PAGE, type UserEventGroup } from './group';
import { statusText } from './status-text';
import { indexedEvent } from './write-index';
import { destroyUserEvent, hasConsumers, isBusy, registerUserEvent, type UserEvent } from './user-event';
import { userEventDynOps } from './dyn-ops';

/** Per-descriptor state: the events registered through it, in write-index order. */
interface DataFileState {
  readonly group: UserEventGroup;
  readonly events: UserEvent[];
}

function state(file: OpenFile): DataFileState {
  return file.private as DataFileState;
}

function regIoctl(file: OpenFile, arg: IoctlArg): number {
  if (!isUserReg(arg)) return -EFAULT;
  if (arg.size > MAX_PAGE) return -E2BIG;
  if (arg.size < USER_REG_SIZE) return -EINVAL;
  const tail = arg.tail ?? new Uint8Array(0);
  if (tail.subarray(0, arg.size - USER_REG_SIZE).some((b) => b !== 0)) return -E2BIG;
  if (arg.nameArgs === null) return -EFAULT;
  const command = cString(arg.nameArgs);
  // NOTE: strncpy_from_user counts bytes, not characters.
  if (utf8Length(command) >= MAX_EVENT_DESC) return -EINVAL;
  const st = state(file);
  const reg = registerUserEvent(st.group, command, userEventDynOps);
  if (!reg.ok) return reg.err;
  let index = st.events.indexOf(reg.value);
  if (index < 0) {
    index = st.events.push(reg.value) - 1;
    reg.value.refs++;
  }
  arg.statusBit = reg.value.bit;
  arg.writeIndex = index;
  return 0;
}

function delIoctl(file: OpenFile, arg: IoctlArg): number {
  if (typeof arg !== 'string') return -EFAULT;
  const name = cString(arg);
  if (utf8Length(name) >= MAX_EVENT_DESC) return -EINVAL;
  const ev = state(file).group.events.get(name);
  if (!ev) return -ENOENT;
  if (isBusy(ev)) return -EBUSY;
  destroyUserEvent(ev);
  return 0;
}

/**
 * user_events_write_core(): the checks of §c.9 in order on the caller's buffers (`count` bytes in
 * all); then the entry is built straight from those buffers in each ring buffer that stores it, and
 * checked there. An empty payload faults only when something would record it.
 */
function writeEvent(file: OpenFile, iov: readonly Uint8Array[], count: number): number {
  const ev = indexedEvent(iov, count, state(file).events);
  if (typeof ev === 'number') return ev;
  const payloadLength = count - 4;
  if (payloadLength < ev.minSize) return -EINVAL;
  if (!hasConsumers(ev)) return count;
  if (payloadLength === 0) return traceEventWillRecord(ev.call, 8) ? -EFAULT : count;
  return traceEventRecord(ev.call, iov, 4, payloadLength, ev.validator) || count;
}

export const userEventsDataFops: FileOperations = {
  open(inode, file) {
    const group = inode.private as UserEventGroup;
    file.private = { group, events: [] } satisfies DataFileState;
    group.openFiles++;
    return 0;
  },
  write(file: OpenFile, data: Uint8Array, ppos: FilePos) {
    if (ppos.value !== 0) return -EFAULT;
    return writeEvent(file, [data], data.length);
  },
  writeIter: writeEvent,
  ioctl(file, cmd, arg) {
    if (cmd === DIAG_IOCSREG) return regIoctl(file, arg);
    if (cmd === DIAG_IOCSDEL) return delIoctl(file, arg);
    return -ENOTTY;
  },
  llseek: noLlseek,
  release(_inode, file) {
    const st = state(file);
    for (const ev of st.events) ev.refs--;
    st.group.openFiles--;
  },
};

export const userEventsStatusFops: FileOperations = {
  open(inode) {
    (inode.private as UserEventGroup).openFiles++;
    return 0;
  },
  read: (file, count, ppos) =>
    seqRead(file, count, ppos, () => {
      const group = file.inode.private as UserEventGroup;
      const events = [...group.events.values()];
      return encodeUtf8(statusText(events, group.limit));
    }),
  mmap(file, length) {
    if (length > MAX_PAGE) return -EINVAL;
    return { view: readOnlyView((file.inode.private as UserEventGroup).page), unmap() {} };
  },
  release(inode) {
    (inode.private as UserEventGroup).openFiles--;
  },
};
