// The contract between the page and the worker: types only, plain data both ways. The worker
// exposes one PlaygroundApi (worker/main.ts); the page wraps it once (src/kernel-client.ts).
// Calls are coarse (one per typed line, one per tree refresh) and never throw: every answer is a
// Reply, and a failure inside the worker (an exception, a broken invariant) comes back as data.

/** Why a call produced no answer: the worker failed (restart it) or the session is gone. */
export interface WorkerError {
  kind: 'crash' | 'no-session';
  message: string;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: WorkerError };

/** Where a terminal's shell stands after a call. */
export type ShellState = 'done' | 'blocked' | 'more';

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
}

export interface SessionInfo {
  id: number;
  /** Output printed at login (the banner). */
  greeting: string;
  prompt: string;
  cwd: string;
  treeVersion: number;
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

export interface PlaygroundApi {
  /** Boots a fresh kernel (dropping any previous one) and opens a root terminal in /sys/kernel/tracing. */
  boot(): Promise<Reply<SessionInfo>>;
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
  tree(session: number, paths: string[], watch: string[]): Promise<Reply<TreeSnapshot>>;
  /** Reads up to `maxBytes` of a file, without blocking and without consuming anything. */
  readFile(session: number, path: string, maxBytes: number): Promise<Reply<FileContents>>;
}
