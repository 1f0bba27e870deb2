// One embed's state: the static transcript until it starts, then the playground (loaded on start,
// kept in memory only, never reading or writing the visitor's saved session), the commands waiting
// for its prompt (the script, then the host page's), the link that opens the session in the full
// playground, and what the host page is told. Starting is idempotent: a click, autorun and a host
// message may all ask for it. A fresh session runs on the `profile` option's kernel; a log (the
// share link's, the host's) on the one it names.
import type { SessionLog } from '../../worker/protocol';
import { decodeLink } from '../share/link';
import { replayLines } from '../state/notice';
import type { PlaygroundState } from '../state/playground.svelte';
import type { EmbedControls, HostApi } from './host-api';
import type * as LiveModule from './live';
import type { EmbedOptions } from './options';

type Live = typeof LiveModule;
export type Phase = 'static' | 'starting' | 'live';

/** How long after the last step the "Open in playground" link is brought up to date. */
const LINK_DELAY_MS = 300;

export class EmbedState implements EmbedControls {
  phase = $state<Phase>('static');
  live = $state.raw<Live | null>(null);
  playground = $state.raw<PlaygroundState | null>(null);
  /** The lines the transcript shows before the embed starts. */
  transcript = $state.raw<string[]>([]);
  /** Sentences about what went wrong after the options were read (a share link, loading, the host). */
  problems = $state.raw<string[]>([]);
  /** What the last replay found (another simulator, a divergence, checks), as sentences. */
  replayNotes = $state.raw<string[]>([]);
  /** The "Open in playground" address, and whether steps were taken since it was made. */
  link = $state<string | null>(null);
  linkStale = $state(true);
  /** Messages ignored because a window or origin that may not talk to the embed sent them. */
  ignored = $state(0);
  host: HostApi | null = null;
  private readonly loaded: Promise<void>;
  private shared: SessionLog | null = null;
  /** The log being replayed, for what its replay found. */
  private replaying: SessionLog | null = null;
  private pending: string[] = [];
  private starting: Promise<void> | null = null;
  private announced = false;
  private linkTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly options: EmbedOptions,
    /** The full playground's address (index.html), for "Open in playground". */
    readonly playgroundUrl: string,
  ) {
    this.transcript = options.script;
    this.loaded = this.load();
  }

  /** Reads the share link's session, if the options gave one: its typed lines become the transcript. */
  private async load(): Promise<void> {
    if (this.options.share === null) return;
    const decoded = await decodeLink(`s=${this.options.share}`);
    if (!decoded.ok) {
      this.problem(`The session in “s” cannot be opened: ${decoded.error}. Run starts a fresh shell.`);
      return;
    }
    this.shared = decoded.log;
    if (this.phase === 'static') this.transcript = typedLines(decoded.log);
    this.link = `${this.playgroundUrl}#s=${this.options.share}`;
  }

  /** Loads the playground and starts it: from `log`, the share link's session, or the script. */
  start(log: SessionLog | null = null): Promise<void> {
    this.starting ??= this.begin(log);
    return this.starting;
  }

  /** The playground's prompt takes keys. */
  get ready(): boolean {
    const p = this.playground;
    const state = p?.activeTerminal?.status.state;
    return p?.phase === 'ready' && state !== undefined && state !== 'stopped';
  }

  /** Types the commands that waited for the prompt (the console runs them one after another). */
  pump(): void {
    const p = this.playground;
    if (!p || !this.ready) return;
    if (!this.announced) {
      this.announced = true;
      this.host?.send({ type: 'tracefs:started' });
    }
    for (const line of this.pending.splice(0)) p.type(line);
  }

  run(command: string): void {
    this.pending.push(command);
    if (this.phase === 'static') void this.start();
    else this.pump();
  }

  async reset(): Promise<void> {
    this.pending = [];
    this.replayNotes = [];
    if (this.playground) await this.playground.session.reset();
  }

  async log(): Promise<SessionLog | null> {
    return this.playground ? this.playground.session.flush() : null;
  }

  async setLog(log: SessionLog): Promise<void> {
    if (this.phase === 'static') return this.start(log);
    await this.start();
    if (!this.playground) return;
    this.replaying = log;
    await this.playground.session.replaceLog(log);
  }

  /** Brings the "Open in playground" link up to date (before it is followed). */
  async refreshLink(): Promise<string | null> {
    if (!this.playground || !this.linkStale) return this.link;
    this.linkStale = false;
    const link = await this.playground.session.link(this.playgroundUrl);
    if (link) this.link = link;
    return this.link;
  }

  problem(sentence: string): void {
    this.problems = [...this.problems, sentence];
  }

  private async begin(log: SessionLog | null): Promise<void> {
    this.phase = 'starting';
    let live: Live;
    try {
      await this.loaded;
      live = await import('./live');
    } catch (e) {
      this.problem(
        `The playground could not be loaded (${String(e)}). Check the connection and press Run again.`,
      );
      this.phase = 'static';
      this.starting = null;
      return;
    }
    const from = log ?? this.shared;
    if (!from) this.pending.unshift(...this.options.script);
    this.replaying = from;
    const playground = new live.PlaygroundState({
      memoryOnly: true,
      autofocus: false,
      hash: '',
      profile: this.options.profile,
      ...(from ? { log: from } : {}),
      onStep: (step) => {
        this.changed();
        this.host?.send({ type: 'tracefs:command', ...step });
      },
      onReplay: (result) => {
        this.changed();
        this.replayNotes = this.replaying ? replayLines(this.replaying, result, result.simulator) : [];
        this.host?.send({ type: 'tracefs:replayed', steps: result.steps, diverged: result.diverged });
      },
    });
    if (this.options.title) playground.session.title = this.options.title;
    this.live = live;
    this.playground = playground;
    this.phase = 'live';
  }

  private changed(): void {
    this.linkStale = true;
    if (this.linkTimer !== null) clearTimeout(this.linkTimer);
    this.linkTimer = setTimeout(() => void this.refreshLink(), LINK_DELAY_MS);
  }
}

/** The lines a person typed in a session, for its transcript. */
function typedLines(log: SessionLog): string[] {
  return log.steps.flatMap((s) => (s.op === 'line' && s.text !== undefined ? [s.text] : []));
}
