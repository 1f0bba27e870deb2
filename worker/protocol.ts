// The contract between the page and the worker: types only, plain data both ways. The worker
// exposes one PlaygroundApi (worker/main.ts); the page wraps it once (src/kernel-client.ts).

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
}

export interface SessionInfo {
  id: number;
  /** Output printed at login (the banner), then the first prompt. */
  greeting: string;
  prompt: string;
}

export interface PlaygroundApi {
  /** Boots a fresh kernel (dropping any previous one) and opens a root terminal in /sys/kernel/tracing. */
  boot(): Promise<SessionInfo>;
  /** Types one line (without its newline) into a terminal. */
  input(session: number, line: string): Promise<TerminalStep>;
  /** Ctrl-C in a terminal: ends the running command or drops a continued line. */
  interrupt(session: number): Promise<TerminalStep>;
  /** Retries a blocked command (something else may have produced its data). */
  resume(session: number): Promise<TerminalStep>;
}
