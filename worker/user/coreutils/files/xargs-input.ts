// Models how GNU findutils 4.9 xargs cuts its input into arguments (xargs.c read_line and
// read_string): by default blanks and newlines separate, '...' and "..." quote (never across a
// newline), a backslash takes the next byte literally, and a line ending in a blank goes on
// (for -L); with -I a whole line is one argument; with -0 or -d every delimiter ends one and
// nothing else is special. Bytes are fed as they are read, so a command can run before input ends.

import { decodeUtf8 } from '../../../kernel/lib/utf8';
import { byteChar } from '../../bytes';

/** What the tokenizer saw: an argument, the end of a line that had one, or a quoting error. */
export type InputEvent =
  | { readonly kind: 'arg'; readonly text: string }
  | { readonly kind: 'line' }
  | { readonly kind: 'error'; readonly message: string };

export interface InputMode {
  /** -0 / -d: the one delimiter byte; null for the default blank-and-quote rules. */
  readonly delimiter: number | null;
  /** -I: blanks inside a line do not separate (leading ones are skipped). */
  readonly wholeLines: boolean;
}

const NL = 0x0a;
const isBlank = (b: number) => b === 0x20 || b === 0x09;
const isSpace = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);

/** Bytes as an argument string: UTF-8 when it is valid, else each high byte on its own. */
export function argText(bytes: readonly number[]): string {
  const decoded = decodeUtf8(Uint8Array.from(bytes));
  if (!decoded.includes('\ufffd')) return decoded;
  return bytes.map((b) => byteChar(b)).join('');
}

const enum State {
  Space,
  Normal,
  Quote,
  Backslash,
}

export class ArgReader {
  private state = State.Space;
  private quote = 0;
  private word: number[] = [];
  /** A word has begun (an empty `""` is still an argument). */
  private started = false;
  private previous = NL;

  constructor(private readonly mode: InputMode) {}

  /** The events the bytes complete. */
  feed(data: Uint8Array): InputEvent[] {
    const events: InputEvent[] = [];
    for (const b of data) {
      if (this.mode.delimiter !== null) this.delimited(b, events);
      else this.quoted(b, events);
      if (events.length && events[events.length - 1].kind === 'error') break;
    }
    return events;
  }

  /** End of input: the last argument, or the error of a quote left open. */
  finish(): InputEvent[] {
    if (this.mode.delimiter === null && this.state === State.Quote) return [this.unmatched()];
    if (this.word.length === 0 && !this.started) return [];
    const events: InputEvent[] = [this.take()];
    if (this.mode.delimiter === null) events.push({ kind: 'line' });
    return events;
  }

  private take(): InputEvent {
    const text = argText(this.word);
    this.word = [];
    this.started = false;
    return { kind: 'arg', text };
  }

  private unmatched(): InputEvent {
    const which = this.quote === 0x27 ? 'single' : 'double';
    return {
      kind: 'error',
      message: `unmatched ${which} quote; by default quotes are special to xargs unless you use the -0 option`,
    };
  }

  private delimited(b: number, events: InputEvent[]): void {
    if (b !== this.mode.delimiter) {
      this.word.push(b);
      return;
    }
    events.push(this.take(), { kind: 'line' });
  }

  private quoted(b: number, events: InputEvent[]): void {
    const previous = this.previous;
    this.previous = b;
    switch (this.state) {
      case State.Quote:
        if (b === NL) {
          events.push(this.unmatched());
          return;
        }
        if (b === this.quote) this.state = State.Normal;
        else this.word.push(b);
        return;
      case State.Backslash:
        this.word.push(b);
        this.state = State.Normal;
        return;
      case State.Space:
        if (isSpace(b)) return;
        this.state = State.Normal;
        break;
      case State.Normal:
        break;
    }
    if (b === NL) {
      if (this.word.length || this.started) events.push(this.take());
      if (!isBlank(previous) || this.mode.wholeLines) events.push({ kind: 'line' });
      this.state = State.Space;
      return;
    }
    if (isSpace(b) && !this.mode.wholeLines) {
      events.push(this.take());
      this.state = State.Space;
      return;
    }
    if (b === 0x5c) {
      this.state = State.Backslash;
      return;
    }
    if (b === 0x27 || b === 0x22) {
      this.quote = b;
      this.started = true;
      this.state = State.Quote;
      return;
    }
    this.word.push(b);
  }
}
