// Models kernel/trace/trace_events_user.c (v6.1 era): user_event_parse_cmd(), user_event_parse_field(),
// user_field_size() and user_field_array_size() — the register command grammar of spec §c.3/§c.3.1.

import { EINVAL, fail, ok, type Result } from '../lib/errno';
import { kstrtouint } from '../lib/kstrtox';

/** One user field. `type` is the declared type text exactly as written (it reappears in `format`). */
export interface UserEventField {
  type: string;
  name: string;
  offset: number;
  size: number;
  isSigned: boolean;
  isStruct: boolean;
  dataLoc: 'none' | 'data' | 'rel';
}

/** A command split into its name, ignored flags and field text (`null` when absent). */
export interface ParsedCommand {
  name: string;
  flags: string | null;
  argText: string | null;
}

/** Fields follow the 8-byte common header (struct trace_entry). */
export const USER_FIELDS_START = 8;
/** MAX_FIELD_ARRAY_SIZE: the largest N of `char[N]`. */
export const MAX_FIELD_ARRAY_SIZE = 1024;

const S32_MAX = 0x7fffffff;

/** Checked in this order; the type is then everything up to the next space. */
const MULTI_WORD_PREFIXES = [
  'unsigned ',
  'struct ',
  '__data_loc unsigned ',
  '__data_loc ',
  '__rel_loc unsigned ',
  '__rel_loc ',
];

const BASIC_SIZES: Record<string, number> = {
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

/**
 * user_event_parse_cmd(): the name part ends at the first space, the flags start after the
 * name part's first ':'. Neither the name nor the flags are validated.
 */
export function parseCommand(command: string): ParsedCommand {
  const space = command.indexOf(' ');
  const namePart = space < 0 ? command : command.slice(0, space);
  const argText = space < 0 ? null : command.slice(space + 1);
  const colon = namePart.indexOf(':');
  if (colon < 0) return { name: namePart, flags: null, argText };
  return { name: namePart.slice(0, colon), flags: namePart.slice(colon + 1), argText };
}

/**
 * user_event_parse_fields(): split at every ';', skip field texts that are empty after leading
 * white space, parse the rest in order with packed offsets from 8. The first error wins (-EINVAL).
 */
export function parseFields(argText: string | null): Result<UserEventField[]> {
  const fields: UserEventField[] = [];
  if (argText === null) return ok(fields);
  let offset = USER_FIELDS_START;
  for (const raw of argText.split(';')) {
    const text = skipSpaces(raw);
    if (text === '') continue;
    const field = parseField(text, offset);
    if (!field.ok) return field;
    fields.push(field.value);
    offset += field.value.size;
  }
  return ok(fields);
}

/** min_size: the payload must hold every field. */
export function minSize(fields: readonly UserEventField[]): number {
  return fields.reduce((sum, f) => sum + f.size, 0);
}

/** skip_spaces(): drops leading isspace() characters (space, \t, \n, \v, \f, \r). */
function skipSpaces(text: string): string {
  let i = 0;
  while (i < text.length && ' \t\n\v\f\r'.includes(text[i])) i++;
  return text.slice(i);
}

/** user_event_parse_field(): `TYPE NAME` or `struct TAG NAME SIZE`. */
function parseField(text: string, offset: number): Result<UserEventField> {
  let type: string | null = null;
  let rest = text;
  let isStruct = false;
  const prefix = MULTI_WORD_PREFIXES.find((p) => text.startsWith(p));
  if (prefix !== undefined) {
    const space = text.indexOf(' ', prefix.length);
    if (space < 0) return fail(EINVAL);
    type = text.slice(0, space);
    rest = text.slice(space + 1);
    isStruct = prefix === 'struct ';
  }
  // NOTE: every single space separates words, so "u32  a" has an empty name word and "u32 a " an
  // empty third word (-EINVAL); "u32 " has an empty name, which the kernel accepts as a name.
  const words = rest.split(' ');
  if (type === null) type = words.shift() as string;
  if (words.length === 0 || words.length > 2) return fail(EINVAL);
  const name = words[0];
  let size: number;
  if (words.length === 2) {
    if (!isStruct) return fail(EINVAL);
    const parsed = kstrtouint(words[1], 10);
    // NOTE: the kernel stores the u32 in an int; 2^31 and above become a bogus negative "error" (Q11).
    if (!parsed.ok || parsed.value > S32_MAX) return fail(EINVAL);
    size = parsed.value;
  } else {
    size = fieldSize(type);
  }
  if (size <= 0) return fail(EINVAL);
  return ok({
    type,
    name,
    offset,
    size,
    isSigned: type[0] !== 'u',
    isStruct,
    dataLoc: type.startsWith('__data_loc ') ? 'data' : type.startsWith('__rel_loc ') ? 'rel' : 'none',
  });
}

/** user_field_size(): bytes of a non-struct type, or -EINVAL for an unknown type. */
function fieldSize(type: string): number {
  const basic = BASIC_SIZES[type];
  if (basic !== undefined) return basic;
  if (type.startsWith('__data_loc ') || type.startsWith('__rel_loc ')) return 4;
  if (type.startsWith('char[') || type.startsWith('unsigned char[')) return arraySize(type);
  return -EINVAL;
}

/**
 * user_field_array_size(): the text after '[' is copied into an 8-byte buffer (7 characters at
 * most, else -EINVAL), cut at ']' (required) and read by kstrtouint(base 0); N must be 1..1024.
 */
function arraySize(type: string): number {
  const after = type.slice(type.indexOf('[') + 1);
  if (after.length === 0 || after.length >= 8) return -EINVAL;
  const bracket = after.indexOf(']');
  if (bracket < 0) return -EINVAL;
  const n = kstrtouint(after.slice(0, bracket), 0);
  if (!n.ok || n.value > MAX_FIELD_ARRAY_SIZE) return -EINVAL;
  return n.value;
}
