// The worker's entry point and its only Comlink.expose: one Playground answering the page. Every
// call is guarded (createApi): an exception inside the kernel or the shell comes back as a
// `crash` reply, and the page offers to restart. Errors outside any call (a failed import, an
// unhandled rejection) reach the page as the worker's `error` event. The shell's interpreter, the
// programs of /usr/bin and the linux-6.12 profile's user_events are chunks of their own, loaded
// once the first boot has answered and awaited by every other call, so the kernel boots and the
// first prompt shows without them. The kernel boots at once, before the page asks (createApi's
// preBoot), and says so to the page at once (a PreBootNotice, outside Comlink), unless the page
// started this worker for a share link (its name says so, vite.config.ts): a replay needs the
// loaded chunks, not that boot, so they load at once instead.
// NOTE: the worker's name, not its address: the chunks it loads import this entry by its plain
// address, and an address with a fragment would make that a second instance of every module.
import * as Comlink from 'comlink';
import { createApi, Playground } from './session';
import { installPrograms } from './user/program-table';
import { installInterpreter } from './user/shell/interpreter';
import { installUpstreamUserEvents } from './kernel/user-events/loadable';
import { LINK_WORKER_NAME, type PreBootNotice, type Reply, type SessionInfo } from './protocol';

let programs: Promise<unknown> | null = null;
const loadPrograms = () =>
  (programs ??= Promise.all([
    import('./user/shell/interpreter-code').then((m) => installInterpreter(m.INTERPRETER)),
    import('./user/coreutils/index').then((table) => installPrograms(table.PROGRAMS)),
    import('./kernel/user-events/upstream/index').then((m) =>
      installUpstreamUserEvents(m.UPSTREAM_USER_EVENTS),
    ),
  ]));
const forLink = self.name === LINK_WORKER_NAME;
if (forLink) void loadPrograms();

const announce = (preBooted: Reply<SessionInfo>) => self.postMessage({ preBooted } satisfies PreBootNotice);
Comlink.expose(createApi(new Playground(), loadPrograms, !forLink, announce));
