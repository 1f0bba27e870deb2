// The head of user_events_write_core(), the same in both eras: the write starts with a 4-byte
// write index (EFAULT when the write is shorter), which must name an event this descriptor
// registered (EINVAL when negative, ENOENT past the end).

import { EFAULT, EINVAL, ENOENT } from '../lib/errno';
import { iovS32 } from '../fs/file';

/** The event a write's index names among `events`, or a negative errno. */
export function indexedEvent<T>(iov: readonly Uint8Array[], count: number, events: readonly T[]): T | number {
  if (count < 4) return -EFAULT;
  const index = iovS32(iov, 0);
  if (index < 0) return -EINVAL;
  if (index >= events.length) return -ENOENT;
  return events[index];
}
