// Link format 2: format 1's wire form with a sixth step member, TICKS: the terminals whose command
// was running (a long loop) when the step was taken, each with how many commands it had run, as
// a flat list [TERM, COUNT, TERM, COUNT, ...], so that replay stops those commands where they were.
// Only logs with such steps are written in format 2; every other log stays format 1.

import type { SessionLog } from '../../worker/protocol';
import { decodeSteps, encodeSteps, type DecodedLog } from './link-v1';

const V2_MEMBERS = 6;

/** The payload of a format 2 link for `log` (what follows `s=2.`). */
export function encodeV2(log: SessionLog): Promise<string> {
  return encodeSteps(log);
}

export function decodeV2(payload: string): Promise<DecodedLog> {
  return decodeSteps(payload, V2_MEMBERS);
}
