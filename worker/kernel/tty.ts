// Models a pseudo-terminal's slave side (drivers/tty/pty.c) as the playground needs it: what a
// task writes goes to the session's screen; reads take typed input and block when there is none.
// Ctrl-C is delivered by the session, not through this file.

import { ERESTARTSYS, type FileOperations, type OpenFile } from './fs/file';
import { newDentry, type Dentry } from './fs/dentry';
import { newInode, S_IFCHR } from './fs/inode';

export interface Tty {
  readonly index: number;
  readonly dentry: Dentry;
  /** Queues typed input for readers of the terminal. */
  input(bytes: Uint8Array): void;
  /** Marks the end of input (Ctrl-D at the start of a line). */
  hangup(): void;
}

interface TtyState {
  sink: (bytes: Uint8Array) => void;
  pending: Uint8Array[];
  eof: boolean;
}

const ttyFops: FileOperations = {
  read(file: OpenFile, count: number) {
    const st = file.inode.private as TtyState;
    const first = st.pending[0];
    if (!first) {
      if (st.eof) {
        st.eof = false;
        return new Uint8Array(0);
      }
      return -ERESTARTSYS;
    }
    if (first.length <= count) {
      st.pending.shift();
      return first;
    }
    st.pending[0] = first.subarray(count);
    return first.subarray(0, count);
  },
  write(file: OpenFile, data: Uint8Array) {
    (file.inode.private as TtyState).sink(data.slice());
    return data.length;
  },
  llseek: () => 0,
};

/** Creates /dev/pts/N under `pts`, owned by the session's user, writing to `sink`. */
export function createTty(
  pts: Dentry,
  index: number,
  uid: number,
  gid: number,
  sink: (b: Uint8Array) => void,
): Tty {
  const inode = newInode(S_IFCHR | 0o620, uid, gid, ttyFops);
  const state: TtyState = { sink, pending: [], eof: false };
  inode.private = state;
  const dentry = newDentry(String(index), inode, pts);
  return {
    index,
    dentry,
    input(bytes) {
      state.pending.push(bytes.slice());
    },
    hangup() {
      state.eof = true;
    },
  };
}
