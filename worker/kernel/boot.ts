// Boots the model: the root file system, tracefs mounted at /sys/kernel/tracing, the tracing core,
// the namespace registry and user_events registered with it, procfs at /proc. The only module that
// wires subsystems together. Every boot gets a fresh world of kernel state (lib/kernel-state), so two
// boots behave identically and several booted kernels can be used side by side.

import { attachMount, newMountNamespace, type MountNamespace } from './fs/mount';
import type { Path } from './fs/namei';
import { ramfsCreate, ramfsMkdir } from './fs/ramfs';
import type { Dentry } from './fs/dentry';
import { createWorld, enterWorld } from './lib/kernel-state';
import { TaskTable } from './sched/tasks';
import { bindSyscalls, type Syscalls } from './syscall-table';
import { encodeUtf8 } from './lib/utf8';
import { tracefsRoot } from './tracefs/tracefs';
import { trace } from './trace/trace-event';
import { createNamespacesDir } from './trace/trace-namespace';
import { BOOT_PAGES, defaultOptions, newTraceArray } from './trace/trace-array';
import { createTraceFiles } from './trace/trace-files';
import { createEventsDir } from './trace/events-dir';
import { createInstancesDir } from './trace/instances';
import { userEventsInit } from './user-events/init';
import { userEventsFaults } from './user-events/namespace-ops';
import { registerTestSystem, type TestSystem, type TestSystemConfig } from './debug/test-system';
import {
  namespaceCallLog,
  namespaceShows,
  namespaceSystemNames,
  namespaces as traceNamespaces,
} from './trace/trace-namespace';
import type { Result } from './lib/errno';
import type { Disposable } from './lib/disposable';
import { createNullDevice } from './null';
import { createTty, type Tty } from './tty';
import { O_RDWR } from './fs/file';
import { SIGQUIT, SIGTERM } from './sched/signal';
import { procfsCreate } from './proc/root';
import { DEFAULT_PROFILE, profileInfo, type KernelProfile } from './profile';
import { setUtsRelease } from './utsname';
import { upstreamUserEvents } from './user-events/loadable';

export const TRACEFS_PATH = '/sys/kernel/tracing';

export interface LoginOptions {
  uid?: number;
  gid?: number;
  groups?: number[];
  comm?: string;
  /** Working directory; the home directory is used when it cannot be entered. */
  cwd?: string;
  /** Where the session's terminal output goes; without it, output is discarded. */
  output?: (bytes: Uint8Array) => void;
}

export interface Session {
  readonly sys: Syscalls;
  readonly tty: Tty;
}

/** The tracefs root and the registrations boot made (user_events with the namespace registry ...). */
export interface Tracing {
  readonly root: Dentry;
  readonly registrations: Disposable[];
}

/**
 * tracer_init_tracefs() + trace_events_user_init(): the top-level trace array and its files,
 * events/, instances/, namespaces/ (RFC 2/7), then user_events registered with the registry.
 */
function initTracing(root: Dentry, options: BootOptions, profile: KernelProfile): Tracing {
  for (const [name, config] of options.systemsBeforeUserEvents ?? []) registerTestSystem(name, config);
  trace.linux612 = profile === 'linux-6.12';
  const top = newTraceArray('', root, BOOT_PAGES, defaultOptions());
  trace.arrays.push(top);
  createTraceFiles(top);
  createEventsDir(top);
  createInstancesDir(root);
  if (profile === 'linux-6.12') return { root, registrations: upstreamUserEvents().init(root) };
  createNamespacesDir(root);
  return { root, registrations: userEventsInit(root) };
}

export interface BootOptions {
  /** Which kernel to boot (profile.ts); rfc-v2 when left out. */
  profile?: KernelProfile;
  /** Simulator-only (Q17): test systems registered before user_events, so they come after it. */
  systemsBeforeUserEvents?: Array<[string, Partial<TestSystemConfig>]>;
}

/** NOT KERNEL FEATURES: the simulator's debug facility (Q17), for lessons and tests. */
export interface KernelDebug {
  registerNamespaceSystem(name: string, config?: Partial<TestSystemConfig>): Result<TestSystem>;
  /** The next user_events create(ns) fails with this errno. */
  failNextUserEventsCreate(errno: number): void;
  namespaceCallLog(): readonly string[];
  /** Every live namespace with its registry id and reference count (users never see either). */
  namespaceIds(): Array<{ name: string; id: number; refs: number }>;
  /** The registered namespace systems, in list order (the newest first). */
  namespaceSystems(): string[];
  /** Each system's part of a namespace's `options` text, in list order; null for no such namespace. */
  namespaceShows(name: string): Array<{ system: string; text: string }> | null;
  /**
   * linux-6.12: every enable bit the kernel keeps, per live task in pid order, newest first (the
   * kernel's user_event_mm lists, which no file shows); empty on rfc-v2.
   */
  userEventEnablers(): EnablerView[];
}

/** One registered enable bit: where in whose memory, for which event. */
export interface EnablerView {
  pid: number;
  comm: string;
  addr: number;
  bit: number;
  /** enable_size: 4 or 8 bytes. */
  size: number;
  /** The event's tracepoint name (NAME, or NAME.ID for a multi-format event). */
  event: string;
}

export interface Kernel {
  readonly profile: KernelProfile;
  readonly tasks: TaskTable;
  readonly initNs: MountNamespace;
  readonly tracing: Tracing;
  readonly debug: KernelDebug;
  /** Starts a session's first task (a login shell) and returns its system calls. */
  login(options?: LoginOptions): Session;
  /** The system calls of a live task. */
  sys(pid: number): Syscalls | null;
  /**
   * The same task's system calls for looking only: they do not move the virtual clock, so a page
   * that reads the tree between commands leaves every timestamp as the commands alone make it.
   */
  observe(pid: number): Syscalls | null;
}

/** The users of the machine: root and two unprivileged users with their own groups. */
const USERS: ReadonlyArray<{ name: string; uid: number; home: string }> = [
  { name: 'root', uid: 0, home: '/root' },
  { name: 'alice', uid: 1000, home: '/home/alice' },
  { name: 'bob', uid: 1001, home: '/home/bob' },
];
const PASSWD = USERS.map((u) => `${u.name}:x:${u.uid}:${u.uid}:${u.name}:${u.home}:/bin/bash\n`).join('');
/** Each user's own group, and as on a fresh Debian install group `sudo` (27), whose members may use sudo. */
const groupLine = (u: { name: string; uid: number }) => `${u.name}:x:${u.uid}:\n`;
const GROUP = [groupLine(USERS[0]), 'sudo:x:27:alice,bob\n', ...USERS.slice(1).map(groupLine)].join('');

function mkdirs(root: Dentry, path: string, mode = 0o755): Dentry {
  let cur = root;
  for (const part of path.split('/').filter(Boolean)) {
    cur = cur.children.get(part) ?? ramfsMkdir(cur, part, mode, 0, 0);
  }
  return cur;
}

function writeFile(dir: Dentry, name: string, text: string): void {
  ramfsCreate(dir, name, 0o644, 0, 0).inode.data = encodeUtf8(text);
}

export function boot(options: BootOptions = {}): Kernel {
  const world = createWorld();
  const enter = () => enterWorld(world);
  const inWorld =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      enterWorld(world);
      return fn(...args);
    };

  const rootDentry = ramfsMkdir(null, '', 0o755, 0, 0);
  const etc = mkdirs(rootDentry, 'etc');
  writeFile(etc, 'passwd', PASSWD);
  writeFile(etc, 'group', GROUP);
  writeFile(etc, 'hostname', 'playground\n');
  mkdirs(rootDentry, 'root', 0o700);
  const alice = mkdirs(rootDentry, 'home/alice');
  alice.inode.uid = 1000;
  alice.inode.gid = 1000;
  mkdirs(rootDentry, 'tmp', 0o777).inode.mode |= 0o1000;
  const pts = mkdirs(rootDentry, 'dev/pts');
  createNullDevice(pts.parent!);
  let nextTty = 0;
  const tracingPoint = mkdirs(rootDentry, 'sys/kernel/tracing');
  const debugPoint = mkdirs(rootDentry, 'sys/kernel/debug/tracing');

  const initNs = newMountNamespace(rootDentry, 'rootfs', 'rootfs');
  const traceRoot = tracefsRoot();
  const profile = options.profile ?? DEFAULT_PROFILE;
  setUtsRelease(profileInfo(profile).release);
  const tracing = initTracing(traceRoot, options, profile);
  attachMount(initNs, initNs.root, tracingPoint, traceRoot, 'tracefs', 'tracefs');
  attachMount(initNs, initNs.root, debugPoint, traceRoot, 'tracefs', 'tracefs');

  // NOTE: made after everything else so that the inode numbers of the rest stay as they were.
  for (const user of USERS.slice(2)) {
    const home = mkdirs(rootDentry, user.home.slice(1));
    home.inode.uid = user.uid;
    home.inode.gid = user.uid;
  }
  const procPoint = mkdirs(rootDentry, 'proc', 0o555);

  const tasks = new TaskTable();
  const namespaces = () => new Set([...tasks.tasks.values()].map((t) => t.mntNs).concat(initNs));
  attachMount(initNs, initNs.root, procPoint, procfsCreate({ tasks, namespaces }), 'proc', 'proc');
  const rootPath: Path = { mnt: initNs.root, dentry: rootDentry };

  return {
    profile,
    tasks,
    initNs,
    tracing,
    debug: {
      registerNamespaceSystem: inWorld((name: string, config?: Partial<TestSystemConfig>) =>
        registerTestSystem(name, config),
      ),
      failNextUserEventsCreate: inWorld((errno: number) => {
        userEventsFaults.nextCreate = errno;
      }),
      namespaceCallLog: inWorld(() => [...namespaceCallLog()]),
      namespaceIds: inWorld(() =>
        traceNamespaces().map((ns) => ({ name: ns.name, id: ns.id, refs: ns.refs })),
      ),
      namespaceSystems: inWorld(() => namespaceSystemNames()),
      namespaceShows: inWorld((name: string) => namespaceShows(name)),
      userEventEnablers: inWorld(() =>
        profile !== 'linux-6.12'
          ? []
          : [...tasks.tasks.values()]
              .sort((a, b) => a.pid - b.pid)
              .flatMap((t) =>
                upstreamUserEvents()
                  .enablers(t.mm)
                  .map((e) => ({ pid: t.pid, comm: t.comm, ...e })),
              ),
      ),
    },
    login: inWorld((options: LoginOptions = {}) => {
      const uid = options.uid ?? 0;
      const cred = { uid, gid: options.gid ?? uid, groups: options.groups ?? [] };
      const task = tasks.spawn(options.comm ?? 'bash', cred, rootPath, rootPath, initNs);
      const sys = bindSyscalls(task, tasks, namespaces, enter);
      const tty = createTty(pts, nextTty++, uid, cred.gid, options.output ?? (() => {}));
      // NOTE: login(1) starts the shell as `-bash` (a login shell), on its terminal, leading a session.
      task.cmdline = ['-' + task.comm];
      task.tty = tty.index;
      for (let fd = 0; fd < 3; fd++) sys.open(`/dev/pts/${tty.index}`, O_RDWR);
      // NOTE: the login shell is an interactive bash, which ignores SIGTERM and SIGQUIT (sig.c);
      // setting that here, not through signal(), keeps a login from moving the clock.
      task.sigIgnored.add(SIGTERM);
      task.sigIgnored.add(SIGQUIT);
      const home = USERS.find((u) => u.uid === uid)?.home ?? '/';
      if (!options.cwd || sys.chdir(options.cwd) < 0) sys.chdir(home);
      return { sys, tty };
    }),
    sys(pid: number) {
      const task = tasks.get(pid);
      return task ? bindSyscalls(task, tasks, namespaces, enter) : null;
    },
    observe(pid: number) {
      const task = tasks.get(pid);
      return task ? bindSyscalls(task, tasks, namespaces, enter, true) : null;
    },
  };
}
