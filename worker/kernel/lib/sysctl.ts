// Models register_sysctl_init() and proc_douintvec() (kernel/sysctl.c) as far as the model has
// sysctls: a subsystem registers an unsigned int under /proc/sys/kernel at boot, and procfs lists
// it beside pid_max. A write takes its first number (base 0: decimal, 0x hex or 0 octal) after
// optional white space; the number must end the text or be followed by a space, tab or newline
// (whatever comes after is ignored); anything else, a negative number or one past 2^32 - 1 is EINVAL.

import { EINVAL } from './errno';
import type { Disposable } from './disposable';
import { kernelState } from './kernel-state';
import { decodeUtf8 } from './utf8';

export interface UintSysctl {
  readonly name: string;
  get(): number;
  set(value: number): void;
}

const table = kernelState(() => ({ kernel: [] as UintSysctl[] }));

/** Registers `kernel.NAME`; procfs made after this shows it. */
export function registerKernelSysctl(entry: UintSysctl): Disposable {
  table.kernel = [...table.kernel, entry];
  return {
    dispose() {
      table.kernel = table.kernel.filter((e) => e !== entry);
    },
  };
}

export function kernelSysctls(): readonly UintSysctl[] {
  return table.kernel;
}

/** proc_douintvec() of a write: the value, or -EINVAL. */
export function parseUintWrite(data: Uint8Array): number {
  const text = decodeUtf8(data);
  const m = /^[ \t\n\v\f\r]*(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)(?:[ \t\n][\s\S]*)?$/.exec(text);
  if (!m) return -EINVAL;
  const value = Number(
    m[1].startsWith('0x') || m[1].startsWith('0X')
      ? m[1]
      : m[1].length > 1 && m[1][0] === '0'
        ? parseInt(m[1], 8)
        : m[1],
  );
  if (!Number.isSafeInteger(value) || value > 0xffffffff) return -EINVAL;
  return value;
}
