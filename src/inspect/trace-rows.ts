// The trace table's rows across refreshes: the rows still held (seq at or above the snapshot's
// firstSeq) followed by the new ones, the newest `max` of them. A buffer cleared or renumbered
// (an entry's event was deleted) has a firstSeq above every kept row, so they all go.
import type { TraceRow, TraceSnapshot } from '../../worker/protocol';

export function mergeRows(
  kept: readonly TraceRow[],
  snap: TraceSnapshot,
  since: number,
  max: number,
): TraceRow[] {
  const still = kept.filter((r) => r.seq >= snap.firstSeq && r.seq <= since);
  return still.concat(snap.rows).slice(-max);
}
