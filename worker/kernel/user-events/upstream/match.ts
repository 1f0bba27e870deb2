// Models how Linux 6.12 compares a command's field text with an event's fields
// (user_event_argv_split, user_fields_match, user_field_match in kernel/trace/trace_events_user.c):
// registering a name that exists with other fields is EADDRINUSE, and a dynamic_events delete
// line must name every field.

import type { UserEventField } from '../fields';

const SPACE = /[ \t\n\v\f\r]+/;

/** argv_split() after a space is put behind every ';' that has none (user_event_argv_split). */
export function argvSplit(args: string): string[] {
  return args
    .replace(/;(?![ \t\n\v\f\r])/g, '; ')
    .split(SPACE)
    .filter((w) => w !== '');
}

/** user_field_set_string(): `TYPE NAME`, the size after a struct, `;` when the words had one. */
function fieldText(f: UserEventField, semicolon: boolean): string {
  return `${f.type} ${f.name}${f.isStruct ? ` ${f.size}` : ''}${semicolon ? ';' : ''}`;
}

/**
 * user_fields_match(): no words match only an event without fields; otherwise the words, grouped
 * up to and including each word that holds a ';', spell every field in order and nothing more.
 */
export function fieldsMatch(fields: readonly UserEventField[], argv: readonly string[]): boolean {
  if (argv.length === 0) return fields.length === 0;
  let i = 0;
  for (const f of fields) {
    if (i >= argv.length) return false;
    const group: string[] = [];
    let semicolon = false;
    while (i < argv.length) {
      const word = argv[i++];
      group.push(word);
      if (word.includes(';')) {
        semicolon = true;
        break;
      }
    }
    if (group.join(' ') !== fieldText(f, semicolon)) return false;
  }
  return i === argv.length;
}
