// The inspectors' state: the worker's last snapshot of the registry and the status bits (held raw,
// replaced whole) and the newest rows of the trace buffer, decoded in the worker. It owns the
// inspector calls through the source the page state gives it. Refreshes are coalesced
// (state/coalesced.ts), so a burst of commands costs at most two reads of each.
import type { InspectSnapshot, TraceRow, TraceSnapshot } from '../../worker/protocol';
import { mergeRows } from '../inspect/trace-rows';
import { Coalesced } from './coalesced';

export interface InspectorSource {
  inspect(): Promise<InspectSnapshot | null>;
  traceRows(sinceSeq: number, max: number): Promise<TraceSnapshot | null>;
}

/** How many trace rows the table keeps (the newest); the count of all entries is shown beside it. */
export const TRACE_ROWS_KEPT = 200;

export type TraceSummary = Omit<TraceSnapshot, 'rows'>;

export class InspectorState {
  snapshot = $state.raw<InspectSnapshot | null>(null);
  rows = $state.raw<TraceRow[]>([]);
  trace = $state.raw<TraceSummary | null>(null);
  /** Bumped by reset(): answers to calls made before it are dropped. */
  private epoch = 0;
  private readonly registry = new Coalesced(() => this.loadRegistry());
  private readonly buffer = new Coalesced(() => this.loadTrace());

  constructor(private readonly source: InspectorSource) {}

  /** Reads the registry, namespaces and status bits again. */
  refreshRegistry(): Promise<void> {
    return this.registry.run();
  }

  /** Fetches the trace rows added since the last fetch (or all of them again, if renumbered). */
  refreshTrace(): Promise<void> {
    return this.buffer.run();
  }

  reset(): void {
    this.epoch++;
    this.snapshot = null;
    this.rows = [];
    this.trace = null;
  }

  private async loadRegistry(): Promise<void> {
    const epoch = this.epoch;
    const snap = await this.source.inspect();
    if (snap && epoch === this.epoch) this.snapshot = snap;
  }

  private async loadTrace(): Promise<void> {
    const epoch = this.epoch;
    const since = this.trace?.lastSeq ?? 0;
    const snap = await this.source.traceRows(since, TRACE_ROWS_KEPT);
    if (!snap || epoch !== this.epoch) return;
    const { rows: _rows, ...summary } = snap;
    this.rows = mergeRows(this.rows, snap, since, TRACE_ROWS_KEPT);
    this.trace = summary;
  }
}
