// explain's reading of what user_events is given as text (KERNEL-MODEL §b.8, §c.3, §c.7, §c.10): a
// line written to `dynamic_events` (create with `u:`, delete with `!`/`-:`, blank, or refused) and
// the command string of a DIAG_IOCSREG (what `uevent register` sends). Only what the text alone
// decides is a verdict; what exists (an event of that name, a full group, a busy match) is said.
// This is the RFC v2 kernel's reading; explain-dynevents-612.ts has Linux 6.12's, with these helpers.

import { EINVAL, ENOENT } from '../../kernel/lib/errno';
import { MAX_EVENT_DESC } from '../../kernel/syscall-table';
import { utf8Length } from '../../kernel/lib/utf8';
import { parseRegisterCommand, type CommandReport } from './explain-fields';
import type { LineReport, Token } from './explain-out';

/** The longest line trace_parse_run_command() takes (its page buffer, less the terminator and `\n`). */
export const MAX_LINE_BYTES = 4094;
const USER_EVENTS = 'user_events';
const WORD = /[^ \t\n\v\f\r]+/g;

/** Words split at white space, with where each starts. */
export function words(line: string): { at: number; text: string }[] {
  return [...line.matchAll(WORD)].map((m) => ({ at: m.index, text: m[0] }));
}

/** The index of the first character past `max` UTF-8 bytes, or -1 when the text fits. */
export function pastBytes(text: string, max: number): number {
  let bytes = 0;
  let i = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (bytes > max) return i;
    i += ch.length;
  }
  return -1;
}

/** §b.8: the line limit and the `#` comment, shared by every command file. */
export function commandLine(raw: string): { line: string; tokens: Token[]; tooLong: LineReport | null } {
  const over = pastBytes(raw, MAX_LINE_BYTES);
  if (over >= 0) {
    const why = `the line is longer than ${MAX_LINE_BYTES} bytes, the most one command line may have`;
    return {
      line: raw,
      tokens: [],
      tooLong: { tokens: [], mark: { at: over, len: raw.length - over }, err: EINVAL, detail: why },
    };
  }
  const hash = raw.indexOf('#');
  if (hash < 0) return { line: raw, tokens: [], tooLong: null };
  const note = 'a comment: cut off before the line is read (white space before it stays)';
  return { line: raw.slice(0, hash), tokens: [{ at: hash, len: raw.length - hash, note }], tooLong: null };
}

/** One line written to `dynamic_events`, as `create_dyn_event()` and user_events' ops take it. */
export function explainDynamicLine(raw: string): LineReport {
  const { line, tokens: comment, tooLong } = commandLine(raw);
  if (tooLong) return tooLong;
  let r: LineReport;
  if (line.trim() === '') r = { tokens: [], mark: null, err: 0, detail: 'a blank line: no effect' };
  else if (line[0] === '-' || line[0] === '!') r = deleteLine(line);
  else if (line.startsWith('u:')) r = createLine(line);
  else r = otherLine(line);
  return { ...r, tokens: [...r.tokens, ...comment] };
}

function createLine(line: string): LineReport {
  let at = 2;
  while (at < line.length && ' \t\n\v\f\r'.includes(line[at])) at++;
  const head: Token = { at: 0, len: 2, note: 'create: the rest registers a user event in the root group' };
  const cmd = parseRegisterCommand(line.slice(at), at);
  const tokens = [head, ...cmd.tokens];
  if (cmd.error)
    return { tokens, mark: cmd.error.mark, err: EINVAL, detail: 'the write fails; nothing is created' };
  return {
    tokens,
    mark: null,
    err: 0,
    detail:
      `creates user_events:${cmd.name}${layoutSummary(cmd)}. If user_events already has an event ` +
      `called ${quote(cmd.name)}, that one is kept` +
      (cmd.fields.length > 0 ? ' and these fields are not even read (this era does not compare them).' : '.'),
  };
}

/** ` (N fields; writes carry at least P bytes after the index)`. */
export function layoutSummary(cmd: CommandReport): string {
  const n = cmd.fields.length;
  if (n === 0) return ' with no fields';
  const fields = n === 1 ? '1 field' : `${n} fields`;
  return ` with ${fields}; each write must carry at least ${cmd.payload} bytes after the 4-byte write index`;
}

export function quote(name: string): string {
  return `'${name}'`;
}

/** The first word of a delete line read as dyn_event_release() reads it, the target split. */
export interface DeleteTarget {
  readonly words: { at: number; text: string }[];
  /** Where the target starts (after `-:` or the first `:`) and where its `/` is in it (-1: none). */
  readonly targetAt: number;
  readonly slash: number;
  readonly system: string | null;
  readonly event: string;
}

/** dyn_event_release(): the target of a delete line, or the report of a malformed one. */
export function deleteTarget(line: string): DeleteTarget | LineReport {
  const w = words(line);
  const first = w[0];
  const no = (why: string): LineReport => ({
    tokens: [{ at: 0, len: first.text.length, note: why }],
    mark: { at: 0, len: first.text.length },
    err: EINVAL,
    detail: 'a malformed delete line; nothing is deleted',
  });
  let targetAt: number;
  if (first.text[0] === '-') {
    if (!first.text.startsWith('-:')) return no("a line starting with '-' must start with '-:' (-:NAME)");
    targetAt = 2;
  } else {
    const colon = first.text.indexOf(':');
    if (colon < 0) return no("a '!' line needs a ':' before its target, as in !u:NAME");
    targetAt = colon + 1;
  }
  const target = first.text.slice(targetAt);
  const slash = target.indexOf('/');
  const system = slash < 0 ? null : target.slice(0, slash);
  const event = slash < 0 ? target : target.slice(slash + 1);
  if (system === null && event === '') return no('no event name after the colon');
  return { words: w, targetAt, slash, system, event };
}

function deleteLine(line: string): LineReport {
  const target = deleteTarget(line);
  if (!('targetAt' in target)) return target;
  const { words: w, targetAt, slash, system, event } = target;
  const tokens: Token[] = [{ at: 0, len: targetAt, note: 'delete: the target follows' }];
  if (system !== null) tokens.push({ at: targetAt, len: slash + 1, note: systemNote(system) });
  const eventAt = targetAt + (slash < 0 ? 0 : slash + 1);
  const everyGroup = system === null ? '; with no system, events of every group (namespaces too) match' : '';
  tokens.push({ at: eventAt, len: event.length, note: `event name${everyGroup}` });
  const groups = fieldGroups(w.slice(1), line);
  tokens.push(...groups);
  if (system !== null && system !== USER_EVENTS) {
    return {
      tokens,
      mark: { at: targetAt, len: slash },
      err: ENOENT,
      detail: 'nothing can match this target',
    };
  }
  const which =
    groups.length === 0
      ? 'whatever its fields'
      : groups.length === 1
        ? 'whose only field is this one'
        : `whose fields are exactly these ${groups.length}`;
  return {
    tokens,
    mark: null,
    err: 0,
    stateful: true,
    detail:
      `deletes every dynamic event called ${quote(event)} ${which}, in any group. ENOENT when none ` +
      'matches, EBUSY when a match is in use (registered on an open user_events_data, or enabled). ' +
      'Trace buffers waiting for a reset after earlier deletions are cleared either way.',
  };
}

function systemNote(system: string): string {
  if (system === USER_EVENTS)
    return "system user_events: the event's real group is not checked, so namespaced events match too";
  return `system ${quote(system)}: only 'user_events' names user events, so no event matches (ENOENT)`;
}

/** The words of a delete line that spell one field, and whether they end with a word holding `;`. */
export interface FieldGroup {
  readonly at: number;
  readonly len: number;
  /** The words joined by single spaces. */
  readonly text: string;
  readonly semicolon: boolean;
}

/** user_fields_match(): words regroup per field, a group ending at the first word with `;`. */
export function splitFieldGroups(rest: readonly { at: number; text: string }[], line: string): FieldGroup[] {
  const groups: FieldGroup[] = [];
  let i = 0;
  while (i < rest.length) {
    const start = rest[i].at;
    let end = start;
    let semicolon = false;
    while (i < rest.length) {
      const word = rest[i++];
      end = word.at + word.text.length;
      if (word.text.includes(';')) {
        semicolon = true;
        break;
      }
    }
    const text = line
      .slice(start, end)
      .split(/[ \t\n\v\f\r]+/)
      .join(' ');
    groups.push({ at: start, len: end - start, text, semicolon });
  }
  return groups;
}

/** The RFC kernel's note on each field group (sizes are not part of a struct field's text there). */
function fieldGroups(rest: readonly { at: number; text: string }[], line: string): Token[] {
  return splitFieldGroups(rest, line).map(({ at, len, text: group, semicolon }, i) => {
    const n = i + 1;
    let note = `field ${n} must read ${quote(group)} as TYPE NAME${semicolon ? ';' : ''}`;
    if (semicolon && group.indexOf(';') === group.length - 1)
      note = `field ${n} must be ${quote(group.slice(0, -1))}`;
    else if (!semicolon) note = `field ${n} must be ${quote(group)}`;
    if (/^struct \S+ \S+ \S+;?$/.test(group))
      note += ' (never matches: sizes are not compared, write struct TAG NAME)';
    return { at, len, note };
  });
}

export function otherLine(line: string): LineReport {
  const first = words(line)[0];
  let why =
    'not a line of any dynamic event kind the model has (create with u:NAME, delete with !u:NAME or -:NAME)';
  if (first.at > 0 && first.text.startsWith('u:'))
    why = "white space before 'u:': a create line must start with u: itself";
  else if (first.text === 'u') why = "'u' and ':' must be written together (u:NAME)";
  else if (/^[prtfse]:/.test(first.text))
    why = 'kprobe, uprobe and synthetic events are not modelled; user events use u:';
  return {
    tokens: [{ at: first.at, len: first.text.length, note: why }],
    mark: { at: first.at, len: first.text.length },
    err: EINVAL,
    detail: 'the write fails',
  };
}

/** strndup_user(.., MAX_EVENT_DESC): a command of 512 bytes or more is EINVAL. */
export function commandTooLong(command: string): LineReport | null {
  const bytes = utf8Length(command);
  if (bytes < MAX_EVENT_DESC) return null;
  let at = 0;
  while (utf8Length(command.slice(0, at + 1)) < MAX_EVENT_DESC) at++;
  const detail = `the command is ${bytes} bytes; the ioctl takes ${MAX_EVENT_DESC - 1} at most`;
  return { tokens: [], mark: { at, len: command.length - at }, err: EINVAL, detail };
}

/** The command string of a DIAG_IOCSREG, as `uevent register FD 'COMMAND'` sends it. */
export function explainRegister(command: string): LineReport {
  const tooLong = commandTooLong(command);
  if (tooLong) return tooLong;
  const cmd = parseRegisterCommand(command, 0);
  if (cmd.error)
    return {
      tokens: cmd.tokens,
      mark: cmd.error.mark,
      err: EINVAL,
      detail: 'the ioctl fails; nothing is registered',
    };
  return {
    tokens: cmd.tokens,
    mark: null,
    err: 0,
    detail:
      `registers ${quote(cmd.name)} in the group of the user_events_data it is sent on (user_events ` +
      `at the top, user_events.NS for namespaces/NS/root)${layoutSummary(cmd)}. The answer is the status ` +
      'bit and the write_index for this descriptor. Only the text is judged here: a name the group ' +
      'already has is returned as it is, fields unread; EMFILE when the group has no free status bit; ' +
      'E2BIG comes from struct user_reg, never from this text.',
  };
}
