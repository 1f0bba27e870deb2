// The action model of the randomized invariants: what one root task may do to tracefs (namespaces,
// options, instances, enable files, set_event, dynamic_events, the user_events ABI on fd slots 3–9),
// and the shell line each action replays as in /sys/kernel/tracing (bash redirections, `uevent` for
// the ABI, a comment for mmap and the debug fault injection, which have no shell form).

/**
 * Namespace names: one with a space (quoting, `user_events.a b`), one with a colon, which set_event
 * tokens cannot name (Q12).
 */
export const NAMESPACES = ['ns1', 'ns2', 'a b', 'c:d'] as const;
export const INSTANCES = ['i1', 'i2'] as const;
/** Event names; `a/b` and `.` cannot be directories and live without an events/ entry (Q10). */
export const EVENT_NAMES = ['e1', 'e2', 'login', 'a/b', '.'] as const;

/** Whether an event name can be an events/ directory (Q10). */
export function isDirable(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !name.includes('/');
}
export const SLOTS = [3, 4, 5, 6, 7, 8, 9] as const;

/** A group: '' is the root group, anything else a namespace name (§c.1). */
export type Group = string;

/** A field list of the register grammar (§c.3) with what the kernel makes of it. */
export interface FieldList {
  readonly text: string;
  readonly valid: boolean;
  /** Sum of the field sizes (§c.9 step 5). */
  readonly minSize: number;
  /** A `__data_loc char[]` field at offset 8 whose validator runs when recorded (§c.9). */
  readonly dataLoc: boolean;
  /** The fields as `dynamic_events` prints them (`TYPE NAME`). */
  readonly fields: readonly string[];
  /** uevent VALUEs that fill the fields well. */
  readonly sample: readonly string[];
}

export const FIELD_LISTS: readonly FieldList[] = [
  { text: '', valid: true, minSize: 0, dataLoc: false, fields: [], sample: [] },
  { text: 'u32 a', valid: true, minSize: 4, dataLoc: false, fields: ['u32 a'], sample: ['u32:5'] },
  {
    text: 'u64 b;u8 c',
    valid: true,
    minSize: 9,
    dataLoc: false,
    fields: ['u64 b', 'u8 c'],
    sample: ['u64:42', 'u8:1'],
  },
  {
    text: 'char[8] s',
    valid: true,
    minSize: 8,
    dataLoc: false,
    fields: ['char[8] s'],
    sample: ['char[8]:pts/0'],
  },
  {
    text: '__data_loc char[] p',
    valid: true,
    minSize: 4,
    dataLoc: true,
    fields: ['__data_loc char[] p'],
    sample: ['loc:Test'],
  },
  { text: 'u32', valid: false, minSize: 0, dataLoc: false, fields: [], sample: [] },
  { text: 'long x', valid: false, minSize: 0, dataLoc: false, fields: [], sample: [] },
  { text: 'u32  a', valid: false, minSize: 0, dataLoc: false, fields: [], sample: [] },
  { text: 'char[0] s', valid: false, minSize: 0, dataLoc: false, fields: [], sample: [] },
];

/** The field list whose text is `text` (for lines built from FIELD_LISTS), or undefined. */
export function fieldListOf(text: string): FieldList | undefined {
  return FIELD_LISTS.find((f) => f.text === text);
}

/** The register command `NAME FIELDS` (just `NAME` without fields). */
export function command(name: string, fields: FieldList): string {
  return fields.text === '' ? name : `${name} ${fields.text}`;
}

export type SlotFile = 'data' | 'status' | 'options';

export type EnableScope = 'event' | 'system' | 'all';

export type Action =
  | { kind: 'mkdirNs'; ns: string }
  | { kind: 'failNextCreate'; errno: 'ENOMEM' | 'ENODEV' }
  | { kind: 'rmdirNs'; ns: string }
  | { kind: 'options'; ns: string; line: string }
  | { kind: 'open'; slot: number; group: Group; file: SlotFile; rw: boolean }
  | {
      kind: 'openEnable';
      slot: number;
      instance: string | null;
      all: boolean;
      group: Group;
      name: string;
      rw: boolean;
    }
  | { kind: 'echoSlot'; slot: number; text: string }
  | { kind: 'close'; slot: number }
  | { kind: 'register'; slot: number; name: string; fields: FieldList }
  | { kind: 'unregister'; slot: number; name: string }
  | { kind: 'write'; slot: number; index: number; values: readonly string[] }
  | { kind: 'map'; slot: number }
  | { kind: 'unmap'; slot: number }
  | { kind: 'enable'; instance: string | null; scope: EnableScope; group: Group; name: string; value: string }
  | { kind: 'mkdirInstance'; name: string }
  | { kind: 'rmdirInstance'; name: string }
  | { kind: 'setEvent'; instance: string | null; token: string; trunc: boolean }
  | { kind: 'dynamic'; line: string; trunc: boolean };

/** The event system of a group (§c.1). */
export function systemOf(group: Group): string {
  return group === '' ? 'user_events' : `user_events.${group}`;
}

/** The group of an event system, or null for a system that is not user_events'. */
export function groupOfSystem(system: string): Group | null {
  if (system === 'user_events') return '';
  return system.startsWith('user_events.') ? system.slice('user_events.'.length) : null;
}

/** Directory (relative to the tracefs root, with a trailing slash) of a trace array. */
export function traceArrayDir(instance: string | null): string {
  return instance === null ? '' : `instances/${instance}/`;
}

/** Path of a group's ABI file or a namespace's options file, relative to the tracefs root. */
export function slotPath(group: Group, file: SlotFile): string {
  if (file === 'options') return `namespaces/${group}/options`;
  return group === '' ? `user_events_${file}` : `namespaces/${group}/root/user_events_${file}`;
}

export function enablePath(a: {
  instance: string | null;
  scope: EnableScope;
  group: Group;
  name: string;
}): string {
  const base = `${traceArrayDir(a.instance)}events/`;
  if (a.scope === 'all') return `${base}enable`;
  if (a.scope === 'system') return `${base}${systemOf(a.group)}/enable`;
  return `${base}${systemOf(a.group)}/${a.name}/enable`;
}

/** Single-quotes a shell word unless it is made only of characters bash leaves alone. */
export function quote(word: string): string {
  if (/^[A-Za-z0-9_./:=+,-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The line a shell replays for `a` in /sys/kernel/tracing. */
export function toShell(a: Action): string {
  switch (a.kind) {
    case 'mkdirNs':
      return `mkdir ${quote(`namespaces/${a.ns}`)}`;
    case 'failNextCreate':
      return `# (debug, Q17: the next user_events create(ns) fails with ${a.errno})`;
    case 'rmdirNs':
      return `rmdir ${quote(`namespaces/${a.ns}`)}`;
    case 'options':
      return `echo ${quote(a.line)} > ${quote(`namespaces/${a.ns}/options`)}`;
    case 'open':
      return `exec ${a.slot}${a.rw ? '<>' : '<'} ${quote(slotPath(a.group, a.file))}`;
    case 'openEnable': {
      const path = enablePath({ ...a, scope: a.all ? 'all' : 'event' });
      return `exec ${a.slot}${a.rw ? '<>' : '<'} ${quote(path)}`;
    }
    case 'echoSlot':
      return `echo ${quote(a.text)} >&${a.slot}`;
    case 'close':
      return `exec ${a.slot}>&-`;
    case 'register':
      return `uevent register ${a.slot} ${quote(command(a.name, a.fields))}`;
    case 'unregister':
      return `uevent unregister ${a.slot} ${quote(a.name)}`;
    case 'write':
      return ['uevent write', a.slot, a.index, ...a.values.map(quote)].join(' ');
    case 'map':
      return `# (program maps the status page of fd ${a.slot})`;
    case 'unmap':
      return `# (program unmaps its oldest mapping made through fd ${a.slot})`;
    case 'enable':
      return `echo ${a.value} > ${quote(enablePath(a))}`;
    case 'mkdirInstance':
      return `mkdir instances/${a.name}`;
    case 'rmdirInstance':
      return `rmdir instances/${a.name}`;
    case 'setEvent':
      return `echo ${quote(a.token)} ${a.trunc ? '>' : '>>'} ${traceArrayDir(a.instance)}set_event`;
    case 'dynamic':
      return `echo ${quote(a.line)} ${a.trunc ? '>' : '>>'} dynamic_events`;
  }
}
