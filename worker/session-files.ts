// The file view's read: at most `maxBytes` of a file, without blocking, through a session's quiet
// system calls; a file whose read would change the kernel (consume entries, free the buffer) or
// wait for input is refused and says why.

import type { Syscalls } from './kernel/syscall-table';
import { decodeUtf8 } from './kernel/lib/utf8';
import { EISDIR, strerror } from './kernel/lib/errno';
import { O_NONBLOCK, O_RDONLY } from './kernel/syscalls';
import { concatBytes } from './user/process';
import { nodeKind } from './session-tree';
import type { FileContents } from './protocol';

/** Files the file view does not open: reading them consumes entries or frees the buffer. */
const CONSUMING = new Set(['trace_pipe', 'trace_pipe_raw', 'free_buffer']);

/** Reads at most `maxBytes` without blocking; never opens a file whose read changes the kernel. */
export function readFile(sys: Syscalls, path: string, maxBytes: number): FileContents {
  const result: FileContents = { path, text: '', bytes: 0, truncated: false };
  const name = path.slice(path.lastIndexOf('/') + 1);
  const st = sys.stat(path);
  if (!st.ok) return { ...result, errno: Math.abs(st.err), error: strerror(Math.abs(st.err)) };
  const kind = nodeKind(st.value.mode);
  if (kind === 'dir') return { ...result, errno: EISDIR, error: strerror(EISDIR) };
  if (kind !== 'file') return { ...result, refused: 'reading a device or pipe would wait for input' };
  if (CONSUMING.has(name)) {
    return { ...result, refused: `reading ${name} changes the kernel (use cat in the terminal)` };
  }
  const fd = sys.open(path, O_RDONLY | O_NONBLOCK);
  if (fd < 0) return { ...result, errno: -fd, error: strerror(-fd) };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let errno = 0;
  while (total <= maxBytes) {
    const got = sys.read(fd, Math.min(65536, maxBytes + 1 - total));
    if (typeof got === 'number') errno = got < 0 ? -got : 0;
    if (typeof got === 'number' || got.length === 0) break;
    chunks.push(got);
    total += got.length;
  }
  sys.close(fd);
  const bytes = concatBytes(chunks).subarray(0, maxBytes);
  if (errno && total === 0) return { ...result, errno, error: strerror(errno) };
  return { ...result, text: decodeUtf8(bytes), bytes: bytes.length, truncated: total > maxBytes };
}
