// Link format 1: the session log as compact JSON (`packing.ts` deflates it into the link).
//   {"v":SIMULATOR,"p":PROFILE,"t":TITLE,"s":[[TERM,OP,TEXT,HASH,EXPECT],...]}
// `t` only when there is a title; OP is one letter (o open, l line, i interrupt, e eof, c close);
// an absent TEXT, HASH or EXPECT is null, and trailing absent members are left out. A link once
// shipped must decode forever: this decoder never changes meaning; a new wire form is a new format.
// Decoding checks the shape field by field (unknown fields are refused: the link was altered) and
// each step against the sharing rules as it goes, so the error names the first problem.

import type { LogOp, LogStep, SessionLog } from '../../worker/protocol';
import { MAX_STEPS, MAX_TERMINAL, MAX_UNPACKED, SessionChecker } from './log-rules';
import { packJson, unpackJson } from './packing';

export type DecodedLog = { ok: true; log: SessionLog } | { ok: false; error: string };

type WireMember = string | number[] | null;
type WireStep = [number, string, ...WireMember[]];

const CODES: Readonly<Record<LogOp, string>> = { open: 'o', line: 'l', interrupt: 'i', eof: 'e', close: 'c' };
const OPS = new Map(Object.entries(CODES).map(([op, code]) => [code, op as LogOp]));
const FIELDS = new Set(['v', 'p', 't', 's']);

/** The members a step may have in format 1 (format 2 adds TICKS). */
const V1_MEMBERS = 5;

/** The payload of a format 1 link for `log` (what follows `s=1.`). */
export async function encodeV1(log: SessionLog): Promise<string> {
  return encodeSteps(log);
}

/** The payload of `log` in format 1's wire form, a sixth step member where a step has ticks. */
export async function encodeSteps(log: SessionLog): Promise<string> {
  const wire: Record<string, unknown> = { v: log.simulator, p: log.profile };
  if (log.title !== undefined) wire.t = log.title;
  wire.s = log.steps.map(stepToWire);
  return packJson(wire);
}

/** The session log a format 1 payload holds, or the first reason it cannot be trusted. */
export async function decodeV1(payload: string): Promise<DecodedLog> {
  return decodeSteps(payload, V1_MEMBERS);
}

/** A payload in format 1's wire form whose steps have at most `members` members. */
export async function decodeSteps(payload: string, members: number): Promise<DecodedLog> {
  const unpacked = await unpackJson(payload, MAX_UNPACKED);
  if (!unpacked.ok) return unpacked;
  return logFromWire(unpacked.value, members);
}

function stepToWire(step: LogStep): WireStep {
  const wire: WireStep = [
    step.term,
    CODES[step.op],
    step.text ?? null,
    step.hash ?? null,
    step.expect ?? null,
    step.ticks ? step.ticks.flat() : null,
  ];
  while (wire.length > 2 && wire[wire.length - 1] === null) wire.pop();
  return wire;
}

/** The log a parsed format 1 JSON value stands for, checked as it is read. */
function logFromWire(wire: unknown, members: number): DecodedLog {
  if (!isRecord(wire)) return fail('the link’s data is not a session');
  for (const key of Object.keys(wire)) {
    if (!FIELDS.has(key)) return fail(`the link holds an unknown field ${quote(key)}; it was altered`);
  }
  const { v, p, t, s } = wire;
  if (typeof v !== 'string') return fail('the link names no simulator version');
  if (typeof p !== 'string') return fail('the link names no kernel profile');
  if (t !== undefined && typeof t !== 'string') return fail('the link’s title is not text');
  if (!Array.isArray(s)) return fail('the link holds no list of steps');
  const log: SessionLog = { simulator: v, profile: p, steps: [] };
  if (t !== undefined) log.title = t;
  const checker = new SessionChecker();
  const problem = checker.header(log);
  if (problem) return fail(problem);
  if (s.length > MAX_STEPS) return fail(`the session has more than ${MAX_STEPS} steps`);
  for (let i = 0; i < s.length; i++) {
    const step = stepFromWire(s[i], members);
    const stepProblem = typeof step === 'string' ? step : checker.step(step);
    if (stepProblem) return fail(`step ${i + 1}: ${stepProblem}`);
    log.steps.push(step as LogStep);
  }
  return { ok: true, log };
}

/** The step a wire step stands for (only its shape checked), or why it is none. */
function stepFromWire(wire: unknown, members: number): LogStep | string {
  if (!Array.isArray(wire) || wire.length < 2 || wire.length > members) return 'it is not a step';
  const [term, code, text, hash, expect, ticks] = wire as unknown[];
  if (typeof term !== 'number') return 'the terminal is not a number';
  const op = typeof code === 'string' ? OPS.get(code) : undefined;
  if (!op) return 'the action is not one a person can take at a terminal';
  if (![text, hash, expect].every((m) => m === undefined || m === null || typeof m === 'string'))
    return 'its text, hash or expected output is not text';
  const step: LogStep = { term, op };
  if (typeof text === 'string') step.text = text;
  if (typeof hash === 'string') step.hash = hash;
  if (typeof expect === 'string') step.expect = expect;
  if (ticks !== undefined && ticks !== null) {
    const pairs = ticksFromWire(ticks);
    if (pairs === null) return 'its running commands are not pairs of counts';
    step.ticks = pairs;
  }
  return step;
}

/** [terminal, count, terminal, count...] as pairs, or null when it is anything else. */
function ticksFromWire(wire: unknown): [number, number][] | null {
  if (!Array.isArray(wire) || wire.length === 0 || wire.length % 2 !== 0 || wire.length > 2 * MAX_TERMINAL)
    return null;
  if (!wire.every((n) => Number.isSafeInteger(n) && n >= 0)) return null;
  const pairs: [number, number][] = [];
  for (let i = 0; i < wire.length; i += 2) pairs.push([wire[i] as number, wire[i + 1] as number]);
  return pairs;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A name from a hostile link, safe to show: short, and only plain characters. */
function quote(name: string): string {
  const plain = name.slice(0, 24).replace(/[^\w.+-]/g, '?');
  return `“${plain}${name.length > 24 ? '…' : ''}”`;
}

function fail(error: string): DecodedLog {
  return { ok: false, error };
}
