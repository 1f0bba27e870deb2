// Runs an action sequence on a fresh kernel and checks every invariant after every step, then
// releases everything (close, munmap, `echo > set_event`, rmdir, `echo > dynamic_events`) and checks
// that all of it succeeds. The log is a shell transcript: each action's line with its result as a
// trailing comment, which `npm run -s sh -- FILE` replays in /sys/kernel/tracing.

import { boot } from '../../worker/kernel/boot';
import { errnoName, EBUSY, ENOENT } from '../../worker/kernel/lib/errno';
import { TRACING, type Kernel, type Syscalls } from '../kernel/helpers';
import { INSTANCES, NAMESPACES, SLOTS, toShell, type Action } from './actions';
import { encodeValues, execute, type Outcome } from './execute';
import {
  checkBuffers,
  checkConsumers,
  checkEvents,
  checkOrder,
  checkOutcome,
  checkPages,
  checkRegistry,
} from './invariants';
import { applyOutcome, Model, type Expectation } from './model';
import { predict } from './predict';
import { diffSnapshots, eventView, takeSnapshot, type Snapshot } from './snapshot';
import { checkTraces, TraceModel, updateTraces } from './trace-model';

export interface RunResult {
  /** The transcript: one shell line per executed step, with its result. */
  readonly log: string[];
  /** The first violation, or null. */
  readonly error: string | null;
  /** The state after the last step checked. */
  readonly snapshot: Snapshot | null;
}

/** A step's result as the transcript shows it (errno name, byte count, or uevent's output). */
function describeRet(a: Action, got: Outcome): string {
  if (got.ret < 0) return errnoName(got.ret);
  if (a.kind === 'register') return `0 status_bit=${got.reg?.statusBit} write_index=${got.reg?.writeIndex}`;
  return String(got.ret);
}

const TRACE_CONTENT = /(^|\/)trace$/;
const BUFFER_SIZE = /(^|\/)buffer(_total)?_size_kb$/;

/**
 * Which differences a failing call may leave, per the spec; null when the spec allows any change.
 * Everything else a failing call must leave exactly as it was.
 */
function allowedChange(a: Action, got: Outcome, exp: Expectation): ((path: string) => boolean) | null {
  switch (a.kind) {
    case 'enable':
    case 'setEvent':
    case 'echoSlot':
      // §d.3, §d.7, §e.9: the write expands the top-level buffer before the value is checked.
      return (p) => BUFFER_SIZE.test(p);
    case 'dynamic':
      // §c.10 step 5: a busy match stops the walk, but earlier matches stay deleted.
      if (got.ret === -EBUSY && exp.deleted.size > 0 && !a.trunc) return null;
      // §c.10 step 6, §e.11: a well-formed delete line resets flagged buffers even when it fails
      // with ENOENT or EBUSY; so does an O_TRUNC open refused with EBUSY.
      if (got.ret === -ENOENT || got.ret === -EBUSY) return (p) => TRACE_CONTENT.test(p);
      return () => false;
    default:
      return () => false;
  }
}

/** The release-everything tail every run ends with; each step must succeed (§b.6, §c.12, §f.2). */
function epilogue(model: Model): Action[] {
  const out: Action[] = [];
  for (const slot of SLOTS) if (model.slots.has(slot)) out.push({ kind: 'close', slot });
  for (const m of model.mappings) out.push({ kind: 'unmap', slot: m.slot });
  out.push({ kind: 'setEvent', instance: null, token: '', trunc: true });
  for (const name of INSTANCES) if (model.instances.has(name)) out.push({ kind: 'rmdirInstance', name });
  for (const ns of NAMESPACES) if (model.namespaces.has(ns)) out.push({ kind: 'rmdirNs', ns });
  out.push({ kind: 'dynamic', line: '', trunc: true });
  return out;
}

/** Every invariant of a state: structure first, then what is derived from the event view. */
function violations(sys: Syscalls, k: Kernel, model: Model, tm: TraceModel, snap: Snapshot): string[] {
  const structural = [...checkRegistry(snap, model, k), ...checkEvents(snap, model)];
  if (structural.length) return structural;
  const view = eventView(snap);
  return [
    ...checkConsumers(snap, view),
    ...checkOrder(snap, view, model),
    ...checkPages(sys, view, model),
    ...checkTraces(snap, tm, model, sys.comm(), sys.pid),
    ...checkBuffers(snap, model),
  ];
}

/** A user event entry as §c.9 builds it: u16 ID, flags 0, preempt count 0, s32 pid, payload. */
function userEntry(id: number, pid: number, payload: Uint8Array): Uint8Array {
  const e = new Uint8Array(8 + payload.length);
  const dv = new DataView(e.buffer);
  dv.setUint16(0, id, true);
  dv.setInt32(4, pid, true);
  e.set(payload, 8);
  return e;
}

/** Runs `actions`, then (with `release`) the epilogue; stops at the first violation. */
export function runSequence(actions: readonly Action[], release = true): RunResult {
  const log: string[] = [];
  const k = boot();
  const { sys } = k.login({ cwd: TRACING });
  const model = new Model();
  const tm = new TraceModel();
  let snap: Snapshot;
  try {
    snap = takeSnapshot(sys);
    const initial = violations(sys, k, model, tm, snap);
    if (initial.length) return { log, error: `at boot: ${initial.join('; ')}`, snapshot: null };
  } catch (e) {
    return {
      log,
      error: `at boot, an exception escaped: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      snapshot: null,
    };
  }
  const steps: Array<{ a: Action; mustSucceed: boolean }> = actions.map((a) => ({ a, mustSucceed: false }));
  let epilogueAdded = false;
  for (let i = 0; ; i++) {
    if (i === steps.length) {
      if (epilogueAdded || !release) break;
      epilogueAdded = true;
      log.push('# --- release everything: every step below must succeed ---');
      for (const a of epilogue(model)) steps.push({ a, mustSucceed: true });
      if (i === steps.length) break;
    }
    const { a, mustSucceed } = steps[i];
    const line = toShell(a);
    const fail = (why: string): RunResult => {
      log.push(`# VIOLATION at step ${i + 1} (${line}): ${why}`);
      return { log, error: `step ${i + 1} \`${line}\`: ${why}`, snapshot: null };
    };
    try {
      const before = eventView(snap);
      const payload = a.kind === 'write' ? encodeValues(a.values) : new Uint8Array(0);
      const exp = predict(a, { model, view: before, pid: sys.pid, payload });
      let checkpoint: Snapshot | null = null;
      const got = execute(sys, k.debug, a, model, () => (checkpoint = takeSnapshot(sys)));
      log.push(`${line}  # -> ${describeRet(a, got)}`);
      if (mustSucceed && got.ret < 0) return fail(`releasing failed with ${errnoName(got.ret)}`);
      if (!exp.ret.includes(got.ret))
        return fail(
          `returned ${describeRet(a, got)}, spec says ${exp.ret.map((r) => (r < 0 ? errnoName(r) : r)).join(' or ')}`,
        );
      updateTraces(tm, model, a, got, exp, before, (id) => userEntry(id, sys.pid, payload));
      applyOutcome(model, a, got, exp);
      const after = takeSnapshot(sys);
      const found = violations(sys, k, model, tm, after);
      if (found.length) return fail(found.join('; '));
      found.push(...checkOutcome(before, eventView(after), exp, got));
      if (got.ret < 0) {
        const allowed = allowedChange(a, got, exp);
        if (allowed) {
          const diff = diffSnapshots(checkpoint ?? snap, after, allowed);
          if (diff.length)
            found.push(`failed with ${errnoName(got.ret)} but changed: ${diff.slice(0, 8).join('; ')}`);
        }
      }
      if (found.length) return fail(found.join('; '));
      snap = after;
    } catch (e) {
      return fail(`an exception escaped: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  if (!release) return { log, error: null, snapshot: snap };
  const fds = sys.openFds();
  const left = [...snap.tree.keys()].filter((p) => /^(events\/user_events|namespaces\/|instances\/)/.test(p));
  const error =
    JSON.stringify(fds) !== '[0,1,2]'
      ? `descriptors still open at the end: ${fds}`
      : left.length || snap.files.get('dynamic_events') !== '' || snap.files.get('available_events') !== ''
        ? `still present after releasing everything: ${left.slice(0, 5).join(', ')}`
        : null;
  if (error) log.push(`# VIOLATION at the end: ${error}`);
  return { log, error, snapshot: snap };
}
