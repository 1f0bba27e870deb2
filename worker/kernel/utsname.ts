// Models the release part of struct new_utsname (kernel/utsname_sysctl.c, uname(2)): what the booted
// profile calls itself, so user space can tell the user_events ABI it runs on, as real programs do.

import { kernelState } from './lib/kernel-state';

export interface UtsName {
  readonly sysname: string;
  readonly release: string;
  readonly machine: string;
}

const uts = kernelState(() => ({ release: '6.1.0' }));

/** Boot sets the profile's release. */
export function setUtsRelease(release: string): void {
  uts.release = release;
}

export function sysUname(): UtsName {
  return { sysname: 'Linux', release: uts.release, machine: 'x86_64' };
}
