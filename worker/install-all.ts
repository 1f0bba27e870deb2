// For the entry points that run outside the page's worker (the headless runner, the benchmarks,
// the tests and their recorders): installs at once what the worker loads in chunks of its own, the
// shell's interpreter (user/shell/interpreter.ts), the programs of /usr/bin (user/program-table.ts)
// and the linux-6.12 profile's user_events (kernel/user-events/loadable.ts).

import { PROGRAMS } from './user/coreutils/index';
import { installPrograms } from './user/program-table';
import { installInterpreter } from './user/shell/interpreter';
import { INTERPRETER } from './user/shell/interpreter-code';
import { installUpstreamUserEvents } from './kernel/user-events/loadable';
import { UPSTREAM_USER_EVENTS } from './kernel/user-events/upstream/index';

export function installAll(): void {
  installInterpreter(INTERPRETER);
  installPrograms(PROGRAMS);
  installUpstreamUserEvents(UPSTREAM_USER_EVENTS);
}
