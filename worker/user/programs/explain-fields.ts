// explain's restatement of the user_events register grammar (KERNEL-MODEL §c.3, §c.3.1, §d.1):
// `NAME[:FLAGS] [FIELD[;FIELD]...]` cut into tokens with their positions, each field's type, size,
// offset and signedness as the event's `format` file shows them, or the token that makes the kernel
// refuse the command (EINVAL). User space may not import the kernel's parser, so this says it again;
// test/user/programs/explain-agrees.test.ts holds it to what the kernel answers. The grammar is the
// same on Linux 6.12 but for the `:FLAGS` part, which 6.12 refuses (explain-agrees-612.test.ts).

import { kernelUint, numberProblem } from './explain-number';
import type { Mark, Token } from './explain-out';

/** One accepted field, as its line in `format` shows it. */
export interface FieldLayout {
  /** `char msg[20]`: the declaration as `format` prints it. */
  readonly decl: string;
  readonly offset: number;
  readonly size: number;
  readonly signed: 0 | 1;
}

export interface CommandReport {
  readonly name: string;
  readonly tokens: Token[];
  readonly fields: FieldLayout[];
  /** EINVAL, the mark and the reason; null when the command parses. */
  readonly error: { readonly mark: Mark; readonly why: string } | null;
  /** min_size: the bytes every write must carry after its index. */
  readonly payload: number;
}

/** Fields start after the 8 bytes of common fields (struct trace_entry). */
export const FIELDS_START = 8;
const MAX_ARRAY = 1024;
const S32_MAX = 0x7fffffff;
const WHITE = ' \t\n\v\f\r';

/** Checked in this order (§c.3.1); the type then runs to the next space. */
const PREFIXES = [
  'unsigned ',
  'struct ',
  '__data_loc unsigned ',
  '__data_loc ',
  '__rel_loc unsigned ',
  '__rel_loc ',
];

const SIZES: Readonly<Record<string, number>> = {
  s64: 8,
  u64: 8,
  s32: 4,
  u32: 4,
  int: 4,
  'unsigned int': 4,
  s16: 2,
  u16: 2,
  short: 2,
  'unsigned short': 2,
  s8: 1,
  u8: 1,
  char: 1,
  'unsigned char': 1,
};

export const TYPES_HINT =
  'accepted types: s8 u8 s16 u16 s32 u32 s64 u64 char short int (and unsigned char/short/int), ' +
  'char[N], unsigned char[N], __data_loc T, __rel_loc T, struct TAG with a size';

type Field = { ok: true; layout: FieldLayout } | { ok: false; mark: Mark; why: string };

/** What the kernel does with `NAME:FLAGS`: the RFC's kernel ignores the flags, 6.12 refuses them. */
export type TextFlags = 'ignored' | 'refused';

/**
 * The note on `:FLAGS` where 6.12 refuses it: user_event_parse() of 6.12 returns -EINVAL for any
 * flags text, even an empty one, before it looks at anything else (trace_events_user.c:2124).
 */
export const REFUSED_FLAGS =
  "text flags: Linux 6.12 knows none, so a ':' in the name part is refused (flags go in struct user_reg)";

/** user_event_parse_cmd() and the field loop, on `command` whose first character is at `at`. */
export function parseRegisterCommand(
  command: string,
  at: number,
  flags: TextFlags = 'ignored',
): CommandReport {
  const tokens: Token[] = [];
  const space = command.indexOf(' ');
  const namePart = space < 0 ? command : command.slice(0, space);
  const colon = namePart.indexOf(':');
  const name = colon < 0 ? namePart : namePart.slice(0, colon);
  tokens.push({ at, len: name.length, note: nameNote(name) });
  if (colon >= 0 && flags === 'refused') {
    const mark = { at: at + colon, len: namePart.length - colon };
    tokens.push({ ...mark, note: REFUSED_FLAGS });
    return { name, tokens, fields: [], error: { mark, why: REFUSED_FLAGS }, payload: 0 };
  }
  if (colon >= 0) {
    tokens.push({ at: at + colon, len: namePart.length - colon, note: 'flags: accepted and ignored' });
  }
  const fields: FieldLayout[] = [];
  let offset = FIELDS_START;
  if (space < 0) return { name, tokens, fields, error: null, payload: 0 };
  let pos = at + space + 1;
  let index = 1;
  for (const raw of command.slice(space + 1).split(';')) {
    let lead = 0;
    while (lead < raw.length && WHITE.includes(raw[lead])) lead++;
    const text = raw.slice(lead);
    if (text === '') {
      if (raw !== '') tokens.push({ at: pos, len: raw.length, note: 'only white space: skipped' });
    } else {
      const field = parseField(text, pos + lead, offset);
      if (!field.ok) {
        tokens.push({ at: pos + lead, len: text.length, note: `field ${index}: ${field.why}` });
        return { name, tokens, fields, error: { mark: field.mark, why: field.why }, payload: 0 };
      }
      const f = field.layout;
      tokens.push({ at: pos + lead, len: text.length, note: `field ${index}: ${formatLine(f)}`, keep: true });
      fields.push(f);
      offset += f.size;
      index++;
    }
    pos += raw.length + 1;
  }
  return { name, tokens, fields, error: null, payload: offset - FIELDS_START };
}

/** The field's line in `format`, its tabs shown as spaces. */
export function formatLine(f: FieldLayout): string {
  return `field:${f.decl}; offset:${f.offset}; size:${f.size}; signed:${f.signed};`;
}

function nameNote(name: string): string {
  if (name === '') return 'event name: empty (allowed; no events/ directory can be made for it)';
  if (name === '.' || name === '..' || name.includes('/'))
    return 'event name: not a possible directory name, so the event exists without an events/ directory';
  return 'event name (not validated)';
}

/** user_event_parse_field(): `TYPE NAME` or `struct TAG NAME SIZE`, at `at` in the shown text. */
function parseField(text: string, at: number, offset: number): Field {
  const prefix = PREFIXES.find((p) => text.startsWith(p));
  let type: string;
  let restAt: number;
  if (prefix !== undefined) {
    const space = text.indexOf(' ', prefix.length);
    if (space < 0)
      return bad(
        at + text.length,
        0,
        `no name follows the type '${text}' (after '${prefix.trim()}' the type runs to the next space)`,
      );
    type = text.slice(0, space);
    restAt = space + 1;
  } else {
    const space = text.indexOf(' ');
    if (space < 0) return bad(at + text.length, 0, `'${text}' has no name after the type`);
    type = text.slice(0, space);
    restAt = space + 1;
  }
  const words = text.slice(restAt).split(' ');
  const starts: number[] = [];
  for (let p = restAt, i = 0; i < words.length; p += words[i].length + 1, i++) starts.push(p);
  const isStruct = prefix === 'struct ';
  if (!isStruct && words.length > 1) {
    const what = words[0] === '' ? ', and the name before it is empty' : '';
    return extraWord(text, at, starts[1], words[1], `a size, which only struct fields have${what}`);
  }
  if (words.length > 2)
    return extraWord(text, at, starts[2], words[2], 'a word after the size, never allowed');
  let size: number;
  if (words.length === 2) {
    const n = kernelUint(words[1], 10);
    if (!n.ok)
      return bad(
        at + starts[1],
        words[1].length,
        `${numberProblem(n.problem, 'the struct size')} (decimal only)`,
      );
    if (n.value > S32_MAX) return bad(at + starts[1], words[1].length, 'the struct size is above 2147483647');
    if (n.value === 0) return bad(at + starts[1], words[1].length, 'the struct size is 0');
    size = n.value;
  } else {
    const s = typeSize(type, at);
    if (!s.ok) return s;
    size = s.size;
  }
  return {
    ok: true,
    layout: { decl: declaration(type, words[0]), offset, size, signed: type[0] === 'u' ? 0 : 1 },
  };
}

function bad(at: number, len: number, why: string): Field {
  return { ok: false, mark: { at, len }, why };
}

/** An extra word; an empty one is marked by the space that made it. */
function extraWord(text: string, at: number, start: number, word: string, what: string): Field {
  if (word !== '') return bad(at + start, word.length, `'${word}' is read as ${what}`);
  const space = start === text.length ? 'a trailing space makes' : 'two spaces make';
  return bad(at + start - 1, 1, `${space} an empty word, read as ${what}`);
}

/** user_field_size(): the size of a type without an explicit size. */
function typeSize(
  type: string,
  at: number,
): { ok: true; size: number } | { ok: false; mark: Mark; why: string } {
  const basic = SIZES[type];
  if (basic !== undefined) return { ok: true, size: basic };
  if (type.startsWith('__data_loc ') || type.startsWith('__rel_loc ')) return { ok: true, size: 4 };
  if (type.startsWith('char[') || type.startsWith('unsigned char[')) return arraySize(type, at);
  if (type.startsWith('struct '))
    return {
      ok: false,
      mark: { at: at + type.length, len: 0 },
      why: 'a struct field needs its size: struct TAG NAME SIZE',
    };
  const hint = type.includes('[') ? 'arrays exist only as char[N] and unsigned char[N]' : TYPES_HINT;
  return { ok: false, mark: { at, len: type.length }, why: `unknown type '${type}' (${hint})` };
}

/** user_field_array_size(): N of `char[N]`, from the 7 characters after `[` at most. */
function arraySize(
  type: string,
  at: number,
): { ok: true; size: number } | { ok: false; mark: Mark; why: string } {
  const open = type.indexOf('[') + 1;
  const after = type.slice(open);
  const mark = { at: at + open, len: after.length };
  const no = (why: string) => ({ ok: false as const, mark, why });
  if (after.length === 0) return no("nothing follows '['");
  if (after.length >= 8)
    return no(`the text after '[' must be shorter than 8 characters ('${after}' has ${after.length})`);
  const close = after.indexOf(']');
  if (close < 0) return no("no ']' closes the array length");
  const n = kernelUint(after.slice(0, close), 0);
  if (!n.ok)
    return no(`${numberProblem(n.problem, 'the array length')} ('[]' is only for __data_loc/__rel_loc)`);
  if (n.value === 0) return no('an array of 0 elements');
  if (n.value > MAX_ARRAY) return no(`${n.value} elements: more than ${MAX_ARRAY}`);
  return { ok: true, size: n.value };
}

/** f_show() of v6.0: an array suffix moves behind the name unless the type starts with __data_loc. */
function declaration(type: string, name: string): string {
  const bracket = type.startsWith('__data_loc') ? -1 : type.indexOf('[');
  return bracket < 0 ? `${type} ${name}` : `${type.slice(0, bracket)} ${name}${type.slice(bracket)}`;
}
