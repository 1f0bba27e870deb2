// explain's reading of a line written to a namespace's `options` (KERNEL-MODEL §b.7, §b.8, §c.11:
// `user_events_limit=N`, the only key of the only namespace system) and of a write to `set_event`
// (§d.7: `[!]SYSTEM:EVENT`, `EVENT`, `SYSTEM:*` tokens). set_event's verdict depends on which
// events exist, so it is judged against `available_events` as it reads now.

import { EINVAL } from '../../kernel/lib/errno';
import { commandLine, pastBytes } from './explain-dynevents';
import { kernelUint, numberProblem } from './explain-number';
import type { LineReport, Token } from './explain-out';

const LIMIT_KEY = 'user_events_limit=';
const LIMIT_MAX = 32767;
/** EVENT_BUF_SIZE: the longest set_event token. */
const TOKEN_MAX = 127;

/** One line written to `namespaces/NS/options`. */
export function explainOptionsLine(raw: string, ns: string): LineReport {
  const { line, tokens: comment, tooLong } = commandLine(raw);
  if (tooLong) return tooLong;
  const r = line.startsWith(LIMIT_KEY) ? limitLine(line, ns) : notMine(line);
  return { ...r, tokens: [...r.tokens, ...comment] };
}

function notMine(line: string): LineReport {
  const detail = 'no system takes the line (user_events, the only one, said "not mine")';
  let why = 'user_events knows only user_events_limit=N';
  if (line === '') why = 'an empty line (also what a comment-only line becomes)';
  else if (line.trimStart().startsWith(LIMIT_KEY))
    why = 'white space before the key: the line must start with it';
  else if (line.toLowerCase().startsWith(LIMIT_KEY)) why = 'keys are lower case';
  const tokens: Token[] = line === '' ? [] : [{ at: 0, len: line.length, note: why }];
  return {
    tokens,
    mark: line === '' ? null : { at: 0, len: line.length },
    err: EINVAL,
    detail: line === '' ? `${why}: ${detail}` : detail,
  };
}

function limitLine(line: string, ns: string): LineReport {
  const at = LIMIT_KEY.length;
  const value = line.slice(at);
  const key: Token = { at: 0, len: at, note: "user_events' option: the namespace's limit of status bits" };
  const mark = { at, len: value.length };
  const n = kernelUint(value, 0);
  if (!n.ok) {
    const why = `${numberProblem(n.problem, 'the value')}${/[ \t]$/.test(value) ? ' (white space at the end)' : ''}`;
    return {
      tokens: [key, { at, len: value.length, note: why }],
      mark,
      err: EINVAL,
      detail: 'user_events says "not mine" and no other system takes the line',
    };
  }
  const signed = n.value | 0;
  const reads = signed === n.value ? `${n.value}` : `${n.value}, which reads as ${signed} in an int`;
  const valueToken: Token = {
    at,
    len: value.length,
    note: `${reads} (0x hex, leading 0 octal, else decimal)`,
  };
  if (signed <= 0 || signed > LIMIT_MAX) {
    return { tokens: [key, valueToken], mark, err: EINVAL, detail: `the limit must be 1 to ${LIMIT_MAX}` };
  }
  return {
    tokens: [key, valueToken],
    mark: null,
    err: 0,
    detail:
      `namespace ${ns} may give new events only status bits 1 to ${signed} (EMFILE beyond); events ` +
      `it has keep their bits; options then reads user_events_limit=${signed}`,
  };
}

/** What one set_event token names; `null` system or event means every one. */
interface Pattern {
  readonly enable: boolean;
  readonly system: string | null;
  readonly event: string | null;
  /** A token without ':' names an event or a system. */
  readonly either: string | null;
}

function pattern(token: string): Pattern {
  const enable = !token.startsWith('!');
  const text = enable ? token : token.slice(1);
  const colon = text.indexOf(':');
  if (colon < 0) return { enable, system: null, event: null, either: text };
  const wild = (s: string) => (s === '' || s === '*' ? null : s);
  return { enable, system: wild(text.slice(0, colon)), event: wild(text.slice(colon + 1)), either: null };
}

function describePattern(p: Pattern): string {
  const verb = p.enable ? 'enable' : 'disable';
  if (p.either !== null) return `${verb} every event whose name or system is '${p.either}'`;
  const events = p.event === null ? 'every event' : `every event called '${p.event}'`;
  return `${verb} ${events} of ${p.system === null ? 'every system' : `system '${p.system}'`}`;
}

/** `SYSTEM:NAME` of available_events; an event name cannot hold ':', a system name can. */
function matches(p: Pattern, line: string): boolean {
  const colon = line.lastIndexOf(':');
  const system = line.slice(0, colon);
  const name = line.slice(colon + 1);
  if (p.either !== null) return name === p.either || system === p.either;
  return (p.system === null || p.system === system) && (p.event === null || p.event === name);
}

/**
 * One line written to `set_event` of `where` (a trace array). `events` is available_events now,
 * or null when it cannot be read (then only the syntax is judged).
 */
export function explainSetEventLine(
  line: string,
  events: readonly string[] | null,
  where: string,
): LineReport {
  const words = [...line.matchAll(/[^ \t\n\v\f\r]+/g)];
  if (words.length === 0) {
    const detail =
      'only white space: nothing changes (but `>` alone first disables every event of the trace array)';
    return { tokens: [], mark: null, err: 0, detail };
  }
  const tokens: Token[] = [];
  for (const w of words) {
    const at = w.index;
    const len = w[0].length;
    if (pastBytes(w[0], TOKEN_MAX) >= 0) {
      tokens.push({ at, len, note: `longer than ${TOKEN_MAX} bytes` });
      return {
        tokens,
        mark: { at, len },
        err: EINVAL,
        detail: 'the write stops here; tokens before it stay applied',
      };
    }
    const p = pattern(w[0]);
    const hits = events === null ? null : events.filter((e) => matches(p, e));
    const now =
      hits === null ? '' : hits.length === 0 ? '; now it matches no event' : `; now: ${hits.join(' ')}`;
    tokens.push({ at, len, note: describePattern(p) + now });
    if (hits !== null && hits.length === 0) {
      const detail = 'a token that matches no event ends the write; tokens before it stay applied';
      return { tokens, mark: { at, len }, err: EINVAL, detail };
    }
  }
  const expand = 'Any non-empty write also expands the top-level ring buffer to its default size.';
  if (events === null) {
    const detail = `each token must match some event (else EINVAL), which depends on what is registered. ${expand}`;
    return { tokens, mark: null, err: 0, stateful: true, detail };
  }
  return { tokens, mark: null, err: 0, detail: `as events are now, in ${where}. ${expand}` };
}
