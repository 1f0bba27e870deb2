// The linux-6.12 inspectors' reading of a snapshot: the enable bits grouped by process (pid order,
// each process's bits by word address, then bit), a bit's value as a word (never a colour alone),
// and who records an event, as `user_events_status` says it.
import type { EnablerInfo, StatusBit } from '../../worker/protocol';

/** One process's registered enable bits. */
export interface EnablerProcess {
  pid: number;
  comm: string;
  bits: EnablerInfo[];
}

export type BitValue = 'set' | 'clear' | 'unreadable';

/** The enable bits by process, in pid order; within one, by word address and then bit. */
export function byProcess(enablers: readonly EnablerInfo[]): EnablerProcess[] {
  const processes = new Map<number, EnablerProcess>();
  for (const enabler of enablers) {
    const process = processes.get(enabler.pid);
    if (process) process.bits.push(enabler);
    else processes.set(enabler.pid, { pid: enabler.pid, comm: enabler.comm, bits: [enabler] });
  }
  const ordered = [...processes.values()].sort((a, b) => a.pid - b.pid);
  for (const process of ordered) {
    process.bits.sort((a, b) => compareAddr(a.addr, b.addr) || a.bit - b.bit);
  }
  return ordered;
}

/** Two `0x…` addresses in numeric order (they may exceed 2^53, so compared as BigInt). */
function compareAddr(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function bitValue(set: boolean | null): BitValue {
  if (set === null) return 'unreadable';
  return set ? 'set' : 'clear';
}

/** Who records an event (`ftrace`, `perf` ...), or that nobody does. */
export function recordedBy(bit: Pick<StatusBit, 'users'>): string {
  return bit.users.length ? bit.users.join(', ') : 'nobody';
}
