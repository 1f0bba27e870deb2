// Models the text user events show: f_show() of kernel/trace/trace_events.c (v6.0 field lines),
// user_event_set_print_fmt(), user_event_show() and user_event_match() of trace_events_user.c.

import type { UserEventField } from './fields';

const COMMON_FIELDS =
  '\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n' +
  '\tfield:unsigned char common_flags;\toffset:2;\tsize:1;\tsigned:0;\n' +
  '\tfield:unsigned char common_preempt_count;\toffset:3;\tsize:1;\tsigned:0;\n' +
  '\tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;\n';

const BASIC_FORMATS: Record<string, string> = {
  s64: '%lld',
  u64: '%llu',
  s32: '%d',
  u32: '%u',
  int: '%d',
  'unsigned int': '%u',
  s16: '%d',
  u16: '%u',
  short: '%d',
  'unsigned short': '%u',
  s8: '%d',
  u8: '%u',
  char: '%d',
  'unsigned char': '%u',
};

/** The byte-exact `format` file of an event (§d.1); with no fields two blank lines precede `print fmt`. */
export function formatFile(name: string, id: number, fields: readonly UserEventField[]): string {
  let out = `name: ${name}\nID: ${id}\nformat:\n${COMMON_FIELDS}\n`;
  for (const f of fields) out += fieldLine(f);
  return `${out}\nprint fmt: ${printFmt(fields)}\n`;
}

/**
 * One user-field line. v6.0 moves an array suffix behind the name (`char msg[20];`) unless the
 * type starts with `__data_loc`; NOTE: `__rel_loc char[] note` therefore prints `__rel_loc char note[];`.
 */
function fieldLine(f: UserEventField): string {
  const bracket = f.type.startsWith('__data_loc') ? -1 : f.type.indexOf('[');
  const decl =
    bracket < 0 ? `${f.type} ${f.name}` : `${f.type.slice(0, bracket)} ${f.name}${f.type.slice(bracket)}`;
  return `\tfield:${decl};\toffset:${f.offset};\tsize:${f.size};\tsigned:${f.isSigned ? 1 : 0};\n`;
}

/** user_field_format(): the printf conversion of a field type. */
function conversion(type: string): string {
  const basic = BASIC_FORMATS[type];
  if (basic !== undefined) return basic;
  if (type.includes('char[')) return '%s';
  return '%llu';
}

/** user_field_is_dyn_string() and the print argument built from it. */
function argument(f: UserEventField): string {
  if (f.dataLoc !== 'none' && f.type.includes('char')) {
    return `${f.dataLoc === 'data' ? '__get_str' : '__get_rel_str'}(${f.name})`;
  }
  return `REC->${f.name}`;
}

/** user_event_set_print_fmt(): `"a=%u b=%s", REC->a, REC->b`; `""` without fields. */
export function printFmt(fields: readonly UserEventField[]): string {
  const items = fields.map((f) => `${f.name}=${conversion(f.type)}`).join(' ');
  return `"${items}"` + fields.map((f) => `, ${argument(f)}`).join('');
}

/** user_event_show(): the `dynamic_events` line of an event, without its trailing newline. */
export function dynamicEventLine(name: string, fields: readonly UserEventField[]): string {
  const decls = fields.map((f) => `${f.type} ${f.name}${f.isStruct ? ` ${f.size}` : ''}`);
  return decls.length === 0 ? `u:${name}` : `u:${name} ${decls.join('; ')}`;
}

/**
 * user_fields_match(): the words after a delete line's first word describe the fields exactly.
 * Words are regrouped per field, a group ending at the first word containing ';'; field i matches
 * when its group equals `TYPE NAME` (+ ';' if the group ended with one). Struct sizes are not
 * compared in this era. No words = match.
 * Simplified: the kernel builds both texts in 256-byte buffers; the model compares them whole.
 */
export function matchesDeleteFields(fields: readonly UserEventField[], words: readonly string[]): boolean {
  if (words.length === 0) return true;
  let i = 0;
  for (const f of fields) {
    if (i >= words.length) return false;
    const group: string[] = [];
    let semicolon = false;
    while (i < words.length) {
      const word = words[i++];
      group.push(word);
      if (word.includes(';')) {
        semicolon = true;
        break;
      }
    }
    if (group.join(' ') !== `${f.type} ${f.name}${semicolon ? ';' : ''}`) return false;
  }
  return i === words.length;
}
