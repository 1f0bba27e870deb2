// The contract between the page and the worker: types and the worker's names, plain data both ways. The worker
// exposes one PlaygroundApi (worker/main.ts); the page wraps it once (src/kernel-client.ts).
// Calls are coarse (one per typed line, one per tree refresh) and never throw: every answer is a
// Reply, and a failure inside the worker (an exception, a broken invariant) comes back as data.
// The inspectors' snapshots are in protocol-inspect.ts, re-exported here.

import type { KernelProfile } from './kernel/profile';
import type { InspectSnapshot, TraceSnapshot } from './protocol-inspect';

/**
 * The kernels the playground boots (worker/kernel/profile.ts): `rfc-v2`, the tracing-namespaces
 * RFC v2 on the user_events ABI of Linux 6.0–6.3, and `linux-6.12`, upstream Linux 6.12.
 */
export type { KernelProfile } from './kernel/profile';

/**
 * Why a call produced no answer: the worker failed (restart it), the session is gone, or the call
 * asked for something this playground does not have (an unknown kernel profile): nothing changed.
 */
export interface WorkerError {
  kind: 'crash' | 'no-session' | 'refused';
  message: string;
}

/**
 * The kernel worker's name (`new Worker(url, { name })`): the one the page starts for an address
 * holding a share link tells it that the session will be a replay (worker/main.ts).
 */
export const KERNEL_WORKER_NAME = 'kernel';
export const LINK_WORKER_NAME = 'kernel-for-link';

/**
 * What the kernel worker posts of itself, outside Comlink and before any reply, when it has booted
 * before the page asked (worker/session-api.ts): the answer its first `boot` call gives. The page's main thread may be
 * busy for a while, and a message it posts meanwhile reaches the worker only once it is free; the
 * worker's own message is there when it is.
 */
export interface PreBootNotice {
  preBooted: Reply<SessionInfo>;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: WorkerError };

/** Where a terminal's shell stands after a call. */
/**
 * `running`: a command has run its slice (a long loop) and goes on when the page calls `resume`;
 * Ctrl-C (`interrupt`) ends it.
 */
export type ShellState = 'done' | 'blocked' | 'more' | 'running';

export interface TerminalStep {
  /** Everything the session's processes wrote to the terminal since the last call (may hold NULs). */
  output: string;
  state: ShellState;
  /** Exit status of the last finished command. */
  status: number;
  /** The prompt to show next (`> ` while a line continues); empty while a command is blocked. */
  prompt: string;
  /** The shell's working directory. */
  cwd: string;
  /**
   * Bumped when a directory the page watches (see `tree`) changed during this call: the page
   * refreshes its tree once per step, whatever the command did.
   */
  treeVersion: number;
  /** Bumped when what `inspect` shows changed during this call (once the page has asked for it). */
  inspectVersion: number;
  /** Bumped when the trace buffer (or how its entries decode) changed: the page asks `traceRows`. */
  traceVersion: number;
  /** The session log's step this call recorded (its index in `SessionLog.steps`). */
  step: number;
  /**
   * What other terminals got meanwhile (their background jobs ran, or their blocked command went
   * on): output to show there, where its shell now stands, and its prompt if one is now due.
   */
  elsewhere: { id: number; output: string; state: ShellState; prompt: string }[];
}

export interface SessionInfo {
  /** The terminal: numbered from 1 in the order terminals were opened since boot. */
  id: number;
  /** The kernel the machine booted. */
  profile: KernelProfile;
  /** Output printed at login (the banner). */
  greeting: string;
  prompt: string;
  cwd: string;
  treeVersion: number;
  inspectVersion: number;
  traceVersion: number;
}

/** What Tab offers: replace `line.slice(start, end)` by `replacement`; `candidates` when ambiguous. */
export interface Completion {
  start: number;
  end: number;
  replacement: string;
  /** Every match (as listed by bash on a second Tab), sorted; empty when there is none. */
  candidates: string[];
}

export type NodeKind = 'dir' | 'file' | 'char' | 'fifo' | 'other';

/**
 * Marks on a tree node: a tracing namespace directory (`namespaces/NAME`), its `root/` (the
 * directory meant to be bind-mounted into containers), a mount point, and a namespace that is
 * busy (its rmdir would fail with EBUSY, as far as the shell's own state shows it).
 */
export type NodeMark = 'namespace' | 'namespace-root' | 'mount' | 'busy';

export interface TreeNode {
  name: string;
  /** Absolute path, as the shell's process sees it. */
  path: string;
  kind: NodeKind;
  /** st_mode, type bits included. */
  mode: number;
  /** `ls -l` style, e.g. `drwxr-x---`. */
  modeText: string;
  owner: string;
  group: string;
  nlink: number;
  size: number;
  marks: NodeMark[];
  /** Why a node is marked busy, or what is mounted on a mount point. */
  note?: string;
}

/** One directory's children, or why they cannot be listed (errors as data). */
export interface DirListing {
  path: string;
  entries: TreeNode[] | null;
  errno?: number;
  error?: string;
}

export interface TreeSnapshot {
  treeVersion: number;
  cwd: string;
  dirs: DirListing[];
}

export interface FileContents {
  path: string;
  /** The bytes read, as UTF-8 text (NULs kept). */
  text: string;
  /** How many bytes were read. */
  bytes: number;
  truncated: boolean;
  errno?: number;
  error?: string;
  /** Set when the file is not read because reading it would change the kernel (trace_pipe ...). */
  refused?: string;
}

export type {
  RegistrySystem,
  NamespaceInfo,
  StatusBit,
  StatusGroup,
  EnablerInfo,
  InspectSnapshot,
  TraceField,
  TraceRow,
  TraceSnapshot,
} from './protocol-inspect';

/**
 * What a person did at a terminal: a typed line (at a prompt, or input for a blocked command),
 * Ctrl-C, Ctrl-D, and opening or closing a terminal. Replaying the same steps into a fresh kernel
 * gives the same bytes: the clock is virtual and pids are stable.
 */
export type LogOp = 'open' | 'line' | 'interrupt' | 'eof' | 'close';

export interface LogStep {
  /** The terminal (SessionInfo.id): 1 is the first, opened at boot. */
  term: number;
  op: LogOp;
  /** The line typed (op `line`), without its newline. */
  text?: string;
  /** A short hash of the output the step gave when recorded: tells where a replay diverges. */
  hash?: string;
  /** Output the step must give (a self-checking step): replay shows pass or fail. */
  expect?: string;
  /**
   * The terminals whose command was running (a long loop) when the step came, each with how many
   * commands it had run, as [terminal, count] pairs: replay runs them exactly that far first.
   */
  ticks?: [number, number][];
}

/** A session as the steps that made it, with what made them (shared links carry this). */
export interface SessionLog {
  /** The simulator version that recorded it. */
  simulator: string;
  /**
   * The kernel it ran on (a KernelProfile when this playground made it; a log from elsewhere may
   * name any profile, and replay refuses one it does not have). Logs made before there was a
   * choice name `rfc-v2`.
   */
  profile: string;
  title?: string;
  steps: LogStep[];
}

/** One terminal after a replay: everything its screen showed, and where its shell stands. */
export interface TerminalScreen {
  id: number;
  /** Greeting, prompts, echoed lines and output, in order, exactly as the terminal showed them. */
  text: string;
  prompt: string;
  state: ShellState;
  cwd: string;
  /** False once the terminal was closed. */
  open: boolean;
}

/** A self-checking step's outcome on replay. */
export interface StepCheck {
  step: number;
  pass: boolean;
  expected: string;
  actual: string;
}

export interface ReplayResult {
  /** The simulator that replayed it (compare with the log's). */
  simulator: string;
  /** The kernel it was replayed on: the log's. */
  profile: KernelProfile;
  terminals: TerminalScreen[];
  /** Steps replayed. */
  steps: number;
  /** The first step whose output differs from the hash recorded with it, or null. */
  diverged: number | null;
  checks: StepCheck[];
  /** Why replay stopped before the end (a step the kernel cannot take), with its index. */
  error?: { step: number; message: string };
  treeVersion: number;
  inspectVersion: number;
  traceVersion: number;
}

/** A point of view for the tree: a terminal's foreground shell, the host, or a container. */
export type ViewSpec = { kind: 'terminal' } | { kind: 'host' } | { kind: 'container'; name: string };

export interface ViewInfo {
  spec: ViewSpec;
  label: string;
}

/**
 * A lesson's check: a predicate over the machine's state (as root on the host sees it) or over
 * the session log, never over the text typed. Regular expressions are JavaScript's, unanchored.
 */
export type LessonCheck =
  /** The path exists (`exists`) or not (`absent`). */
  | { kind: 'exists' | 'absent'; path: string }
  /** The file's text holds `text` (`contains`), is it exactly, or matches `pattern`. */
  | { kind: 'file'; path: string; test: 'contains' | 'equals' | 'matches' | 'lacks'; text: string }
  /** The event `SYSTEM/NAME` is registered, and (when given) enabled or not. */
  | { kind: 'event'; event: string; enabled?: boolean }
  /** The top-level trace buffer holds at least `count` entries of the event `SYSTEM/NAME`. */
  | { kind: 'trace'; event: string; count: number }
  /** A step of the session ran a line matching `command` whose output matches `output`. */
  | { kind: 'ran'; command: string; output?: string };

export interface LessonCheckResult {
  pass: boolean;
  /** What was seen, when it helps (the file's text, the number of entries, a bad pattern). */
  detail?: string;
}

export interface PlaygroundApi {
  /**
   * Boots a fresh kernel of `profile` (default `rfc-v2`), dropping any previous one, and opens a
   * root terminal in /sys/kernel/tracing. A profile this playground does not have is `refused`.
   */
  boot(profile?: KernelProfile): Promise<Reply<SessionInfo>>;
  /** Opens another root terminal on the host, in /sys/kernel/tracing (recorded in the log). */
  openTerminal(): Promise<Reply<SessionInfo>>;
  /** Closes a terminal: its shell gets a hangup, its background jobs SIGHUP (recorded). */
  closeTerminal(session: number): Promise<Reply<true>>;
  /** The session log since boot (or since the replay that started it). */
  log(): Promise<Reply<SessionLog>>;
  /**
   * Boots a fresh kernel of the log's profile and replays `log` (its first `upTo` steps), then goes
   * on recording from there: what each terminal shows, where replay diverged, and each
   * self-checking step's outcome. A log naming a profile this playground does not have is
   * `refused`, and the machine is left as it was.
   */
  replay(log: SessionLog, upTo?: number): Promise<Reply<ReplayResult>>;
  /**
   * Makes a recorded step self-checking (it expects the output it gave; replay shows pass or fail)
   * or not. Answers null when done, else why it cannot be (an output too long to check).
   */
  expect(step: number, on: boolean): Promise<Reply<string | null>>;
  /** Each check of a lesson, evaluated now (quiet calls: looking changes nothing). */
  checkLesson(checks: LessonCheck[]): Promise<Reply<LessonCheckResult[]>>;
  /** The points of view the tree can take: the terminal, the host, each container. */
  views(session: number): Promise<Reply<ViewInfo[]>>;
  /** Types one line (without its newline) into a terminal. */
  input(session: number, line: string): Promise<Reply<TerminalStep>>;
  /** Ctrl-C in a terminal: ends the running command or drops a continued line. */
  interrupt(session: number): Promise<Reply<TerminalStep>>;
  /** Retries a blocked command (something else may have produced its data). */
  resume(session: number): Promise<Reply<TerminalStep>>;
  /** Ctrl-D on an empty continuation line: bash's `unexpected end of file`. */
  endOfInput(session: number): Promise<Reply<TerminalStep>>;
  /** Tab at `cursor`: command names in command position, paths (relative to the shell's cwd) elsewhere. */
  complete(session: number, line: string, cursor: number): Promise<Reply<Completion>>;
  /**
   * Lists the directories `paths` through the session's system calls, and makes `watch` the set of
   * directories whose changes bump `treeVersion` (the page sends every directory it shows open).
   */
  tree(session: number, paths: string[], watch: string[], view?: ViewSpec): Promise<Reply<TreeSnapshot>>;
  /** Reads up to `maxBytes` of a file, without blocking and without consuming anything. */
  readFile(session: number, path: string, maxBytes: number, view?: ViewSpec): Promise<Reply<FileContents>>;
  /**
   * The registry, the namespaces and every user_events group's status bits, read through the
   * session's quiet system calls. The first call also makes each step report `inspectVersion`.
   */
  inspect(session: number): Promise<Reply<InspectSnapshot>>;
  /**
   * The trace buffer's entries newer than `sinceSeq` (at most `max`, the newest), decoded through
   * each event's `format`, and a count of entries per virtual second. Never consumes anything.
   */
  traceRows(session: number, sinceSeq: number, max: number): Promise<Reply<TraceSnapshot>>;
  /**
   * The session `log` (else this machine's own) as a bash script for a real Linux kernel, with
   * the playground's output of each step and a `--check` mode (docs/export.md). It is replayed
   * on a fresh machine of the log's profile: this one is not touched. A log naming a profile
   * this playground does not have is `refused`.
   */
  exportScript(log?: SessionLog): Promise<Reply<string>>;
}
