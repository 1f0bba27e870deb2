// The model's virtual clock: nanoseconds since boot, moved only by system calls and sleeps, so the
// same session produces the same timestamps on every run. Wall-clock time is a fixed boot moment
// (the day the RFC v2 series was posted) plus the time since boot.

import { kernelState } from './kernel-state';

/** Clock at the first system call after boot: 5 s, as if a login had just finished. */
export const BOOT_CLOCK_NS = 5_000_000_000;
/** What one system call costs on the virtual clock. */
export const SYSCALL_NS = 1_000;
/** 2022-07-28 09:00:00 UTC, in seconds since the epoch. */
export const BOOT_EPOCH_SECONDS = 1_658_998_800;

const clock = kernelState(() => ({ ns: BOOT_CLOCK_NS }));

export function ktimeNs(): number {
  return clock.ns;
}

/** Moves the clock forward: by one system call's cost, or by a chosen amount (`sleep`). */
export function advanceClock(ns = SYSCALL_NS): void {
  clock.ns += ns;
}

/** Wall-clock seconds since the epoch now. */
export function wallSeconds(): number {
  return BOOT_EPOCH_SECONDS + Math.floor(clock.ns / 1e9);
}
