// Models the enable bits of Linux 6.12 user_events (struct user_event_mm and struct
// user_event_enabler of kernel/trace/trace_events_user.c): each registration names a bit of a word
// in the registering process's memory; the kernel sets it while the event is recorded somewhere and
// clears it otherwise, writing into every process that registered the event. A fork copies the
// enablers (user_event_mm_dup), exec and exit drop them (user_event_mm_remove), and each enabler
// holds a reference on its event, so the last one to go may delete a non-persistent event.
// Simplified: the kernel's writes never fault asynchronously; an unmapped word fails at once.

import { EFAULT, ENOENT, ENOMEM } from '../../lib/errno';
import { kernelState } from '../../lib/kernel-state';
import type { Disposable } from '../../lib/disposable';
import { mmUpdateBit, registerMmHooks, type MmStruct } from '../../mm/mm';
import { eventGet, eventPut, EVENT_STATUS_FTRACE, type UpstreamEvent } from './event';

const ATTACHED = 'user_events';

export interface Enabler {
  readonly event: UpstreamEvent;
  readonly addr: number;
  readonly bit: number;
  /** enable_size: 4 or 8 bytes. */
  readonly size: number;
}

/** Every mm with enablers (the kernel's user_event_mms list). */
const state = kernelState(() => ({ mms: new Set<MmStruct>() }));

/** The enablers of an mm, newest first (list_add); empty for an mm that never registered. */
export function enablersOf(mm: MmStruct): Enabler[] {
  return (mm.attached.get(ATTACHED) as Enabler[] | undefined) ?? [];
}

function setEnablers(mm: MmStruct, list: Enabler[]): void {
  if (list.length === 0) {
    mm.attached.delete(ATTACHED);
    state.mms.delete(mm);
  } else {
    mm.attached.set(ATTACHED, list);
    state.mms.add(mm);
  }
}

/** user_event_enabler_write(): 0, or -EFAULT when the word is not mapped. */
function writeBit(mm: MmStruct, e: { addr: number; bit: number; size: number }, on: boolean): number {
  return mmUpdateBit(mm, e.addr, e.size, e.bit, on);
}

/** user_event_enabler_exists(): the address and bit are already registered in this mm. */
export function enablerExists(mm: MmStruct, addr: number, bit: number): boolean {
  return enablersOf(mm).some((e) => e.addr === addr && e.bit === bit);
}

/**
 * user_event_enabler_create(): the event's state is written to the word at once; only if that works
 * is the enabler kept (with a reference on the event). -ENOMEM when the word is not mapped, as the
 * kernel reports the fault it could not resolve.
 */
export function enablerCreate(
  mm: MmStruct,
  ev: UpstreamEvent,
  addr: number,
  bit: number,
  size: number,
): number {
  const e: Enabler = { event: ev, addr, bit, size };
  if (writeBit(mm, e, ev.status !== 0) === -EFAULT) return -ENOMEM;
  eventGet(ev);
  setEnablers(mm, [e, ...enablersOf(mm)]);
  return 0;
}

/**
 * user_events_ioctl_unreg(): drops every enabler of this address and bit and clears the bit,
 * whatever the event's state; -ENOENT when there was none.
 */
export function enablerUnregister(mm: MmStruct, addr: number, bit: number): number {
  const list = enablersOf(mm);
  const gone = list.filter((e) => e.addr === addr && e.bit === bit);
  if (gone.length === 0) return -ENOENT;
  setEnablers(
    mm,
    list.filter((e) => !gone.includes(e)),
  );
  for (const e of gone) eventPut(e.event);
  return writeBit(mm, gone[0], false) === -EFAULT ? -EFAULT : 0;
}

/** update_enable_bit_for(): the new status, written to every enable bit of the event. */
export function updateStatus(ev: UpstreamEvent, recorded: boolean): void {
  ev.status = recorded ? EVENT_STATUS_FTRACE : 0;
  for (const mm of state.mms) {
    for (const e of enablersOf(mm)) if (e.event === ev) writeBit(mm, e, ev.status !== 0);
  }
}

/** Registers the fork, exec and exit hooks. */
export function registerEnablerHooks(): Disposable {
  return registerMmHooks({
    dup(parent, child) {
      const list = enablersOf(parent);
      if (list.length === 0) return;
      setEnablers(
        child,
        list.map((e) => ({ ...e, event: eventGet(e.event) })),
      );
    },
    release(mm) {
      const list = enablersOf(mm);
      setEnablers(mm, []);
      for (const e of list) eventPut(e.event);
    },
  });
}
