// Models drivers/char/mem.c /dev/null: reads see end of file, writes are swallowed.

import { newDentry, type Dentry } from './fs/dentry';
import type { FileOperations } from './fs/file';
import { newInode, S_IFCHR } from './fs/inode';

const nullFops: FileOperations = {
  read: () => new Uint8Array(0),
  write: (_file, data) => data.length,
  llseek: () => 0,
};

export function createNullDevice(dev: Dentry): Dentry {
  return newDentry('null', newInode(S_IFCHR | 0o666, 0, 0, nullFops), dev);
}
