// A replay's screens while it runs: what each terminal's screen shows, handed on in pieces of at
// least CHUNK characters (and the rest at the end), so that the page draws a long session's
// screen while the worker still replays it instead of all of it afterwards. Each terminal's
// pieces, joined, are what the replay's result gives as its screen text, or the start of it.

import type { SessionRecorder } from './session-log';

/** Where a replay's screen pieces go (the page's terminals, through the protocol). */
export type ScreenSink = (term: number, text: string) => void;

const CHUNK = 8192;

/**
 * Hands `terms`' screens so far to `sink`, then every text the recorder shows, gathered per
 * terminal; returns the function that hands on what is left and stops.
 */
export function streamScreens(
  recorder: SessionRecorder,
  terms: readonly number[],
  sink: ScreenSink,
): () => void {
  const gathered = new Map<number, string>();
  for (const term of terms) gathered.set(term, recorder.screen(term));
  recorder.watcher = (term, text) => {
    const piece = (gathered.get(term) ?? '') + text;
    if (piece.length < CHUNK) return void gathered.set(term, piece);
    gathered.delete(term);
    sink(term, piece);
  };
  return () => {
    recorder.watcher = null;
    for (const [term, piece] of gathered) if (piece !== '') sink(term, piece);
    gathered.clear();
  };
}
