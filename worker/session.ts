// Terminal sessions over one booted kernel: each is a login task with its tty and an interactive
// shell, plus the read-only looks the page takes at the kernel (tree, file view, Tab completion,
// the inspectors of session-inspect.ts), all made through that login task's own system calls, as
// `ls` in the shell would.
// Output is collected per session and handed back with each step. No worker globals, so the same
// code runs in the browser worker and in Node tests. NOTE: the looks are quiet system calls of
// the same task (Kernel.observe): they never move the virtual clock, so what the page looks at
// does not change the timestamps a session records.

import { boot, TRACEFS_PATH, type Kernel } from './kernel/boot';
import type { Syscalls } from './kernel/syscall-table';
import type { Tty } from './kernel/tty';
import { decodeUtf8, encodeUtf8 } from './kernel/lib/utf8';
import { EISDIR, strerror } from './kernel/lib/errno';
import { O_NONBLOCK, O_RDONLY } from './kernel/syscalls';
import { Shell } from './user/shell/shell';
import { BUILTINS } from './user/shell/builtins';
import { PROGRAMS } from './user/coreutils/index';
import { concatBytes } from './user/process';
import { listDirs, nodeKind } from './session-tree';
import { completeLine } from './session-complete';
import { Inspector } from './session-inspect';
import type {
  Completion,
  FileContents,
  InspectSnapshot,
  PlaygroundApi,
  Reply,
  SessionInfo,
  TerminalStep,
  TraceSnapshot,
  TreeSnapshot,
} from './protocol';

export const BANNER =
  'tracefs playground: a model of Linux tracefs with tracing namespaces (RFC v2) and user_events.\n' +
  "Type 'help' for the commands, 'ls' to look around.\n";

/** Files the file view does not open: reading them consumes entries or frees the buffer. */
const CONSUMING = new Set(['trace_pipe', 'trace_pipe_raw', 'free_buffer']);

/** Every command the shell knows: its builtins and the programs in /usr/bin. */
export const COMMANDS: readonly string[] = [...new Set([...Object.keys(BUILTINS), ...Object.keys(PROGRAMS)])]
  .filter((name) => /^[a-z]/.test(name))
  .sort();

interface Session {
  shell: Shell;
  sys: Syscalls;
  /** The login task's quiet system calls: the inspectors look at the host's tracefs through them. */
  look: Syscalls;
  /** The foreground shell's quiet calls (it changes with `su` and `container exec`), and its pid. */
  view: { pid: number; sys: Syscalls } | null;
  tty: Tty;
  readonly out: Uint8Array[];
  /** Watched directory -> the signature of its last listing. */
  watched: Map<string, string>;
  treeVersion: number;
  /** The inspectors' look, made on the page's first `inspect` or `traceRows`. */
  inspector: Inspector | null;
}

export class Playground {
  private kernel: Kernel | null = null;
  private readonly sessions = new Map<number, Session>();
  private nextId = 1;

  /** `bootKernel` boots each kernel (tests pass one with debug systems registered). */
  constructor(private readonly bootKernel: () => Kernel = () => boot()) {}

  boot(): Reply<SessionInfo> {
    this.kernel = this.bootKernel();
    this.sessions.clear();
    this.nextId = 1;
    return this.open(0);
  }

  /** Opens a terminal for `uid` in the tracefs directory (or its home if it may not enter it). */
  open(uid: number): Reply<SessionInfo> {
    const id = this.nextId++;
    const s: Session = { ...this.login(uid), watched: new Map(), treeVersion: 0, inspector: null };
    this.sessions.set(id, s);
    const cwd = this.view(s).getcwd();
    const greeting = BANNER + this.drain(s);
    return ok({
      id,
      greeting,
      prompt: s.shell.prompt(),
      cwd,
      treeVersion: 0,
      inspectVersion: 0,
      traceVersion: 0,
    });
  }

  /** A line for the shell, or, while a command is blocked, typed input for the terminal it reads. */
  input(id: number, line: string): Reply<TerminalStep> {
    return this.run(id, (s) => {
      if (!s.shell.busy) return s.shell.input(line).state;
      s.tty.input(encodeUtf8(line + '\n'));
      return s.shell.resume().state;
    });
  }

  interrupt(id: number): Reply<TerminalStep> {
    return this.run(id, (s) => s.shell.interrupt().state);
  }

  resume(id: number): Reply<TerminalStep> {
    return this.run(id, (s) => s.shell.resume().state);
  }

  /** Ctrl-D: end of input for a blocked command's terminal, or for a line that continues. */
  endOfInput(id: number): Reply<TerminalStep> {
    return this.run(id, (s) => {
      if (!s.shell.busy) return s.shell.endOfInput().state;
      s.tty.hangup();
      return s.shell.resume().state;
    });
  }

  complete(id: number, line: string, cursor: number): Reply<Completion> {
    const s = this.sessions.get(id);
    return s ? ok(completeLine(this.view(s), COMMANDS, line, cursor)) : missing();
  }

  tree(id: number, paths: string[], watch: string[]): Reply<TreeSnapshot> {
    const s = this.sessions.get(id);
    if (!s) return missing();
    const dirs = listDirs(this.view(s), paths);
    const known = new Map(dirs.map((d) => [d.path, JSON.stringify(d)]));
    const next = new Map<string, string>();
    for (const path of watch) next.set(path, known.get(path) ?? s.watched.get(path) ?? '');
    const unknown = [...next].filter(([, sig]) => sig === '').map(([path]) => path);
    for (const d of listDirs(this.view(s), unknown)) next.set(d.path, JSON.stringify(d));
    s.watched = next;
    return ok({ treeVersion: s.treeVersion, cwd: this.view(s).getcwd(), dirs });
  }

  readFile(id: number, path: string, maxBytes: number): Reply<FileContents> {
    const s = this.sessions.get(id);
    return s ? ok(readFile(this.view(s), path, maxBytes)) : missing();
  }

  inspect(id: number): Reply<InspectSnapshot> {
    const s = this.sessions.get(id);
    return s ? ok(this.inspectorOf(s).snapshot()) : missing();
  }

  traceRows(id: number, sinceSeq: number, max: number): Reply<TraceSnapshot> {
    const s = this.sessions.get(id);
    return s ? ok(this.inspectorOf(s).trace.rows(sinceSeq, max)) : missing();
  }

  private inspectorOf(s: Session): Inspector {
    if (!this.kernel) this.kernel = this.bootKernel();
    return (s.inspector ??= new Inspector(this.kernel, () => s.look));
  }

  /**
   * The tree, file view and completion see what the foreground shell sees: the login shell, or a
   * shell started by `su` or `container exec` (its own mount namespace), through quiet calls.
   */
  private view(s: Session): Syscalls {
    const fg = s.shell.sys;
    if (s.view?.pid !== fg.pid) s.view = { pid: fg.pid, sys: this.kernel?.observe(fg.pid) ?? fg };
    return s.view.sys;
  }

  private login(uid: number): Pick<Session, 'shell' | 'sys' | 'look' | 'view' | 'tty' | 'out'> {
    if (!this.kernel) this.kernel = this.bootKernel();
    const out: Uint8Array[] = [];
    const { sys, tty } = this.kernel.login({ uid, cwd: TRACEFS_PATH, output: (b) => out.push(b) });
    const look = this.kernel.observe(sys.pid) ?? sys;
    return { shell: new Shell(sys), sys, look, view: null, tty, out };
  }

  /** One step of a session, then the blocked shells of the others, then the watched directories. */
  private run(id: number, step: (s: Session) => TerminalStep['state']): Reply<TerminalStep> {
    const s = this.sessions.get(id);
    if (!s) return missing();
    const state = step(s);
    let output = '';
    if (s.shell.exitStatus !== null) {
      // NOTE: `exit` ends the login task (closing its descriptors); a new login shell takes the terminal.
      output = this.drain(s);
      s.sys.exit();
      Object.assign(s, this.login(s.sys.getuid()));
    }
    for (const [other, o] of this.sessions) if (other !== id && o.shell.busy) o.shell.resume();
    this.checkWatched();
    for (const o of this.sessions.values()) o.inspector?.check();
    const blocked = state === 'blocked' && s.shell.busy;
    return ok({
      output: output + this.drain(s),
      state: blocked ? 'blocked' : s.shell.continuing ? 'more' : 'done',
      status: s.shell.status,
      prompt: blocked ? '' : s.shell.prompt(),
      cwd: this.view(s).getcwd(),
      treeVersion: s.treeVersion,
      inspectVersion: s.inspector?.version ?? 0,
      traceVersion: s.inspector?.trace.version ?? 0,
    });
  }

  /** Re-lists every watched directory of every session; a difference bumps that session's version. */
  private checkWatched(): void {
    for (const s of this.sessions.values()) {
      let changed = false;
      for (const d of listDirs(this.view(s), [...s.watched.keys()])) {
        const sig = JSON.stringify(d);
        if (s.watched.get(d.path) !== sig) changed = true;
        s.watched.set(d.path, sig);
      }
      if (changed) s.treeVersion++;
    }
  }

  private drain(s: Session): string {
    const text = decodeUtf8(concatBytes(s.out));
    s.out.length = 0;
    return text;
  }
}

function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}

function missing<T>(): Reply<T> {
  return { ok: false, error: { kind: 'no-session', message: 'no such terminal (restart the playground)' } };
}

/** Reads at most `maxBytes` without blocking; never opens a file whose read changes the kernel. */
export function readFile(sys: Syscalls, path: string, maxBytes: number): FileContents {
  const result: FileContents = { path, text: '', bytes: 0, truncated: false };
  const name = path.slice(path.lastIndexOf('/') + 1);
  const st = sys.stat(path);
  if (!st.ok) return { ...result, errno: Math.abs(st.err), error: strerror(Math.abs(st.err)) };
  const kind = nodeKind(st.value.mode);
  if (kind === 'dir') return { ...result, errno: EISDIR, error: strerror(EISDIR) };
  if (kind !== 'file') return { ...result, refused: 'reading a device or pipe would wait for input' };
  if (CONSUMING.has(name)) {
    return { ...result, refused: `reading ${name} changes the kernel (use cat in the terminal)` };
  }
  const fd = sys.open(path, O_RDONLY | O_NONBLOCK);
  if (fd < 0) return { ...result, errno: -fd, error: strerror(-fd) };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let errno = 0;
  while (total <= maxBytes) {
    const got = sys.read(fd, Math.min(65536, maxBytes + 1 - total));
    if (typeof got === 'number') errno = got < 0 ? -got : 0;
    if (typeof got === 'number' || got.length === 0) break;
    chunks.push(got);
    total += got.length;
  }
  sys.close(fd);
  const bytes = concatBytes(chunks).subarray(0, maxBytes);
  if (errno && total === 0) return { ...result, errno, error: strerror(errno) };
  return { ...result, text: decodeUtf8(bytes), bytes: bytes.length, truncated: total > maxBytes };
}

/** The worker's API over one Playground: every call answers, and an exception becomes data. */
export function createApi(playground: Playground): PlaygroundApi {
  const guard =
    <A extends unknown[], T>(fn: (...args: A) => Reply<T>) =>
    async (...args: A): Promise<Reply<T>> => {
      try {
        return fn(...args);
      } catch (e) {
        const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        return { ok: false, error: { kind: 'crash', message } };
      }
    };
  return {
    boot: guard(() => playground.boot()),
    input: guard((id: number, line: string) => playground.input(id, line)),
    interrupt: guard((id: number) => playground.interrupt(id)),
    resume: guard((id: number) => playground.resume(id)),
    endOfInput: guard((id: number) => playground.endOfInput(id)),
    complete: guard((id: number, line: string, cursor: number) => playground.complete(id, line, cursor)),
    tree: guard((id: number, paths: string[], watch: string[]) => playground.tree(id, paths, watch)),
    readFile: guard((id: number, path: string, max: number) => playground.readFile(id, path, max)),
    inspect: guard((id: number) => playground.inspect(id)),
    traceRows: guard((id: number, since: number, max: number) => playground.traceRows(id, since, max)),
  };
}
