// explain's reading of user_events text on Linux 6.12 (explain-dynevents.ts has the RFC kernel's):
// a line written to `dynamic_events` and the command string of a DIAG_IOCSREG. What changed, with
// the lines of kernel/trace/trace_events_user.c of 6.12 that say so:
//   - `NAME:FLAGS` is refused, empty flags too (user_event_parse, 2124); flags live in struct user_reg.
//   - a `u:` line makes a persistent event, which needs root (user_event_create, 1842; 2127).
//   - a name that exists is looked up before the fields are parsed (find_user_event, 1562): with
//     the same fields it is returned as it is, with others EADDRINUSE (1590).
//   - a delete line matches an event only when its words spell every field, in order, a struct
//     field with its size (user_fields_match, 1942: no words match only an event without fields;
//     user_field_set_string, 1395); its system may be user_events or user_events_multi, whatever
//     the event's own (user_event_match, 1963).
// A delete line's target is also looked for in dynamic_events as it reads now, when it can be read.

import { EINVAL, ENOENT } from '../../kernel/lib/errno';
import {
  commandLine,
  commandTooLong,
  deleteTarget,
  layoutSummary,
  otherLine,
  quote,
  splitFieldGroups,
  type FieldGroup,
} from './explain-dynevents';
import { parseRegisterCommand, REFUSED_FLAGS, type CommandReport } from './explain-fields';
import type { LineReport, Token } from './explain-out';

const USER_SYSTEMS = ['user_events', 'user_events_multi'];

/** A line of dynamic_events: the registered name and each field as user_event_show() prints it. */
export interface ShownEvent {
  readonly line: string;
  readonly name: string;
  readonly fields: readonly string[];
}

/** The `u:` lines of dynamic_events (user_event_show, 1855: `u:NAME TYPE NAME[ SIZE]; ...`). */
export function shownEvents(lines: readonly string[]): ShownEvent[] {
  return lines
    .filter((l) => l.startsWith('u:'))
    .map((line) => {
      const space = line.indexOf(' ');
      const name = line.slice(2, space < 0 ? line.length : space);
      return { line, name, fields: space < 0 ? [] : line.slice(space + 1).split('; ') };
    });
}

/** One line written to `dynamic_events` of 6.12; `now` is dynamic_events as it reads, or null. */
export function explainDynamicLine612(raw: string, now: readonly ShownEvent[] | null): LineReport {
  const { line, tokens: comment, tooLong } = commandLine(raw);
  if (tooLong) return tooLong;
  let r: LineReport;
  if (line.trim() === '') r = { tokens: [], mark: null, err: 0, detail: 'a blank line: no effect' };
  else if (line[0] === '-' || line[0] === '!') r = deleteLine(line, now);
  else if (line.startsWith('u:')) r = createLine(line);
  else r = otherLine(line);
  return { ...r, tokens: [...r.tokens, ...comment] };
}

/**
 * The detail of a command that does not parse: text flags are refused first; a field error is
 * what the text alone gets, but an event of that name and format is looked up before the fields
 * are parsed (find_user_event, 1562): the words may spell its fields (then it is the answer), or
 * not (EADDRINUSE, except that a multi-format registration goes on and fails to parse).
 */
function failed(cmd: CommandReport, what: string, multi: boolean): string {
  if (cmd.error?.why === REFUSED_FLAGS)
    return `${what} (text flags are refused before anything else is read)`;
  const should = multi
    ? `Should an event called ${quote(cmd.name)} of the same format exist`
    : `Should user_events have an event called ${quote(cmd.name)}`;
  const otherwise = multi
    ? 'else EADDRINUSE (a multi-format registration gets EINVAL still)'
    : 'else EADDRINUSE';
  return (
    `${what}. ${should}, its fields are compared with these words before they are parsed: that ` +
    `event is the answer if the words spell its fields, ${otherwise}`
  );
}

function createLine(line: string): LineReport {
  let at = 2;
  while (at < line.length && ' \t\n\v\f\r'.includes(line[at])) at++;
  const head: Token = {
    at: 0,
    len: 2,
    note: 'create: the rest registers a persistent user event in user_events (root only, EPERM otherwise)',
  };
  const cmd = parseRegisterCommand(line.slice(at), at, 'refused');
  const tokens = [head, ...cmd.tokens];
  if (cmd.error)
    return {
      tokens,
      mark: cmd.error.mark,
      err: EINVAL,
      detail: failed(cmd, 'the write fails; nothing is created', false),
    };
  return {
    tokens,
    mark: null,
    err: 0,
    detail:
      `creates user_events:${cmd.name}${layoutSummary(cmd)}; persistent, it stays when unused until a ` +
      `delete line or DIAG_IOCSDEL removes it. If user_events already has an event called ` +
      `${quote(cmd.name)}, the line keeps that one as it is when its fields are these (compared word by ` +
      'word, as dynamic_events shows them) and fails with EADDRINUSE when they are not.',
  };
}

/** Whether the field groups spell `fields` exactly (user_fields_match, user_field_match). */
function spells(groups: readonly FieldGroup[], fields: readonly string[]): boolean {
  return (
    groups.length === fields.length && groups.every((g, i) => g.text === fields[i] + (g.semicolon ? ';' : ''))
  );
}

/** What a group must be: its text without the one `;` that may end it, or why it never matches. */
function groupNote(g: FieldGroup, n: number): string {
  const semi = g.text.indexOf(';');
  if (g.semicolon && (semi !== g.text.length - 1 || g.text === ';' || g.text.endsWith(' ;')))
    return `field ${n}: ${quote(g.text)} never matches: a ';' may only end a field's last word (u32 a; u32 b)`;
  const field = g.semicolon ? g.text.slice(0, -1) : g.text;
  if (/^struct \S+ \S+$/.test(field))
    return `field ${n}: ${quote(field)} never matches: a struct field is written with its size, struct TAG NAME SIZE`;
  return `field ${n} must be ${quote(field)}`;
}

function systemNote(system: string): string {
  if (USER_SYSTEMS.includes(system))
    return `system ${system}: either user system matches every user event, whatever its own`;
  return `system ${quote(system)}: only user_events and user_events_multi name user events, so no event matches (ENOENT)`;
}

function deleteLine(line: string, now: readonly ShownEvent[] | null): LineReport {
  const target = deleteTarget(line);
  if (!('targetAt' in target)) return target;
  const { words: w, targetAt, slash, system, event } = target;
  const tokens: Token[] = [{ at: 0, len: targetAt, note: 'delete: the target follows' }];
  if (system !== null) tokens.push({ at: targetAt, len: slash + 1, note: systemNote(system) });
  const eventAt = targetAt + (slash < 0 ? 0 : slash + 1);
  const both = system === null ? '; with no system, events of both systems match' : '';
  const note = `event name, as registered (a multi-format event is NAME here, not NAME.N)${both}`;
  tokens.push({ at: eventAt, len: event.length, note });
  const groups = splitFieldGroups(w.slice(1), line);
  tokens.push(...groups.map((g, i) => ({ at: g.at, len: g.len, note: groupNote(g, i + 1) })));
  if (system !== null && !USER_SYSTEMS.includes(system))
    return {
      tokens,
      mark: { at: targetAt, len: slash },
      err: ENOENT,
      detail: 'nothing can match this target',
    };
  const which =
    groups.length === 0
      ? 'that has no fields (a delete line names every field, so one without fields matches only such an event)'
      : groups.length === 1
        ? 'whose only field is this one'
        : `whose fields are exactly these ${groups.length}, in this order`;
  const deletes = `deletes every user event called ${quote(event)} ${which}`;
  const after =
    'EBUSY when a match is in use (registered on an open user_events_data, named by an enable bit, or ' +
    'recorded), EPERM for a persistent one unless root. Trace buffers waiting for a reset after earlier ' +
    'deletions are cleared either way.';
  if (now === null)
    return {
      tokens,
      mark: null,
      err: 0,
      stateful: true,
      detail: `${deletes}. ENOENT when none matches, ${after}`,
    };
  const named = now.filter((e) => e.name === event);
  const hits = named.filter((e) => spells(groups, e.fields));
  if (hits.length === 0) {
    const others =
      named.length === 0
        ? `no event is called ${quote(event)}`
        : `dynamic_events has ${named.map((e) => e.line).join(', ')}`;
    return {
      tokens,
      mark: { at: 0, len: line.trimEnd().length },
      err: ENOENT,
      detail: `${deletes}; now none matches: ${others}`,
    };
  }
  return {
    tokens,
    mark: null,
    err: 0,
    stateful: true,
    detail: `${deletes}; now: ${hits.map((e) => e.line).join(', ')}. ${after}`,
  };
}

/** The command string of a DIAG_IOCSREG on 6.12, as `uevent register FD 'COMMAND'` sends it. */
export function explainRegister612(command: string): LineReport {
  const tooLong = commandTooLong(command);
  if (tooLong) return tooLong;
  const cmd = parseRegisterCommand(command, 0, 'refused');
  if (cmd.error)
    return {
      tokens: cmd.tokens,
      mark: cmd.error.mark,
      err: EINVAL,
      detail: failed(cmd, 'the ioctl fails; nothing is registered', true),
    };
  return {
    tokens: cmd.tokens,
    mark: null,
    err: 0,
    detail:
      `registers ${quote(cmd.name)} in user_events (as ${cmd.name}.N in user_events_multi with the ` +
      `multi-format flag)${layoutSummary(cmd)}. The answer is the write_index for this descriptor; the ` +
      'kernel sets the enable bit while a trace array records the event. Only the text is judged here: a ' +
      'name that exists with these fields is returned as it is, with other fields EADDRINUSE (a ' +
      'multi-format registration makes a new NAME.N instead); EMFILE past kernel.user_events_max; EPERM ' +
      'for the persist flag without root. EINVAL, EFAULT, E2BIG, ENOMEM and EADDRINUSE also come from ' +
      'struct user_reg (its size, flags and enable bit), never from this text.',
  };
}
