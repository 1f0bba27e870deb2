// The fast-check arbitraries of the randomized invariants: single actions, biased towards a few
// names and slots so that random steps meet each other's state, and chunks that play a program's
// life (create, open, register, map, enable, write) and its end (disable, close, delete, then use
// the stale enable descriptor).

import fc from 'fast-check';
import {
  FIELD_LISTS,
  INSTANCES,
  command,
  toShell,
  type Action,
  type EnableScope,
  type Group,
  type SlotFile,
} from './actions';

/** Gives an action fast-check's printed form: its shell line (so counterexamples read as scripts). */
function printable(a: Action): Action {
  return Object.defineProperty(a, fc.toStringMethod, { value: () => toShell(a), enumerable: false });
}

/** Picks from `common` six times as often as from `rare`, so random steps meet each other's state. */
function biased<T>(common: readonly T[], rare: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...common) },
    { weight: 1, arbitrary: fc.constantFrom(...rare) },
  );
}

const nsArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant('ns1') },
  { weight: 1, arbitrary: fc.constant('ns2') },
  { weight: 2, arbitrary: fc.constant('a b') },
  { weight: 1, arbitrary: fc.constant('c:d') },
);
const groupArb = fc.oneof({ weight: 2, arbitrary: fc.constant<Group>('') }, { weight: 3, arbitrary: nsArb });
const slotArb = biased([3, 4], [5, 6, 7, 8, 9]);
const dirNameArb = biased(['e1', 'e1', 'login'], ['e2']);
const nameArb = biased(['e1', 'e1', 'login'], ['e2', 'a/b', '.']);
const fieldsArb = fc.constantFrom(...FIELD_LISTS);
const validFieldsArb = fc.constantFrom(...FIELD_LISTS.filter((f) => f.valid));
const instanceArb = fc.option(fc.constantFrom(...INSTANCES), { nil: null, freq: 3 });

/** Valid, invalid and limit values for a namespace's options file (§b.7, §c.11). */
const OPTION_LINES = [
  'user_events_limit=1',
  'user_events_limit=2',
  'user_events_limit=3',
  'user_events_limit=0x2',
  'user_events_limit=+3',
  'user_events_limit=010',
  'user_events_limit=32767',
  'user_events_limit=0',
  'user_events_limit=32768',
  'user_events_limit=abc',
  ' user_events_limit=2',
  'user_events_limit=2 ',
  'foo',
  '',
];

/** uevent VALUE arguments: integers, raw bytes, and `loc:` strings for the `__data_loc` validator. */
const VALUES = [
  'u8:1',
  'u16:7',
  'u32:5',
  'u32:0',
  'u32:0x50000',
  'u32:0x5000c',
  'u32:0x60000c',
  'u64:42',
  'loc:Test',
  'loc:',
  'hex:00',
  'hex:5465737400',
  'hex:41414141',
  'char[8]:pts/0',
];

const valuesArb = fc.array(fc.constantFrom(...VALUES), { maxLength: 3 });

const dynamicLineArb = fc.oneof(
  fc.tuple(nameArb, fieldsArb).map(([n, f]) => `u:${command(n, f)}`),
  nameArb.map((n) => `!u:${n}`),
  nameArb.map((n) => `-:${n}`),
  nameArb.map((n) => `-:user_events/${n}`),
  nameArb.map((n) => `!u:user_events.ns1/${n}`),
  fc.tuple(nameArb, fieldsArb).map(([n, f]) => `!u:${n} ${f.fields.join('; ')}`.trimEnd()),
  nameArb.map((n) => `!u:${n} u32 b`),
  fc.constantFrom('garbage', '', '-:', '!x', ' u:e1', 'p:e1'),
);

const setEventTokenArb = fc.oneof(
  nameArb,
  nameArb.map((n) => `!${n}`),
  nameArb.map((n) => `user_events:${n}`),
  fc.constantFrom(
    'user_events.ns1:*',
    'user_events.ns2',
    '!user_events.ns1',
    '*:*',
    '!*:*',
    ':login',
    'user_events:',
    'nosuch',
    '',
  ),
);

/** One random action, weighted towards the ABI and enables where the interesting states are. */
export const actionArb: fc.Arbitrary<Action> = fc
  .oneof(
    { weight: 3, arbitrary: nsArb.map((ns) => ({ kind: 'mkdirNs', ns }) as Action) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom<'ENOMEM' | 'ENODEV'>('ENOMEM', 'ENODEV')
        .map((errno) => ({ kind: 'failNextCreate', errno }) as Action),
    },
    { weight: 2, arbitrary: nsArb.map((ns) => ({ kind: 'rmdirNs', ns }) as Action) },
    {
      weight: 2,
      arbitrary: fc
        .record({ ns: nsArb, line: fc.constantFrom(...OPTION_LINES) })
        .map((r) => ({ kind: 'options', ...r }) as Action),
    },
    {
      weight: 5,
      arbitrary: fc
        .record({
          slot: slotArb,
          group: groupArb,
          file: fc.constantFrom<SlotFile>('data', 'data', 'status', 'options'),
          rw: fc.boolean(),
        })
        .map(
          (r) =>
            ({
              kind: 'open',
              ...r,
              group: r.file === 'options' && r.group === '' ? 'ns1' : r.group,
            }) as Action,
        ),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({
          slot: slotArb,
          instance: instanceArb,
          all: fc.constantFrom(false, false, true),
          group: groupArb,
          name: dirNameArb,
          rw: fc.constantFrom(true, true, false),
        })
        .map((r) => ({ kind: 'openEnable', ...r }) as Action),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({ slot: slotArb, text: fc.constantFrom('1', '1', '0', '2', 'hi', 'hello') })
        .map((r) => ({ kind: 'echoSlot', ...r }) as Action),
    },
    { weight: 2, arbitrary: slotArb.map((slot) => ({ kind: 'close', slot }) as Action) },
    {
      weight: 5,
      arbitrary: fc
        .record({ slot: slotArb, name: nameArb, fields: fieldsArb })
        .map((r) => ({ kind: 'register', ...r }) as Action),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({ slot: slotArb, name: nameArb })
        .map((r) => ({ kind: 'unregister', ...r }) as Action),
    },
    {
      weight: 4,
      arbitrary: fc
        .record({
          slot: slotArb,
          index: fc.constantFrom(0, 0, 1, 2, -1),
          values: valuesArb,
        })
        .map((r) => ({ kind: 'write', ...r }) as Action),
    },
    { weight: 1, arbitrary: slotArb.map((slot) => ({ kind: 'map', slot }) as Action) },
    { weight: 1, arbitrary: slotArb.map((slot) => ({ kind: 'unmap', slot }) as Action) },
    {
      weight: 5,
      arbitrary: fc
        .record({
          instance: instanceArb,
          scope: fc.constantFrom<EnableScope>('event', 'event', 'event', 'system', 'all'),
          group: groupArb,
          // NOTE: `events/SYS/../enable` would resolve to events/enable; names that cannot be
          // directories are reached through set_event and the system/global enables instead.
          name: dirNameArb,
          value: fc.constantFrom('1', '1', '0', '2'),
        })
        .map((r) => ({ kind: 'enable', ...r }) as Action),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...INSTANCES).map((name) => ({ kind: 'mkdirInstance', name }) as Action),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...INSTANCES).map((name) => ({ kind: 'rmdirInstance', name }) as Action),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({ instance: instanceArb, token: setEventTokenArb, trunc: fc.boolean() })
        .map((r) => ({ kind: 'setEvent', ...r }) as Action),
    },
    {
      weight: 4,
      arbitrary: fc
        .record({ line: dynamicLineArb, trunc: fc.constantFrom(false, false, false, true) })
        .map((r) => ({ kind: 'dynamic', ...r }) as Action),
    },
  )
  .map(printable);

/**
 * A typical program's life as one chunk: create the namespace (and an instance), open a data file,
 * register, maybe map the status page through a second slot (and close it, the mapping staying),
 * enable, write. Each part may fail
 * when earlier random steps left other state; that is the point.
 */
const workflowArb: fc.Arbitrary<Action[]> = fc
  .record({
    group: groupArb,
    slot: slotArb,
    name: dirNameArb,
    fields: validFieldsArb,
    instance: instanceArb,
    map: fc.constantFrom('no', 'keep', 'close'),
    enable: fc.constantFrom<'path' | 'fd' | 'no'>('path', 'fd', 'no'),
    write: fc.constantFrom(true, true, false),
    values: fc.option(valuesArb, { nil: null }),
  })
  .map((r) => {
    const out: Action[] = [];
    const statusSlot = r.slot === 9 ? 8 : r.slot + 1;
    if (r.group !== '') out.push({ kind: 'mkdirNs', ns: r.group });
    if (r.instance !== null) out.push({ kind: 'mkdirInstance', name: r.instance });
    out.push({ kind: 'open', slot: r.slot, group: r.group, file: 'data', rw: true });
    out.push({ kind: 'register', slot: r.slot, name: r.name, fields: r.fields });
    if (r.map !== 'no') {
      out.push({ kind: 'open', slot: statusSlot, group: r.group, file: 'status', rw: false });
      out.push({ kind: 'map', slot: statusSlot });
      if (r.map === 'close') out.push({ kind: 'close', slot: statusSlot });
    }
    const { instance, group, name } = r;
    if (r.enable === 'path') out.push({ kind: 'enable', instance, scope: 'event', group, name, value: '1' });
    if (r.enable === 'fd') {
      out.push({ kind: 'openEnable', slot: enableSlot(r.slot), instance, all: false, group, name, rw: true });
      out.push({ kind: 'echoSlot', slot: enableSlot(r.slot), text: '1' });
    }
    if (r.write) out.push({ kind: 'write', slot: r.slot, index: 0, values: r.values ?? r.fields.sample });
    return out.map(printable);
  });

/** The slot a chunk keeps an event's `enable` file open in, next to the data slot. */
function enableSlot(slot: number): number {
  return slot + 2 > 9 ? slot - 2 : slot + 2;
}

/**
 * The end of a program's life as one chunk: disable, close the data file, delete the event (by
 * ioctl, dynamic_events or removing its namespace), then write to its `enable` file descriptor,
 * which is dead once the event is gone (ENODEV, §d).
 */
const teardownArb: fc.Arbitrary<Action[]> = fc
  .record({
    group: groupArb,
    slot: slotArb,
    name: dirNameArb,
    instance: instanceArb,
    via: fc.constantFrom('ioctl', 'dynamic', 'rmdir'),
    text: fc.constantFrom('0', '1', '2'),
  })
  .map((r) => {
    const { group, name, instance } = r;
    const out: Action[] = [
      { kind: 'enable', instance, scope: 'event', group, name, value: '0' },
      { kind: 'close', slot: r.slot },
    ];
    if (r.via === 'ioctl') {
      out.push({ kind: 'open', slot: r.slot, group, file: 'data', rw: true });
      out.push({ kind: 'unregister', slot: r.slot, name });
    } else if (r.via === 'dynamic' || group === '')
      out.push({ kind: 'dynamic', line: `!u:${name}`, trunc: false });
    else out.push({ kind: 'rmdirNs', ns: group });
    out.push({ kind: 'echoSlot', slot: enableSlot(r.slot), text: r.text });
    return out.map(printable);
  });

/** A random sequence: single actions mixed with workflow and teardown chunks, flattened. */
export function sequenceArb(maxChunks: number): fc.Arbitrary<Action[]> {
  return fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: actionArb.map((a) => [a]) },
        { weight: 2, arbitrary: workflowArb },
        { weight: 1, arbitrary: teardownArb },
      ),
      { minLength: 1, maxLength: maxChunks, size: 'max' },
    )
    .map((chunks) => chunks.flat());
}
