// Which kernel explain describes. User space learns it as any program would, from uname(2): a
// release of 6.4 or later has the upstream user_events of Linux 6.12 (enable bits in each
// process's memory, no tracing namespaces), anything older the tracing-namespaces RFC v2 on the
// status-page ABI. The rule is the one `uevent` uses to pick its ABI (uevent.ts, abiOf).

import type { Syscalls } from '../../kernel/syscall-table';

export type ExplainKernel = 'rfc-v2' | 'linux-6.12';

export function explainKernel(sys: Syscalls): ExplainKernel {
  const m = /^(\d+)\.(\d+)/.exec(sys.uname().release);
  const [major, minor] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  return major > 6 || (major === 6 && minor >= 4) ? 'linux-6.12' : 'rfc-v2';
}
