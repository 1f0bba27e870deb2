// Models trace_events_user_init() of Linux 6.12 (kernel/trace/trace_events_user.c): one group for
// the whole machine, `user_events_data` (0640) and `user_events_status` (0440, text only) at the
// top of tracefs, the `u:` dynamic events, the kernel.user_events_max sysctl, and the fork, exec
// and exit hooks that keep the enable bits of each process.

import type { Dentry } from '../../fs/dentry';
import type { Disposable } from '../../lib/disposable';
import { registerKernelSysctl } from '../../lib/sysctl';
import { tracefsCreateFile } from '../../tracefs/tracefs';
import { registerDynEventOps } from '../../trace/trace-dynevent';
import { upstreamDataFops } from './data-file';
import { registerEnablerHooks } from './enabler';
import { group } from './event';
import { upstreamDynOps } from './ops';
import { upstreamStatusFops } from './status';

export function upstreamUserEventsInit(root: Dentry): Disposable[] {
  tracefsCreateFile('user_events_data', 0o640, root, null, upstreamDataFops);
  tracefsCreateFile('user_events_status', 0o440, root, null, upstreamStatusFops);
  return [
    registerDynEventOps(upstreamDynOps),
    registerKernelSysctl({
      name: 'user_events_max',
      get: () => group.max,
      set: (value) => {
        group.max = value;
      },
    }),
    registerEnablerHooks(),
  ];
}
