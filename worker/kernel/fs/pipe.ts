// Models fs/pipe.c: an anonymous pipe. The model's buffer is unbounded (writers never block, since
// a pipeline's commands run one after another); a reader with no data blocks while a writer
// remains and sees end of file once every write end is closed.

import { EPIPE, ESPIPE } from '../lib/errno';
import { ERESTARTSYS, newOpenFile, O_RDONLY, O_WRONLY, type FileOperations, type OpenFile } from './file';
import { newDentry } from './dentry';
import { newInode, S_IFIFO } from './inode';
import type { Mount } from './mount';
import type { Cred } from './permission';

interface PipeBuffer {
  chunks: Uint8Array[];
  readers: number;
  writers: number;
}

const pipeFops: FileOperations = {
  read(file: OpenFile, count: number) {
    const buf = file.inode.private as PipeBuffer;
    if (buf.chunks.length === 0) return buf.writers > 0 ? -ERESTARTSYS : new Uint8Array(0);
    const first = buf.chunks[0];
    if (first.length <= count) {
      buf.chunks.shift();
      return first;
    }
    buf.chunks[0] = first.subarray(count);
    return first.subarray(0, count);
  },
  write(file: OpenFile, data: Uint8Array) {
    const buf = file.inode.private as PipeBuffer;
    if (buf.readers === 0) return -EPIPE;
    if (data.length) buf.chunks.push(data.slice());
    return data.length;
  },
  llseek: () => -ESPIPE,
  release(_inode, file: OpenFile) {
    const buf = file.inode.private as PipeBuffer;
    if ((file.flags & 3) === O_RDONLY) buf.readers--;
    else buf.writers--;
  },
};

/** pipe(2): a read end and a write end over one buffer. */
export function createPipe(mnt: Mount, cred: Cred): [OpenFile, OpenFile] {
  const inode = newInode(S_IFIFO | 0o600, cred.uid, cred.gid, pipeFops);
  inode.private = { chunks: [], readers: 1, writers: 1 } satisfies PipeBuffer;
  const dentry = newDentry('pipe:', inode, null);
  const r = newOpenFile(dentry, mnt, O_RDONLY, cred);
  const w = newOpenFile(dentry, mnt, O_WRONLY, cred);
  inode.openCount += 2;
  return [r, w];
}
