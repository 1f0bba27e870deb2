// The embed's postMessage API: what the page that embeds the playground may ask (run a command,
// reset, get or set the session log) and what the embed tells it (ready, started, each command's
// output, a replay, the log, an error, its height). A message is taken only from the embedding
// window (`window.parent`) and only from the allowed origin; replies go to that origin only, never
// to '*'. Messages are hostile input: one not namespaced `tracefs:` is not ours and is ignored, a
// namespaced one that is malformed is answered with `tracefs:error`, and a command must be plain
// text (the console types it as keys, so a control character would be a key press). Nothing here
// touches the DOM: the window is injected, so every rule is unit-tested. docs/embedding.md.
import type { LogOp, LogStep, SessionLog } from '../../worker/protocol';
import { checkLog } from '../share/link';
import { commandProblem } from './options';

/** What the host page gives to match a question with its answer. */
export type MessageId = string | number;

export type HostMessage =
  | { type: 'tracefs:run'; command: string }
  | { type: 'tracefs:reset' }
  | { type: 'tracefs:get-log'; id?: MessageId }
  | { type: 'tracefs:set-log'; log: SessionLog; id?: MessageId };

export type EmbedMessage =
  | { type: 'tracefs:ready' }
  | { type: 'tracefs:started' }
  | { type: 'tracefs:command'; terminal: number; output: string; status: number; index: number }
  | { type: 'tracefs:replayed'; steps: number; diverged: number | null }
  | { type: 'tracefs:log'; id?: MessageId; log: SessionLog | null }
  | { type: 'tracefs:error'; message: string; id?: MessageId }
  | { type: 'tracefs:height'; height: number };

/** A message as the window's `message` event has it. */
export interface IncomingMessage {
  data: unknown;
  origin: string;
  source: unknown;
}

/** The embedding window: where replies go. */
export interface HostWindow {
  postMessage(message: unknown, targetOrigin: string): void;
}

/** What the host page can make the embed do. */
export interface EmbedControls {
  /** Starts the embed if needed and types `command` at its prompt. */
  run(command: string): void;
  reset(): Promise<void>;
  /** The session log so far, null before the embed started (or when its kernel failed). */
  log(): Promise<SessionLog | null>;
  /** Starts the embed if needed and replays `log` into a fresh kernel. */
  setLog(log: SessionLog): Promise<void>;
}

export type Parsed = { ok: true; message: HostMessage } | { ok: false; error: string; id?: MessageId };

const PREFIX = 'tracefs:';
const MAX_ID = 200;
const LOG_FIELDS = new Set(['simulator', 'profile', 'title', 'steps']);
const STEP_FIELDS = new Set(['term', 'op', 'text', 'hash', 'expect']);

/**
 * The host message in `data`, why a `tracefs:` message cannot be taken, or null for a message
 * that is not this API's (another script's message; it is ignored).
 */
export function parseHostMessage(data: unknown): Parsed | null {
  if (!isRecord(data) || typeof data.type !== 'string' || !data.type.startsWith(PREFIX)) return null;
  const id = data.id;
  if (id !== undefined && !validId(id))
    return { ok: false, error: `the id must be a string of at most ${MAX_ID} characters or a number` };
  const fail = (error: string): Parsed => ({ ok: false, error, ...(id === undefined ? {} : { id }) });
  switch (data.type) {
    case 'tracefs:run': {
      if (typeof data.command !== 'string') return fail('tracefs:run needs a command (a string)');
      const problem = commandProblem(data.command);
      if (problem) return fail(`the command ${problem}`);
      return { ok: true, message: { type: 'tracefs:run', command: data.command } };
    }
    case 'tracefs:reset':
      return { ok: true, message: { type: 'tracefs:reset' } };
    case 'tracefs:get-log':
      return { ok: true, message: { type: 'tracefs:get-log', ...(id === undefined ? {} : { id }) } };
    case 'tracefs:set-log': {
      const log = sessionLog(data.log);
      if (!log.ok) return fail(`the log cannot be used: ${log.error}`);
      return {
        ok: true,
        message: { type: 'tracefs:set-log', log: log.log, ...(id === undefined ? {} : { id }) },
      };
    }
    default:
      return fail(
        `unknown message type “${data.type.slice(0, 60)}” (tracefs:run, tracefs:reset, tracefs:get-log, tracefs:set-log)`,
      );
  }
}

/** A session log copied field by field from an untrusted value, checked by the sharing rules. */
export function sessionLog(value: unknown): { ok: true; log: SessionLog } | { ok: false; error: string } {
  if (!isRecord(value)) return { ok: false, error: 'it is not a session log (an object)' };
  const unknown = Object.keys(value).find((k) => !LOG_FIELDS.has(k));
  if (unknown !== undefined) return { ok: false, error: `it has an unknown field “${unknown.slice(0, 40)}”` };
  const { simulator, profile, title, steps } = value;
  if (typeof simulator !== 'string' || typeof profile !== 'string')
    return { ok: false, error: 'it names no simulator and profile (strings)' };
  if (title !== undefined && typeof title !== 'string')
    return { ok: false, error: 'its title is not a string' };
  if (!Array.isArray(steps)) return { ok: false, error: 'it has no list of steps' };
  const log: SessionLog = { simulator, profile, steps: [] };
  if (title !== undefined) log.title = title;
  for (const [i, step] of steps.entries()) {
    const copied = logStep(step);
    if (typeof copied === 'string') return { ok: false, error: `step ${i + 1}: ${copied}` };
    log.steps.push(copied);
  }
  const problem = checkLog(log);
  return problem ? { ok: false, error: problem } : { ok: true, log };
}

function logStep(value: unknown): LogStep | string {
  if (!isRecord(value)) return 'it is not an object';
  const unknown = Object.keys(value).find((k) => !STEP_FIELDS.has(k));
  if (unknown !== undefined) return `it has an unknown field “${unknown.slice(0, 40)}”`;
  const { term, op, text, hash, expect } = value;
  if (typeof term !== 'number' || typeof op !== 'string') return 'it needs a terminal (number) and an op';
  const step: LogStep = { term, op: op as LogOp };
  for (const [key, member] of [
    ['text', text],
    ['hash', hash],
    ['expect', expect],
  ] as const) {
    if (member === undefined) continue;
    if (typeof member !== 'string') return `its ${key} is not a string`;
    step[key] = member;
  }
  return step;
}

/** The API over one embedding window and one allowed origin. */
export class HostApi {
  /** Messages ignored because they came from another window or origin (shown for debugging). */
  ignored = 0;

  constructor(
    /** `window.parent`, or null when the embed is not in a frame (then nothing is sent). */
    private readonly parent: HostWindow | null,
    private readonly origin: string,
    private readonly controls: EmbedControls,
    /** Told of a message from a window or origin that may not talk to the embed. */
    private readonly onIgnored: (origin: string) => void = () => {},
  ) {}

  /** Sends `message` to the host page, at the allowed origin only. */
  send(message: EmbedMessage): void {
    this.parent?.postMessage(message, this.origin);
  }

  /** Handles a `message` event; resolves once it has been answered. */
  async receive(event: IncomingMessage): Promise<void> {
    if (!this.parent || event.source !== this.parent || event.origin !== this.origin) {
      if (isRecord(event.data) && typeof event.data.type === 'string' && event.data.type.startsWith(PREFIX)) {
        this.ignored++;
        this.onIgnored(event.origin);
      }
      return;
    }
    const parsed = parseHostMessage(event.data);
    if (!parsed) return;
    if (!parsed.ok) {
      this.send({ type: 'tracefs:error', message: parsed.error, ...idOf(parsed) });
      return;
    }
    const message = parsed.message;
    switch (message.type) {
      case 'tracefs:run':
        this.controls.run(message.command);
        return;
      case 'tracefs:reset':
        return this.controls.reset();
      case 'tracefs:get-log':
        this.send({ type: 'tracefs:log', ...idOf(message), log: await this.controls.log() });
        return;
      case 'tracefs:set-log':
        return this.controls.setLog(message.log);
    }
  }
}

function idOf(message: { id?: MessageId }): { id?: MessageId } {
  return message.id === undefined ? {} : { id: message.id };
}

function validId(id: unknown): id is MessageId {
  return (typeof id === 'string' && id.length <= MAX_ID) || (typeof id === 'number' && Number.isFinite(id));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
