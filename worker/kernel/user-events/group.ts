// Models struct user_event_group (RFC v2 4/7): the root group and one group per tracing
// namespace, each with its own events, status page, bitmap of used status bits and limit.

import type { Dentry } from '../fs/dentry';
import { kernelState } from '../lib/kernel-state';
import type { UserEvent } from './user-event';

export const MAX_PAGE = 4096;
/** Status bits available in one page; bit 0 is never handed out. */
export const MAX_BITS = MAX_PAGE * 8;
export const USER_EVENTS_SYSTEM = 'user_events';
export const DEFAULT_LIMIT = 32767;

export interface UserEventGroup {
  /** The namespace id, 0 for the root group. */
  readonly id: number;
  readonly systemName: string;
  readonly events: Map<string, UserEvent>;
  /** The status page user space maps: bit b set while event b has a consumer. */
  readonly page: Uint8Array;
  readonly usedBits: Uint8Array;
  limit: number;
  /** Open user_events_data/user_events_status descriptors (a mapping keeps its file open). */
  openFiles: number;
  readonly files: Dentry[];
}

const groups = kernelState(() => ({ byId: new Map<number, UserEventGroup>() }));

export function createGroup(id: number, systemName: string): UserEventGroup {
  const usedBits = new Uint8Array(MAX_PAGE);
  usedBits[0] = 1;
  const group: UserEventGroup = {
    id,
    systemName,
    events: new Map(),
    page: new Uint8Array(MAX_PAGE),
    usedBits,
    limit: DEFAULT_LIMIT,
    openFiles: 0,
    files: [],
  };
  groups.byId.set(id, group);
  return group;
}

export function findGroup(id: number): UserEventGroup | null {
  return groups.byId.get(id) ?? null;
}

export function destroyGroup(group: UserEventGroup): void {
  groups.byId.delete(group.id);
}

/** The lowest free status bit in 1 … min(limit, 32767), or -1. */
export function findFreeBit(group: UserEventGroup): number {
  const max = Math.min(group.limit, MAX_BITS - 1);
  for (let bit = 1; bit <= max; bit++) {
    if (!(group.usedBits[bit >> 3] & (1 << (bit & 7)))) return bit;
  }
  return -1;
}

export function takeBit(group: UserEventGroup, bit: number): void {
  group.usedBits[bit >> 3] |= 1 << (bit & 7);
}

export function freeBit(group: UserEventGroup, bit: number): void {
  group.usedBits[bit >> 3] &= ~(1 << (bit & 7));
  group.page[bit >> 3] &= ~(1 << (bit & 7));
}

export function setStatusBit(group: UserEventGroup, bit: number, on: boolean): void {
  if (on) group.page[bit >> 3] |= 1 << (bit & 7);
  else group.page[bit >> 3] &= ~(1 << (bit & 7));
}
