// Randomized invariants (fast-check): random sequences of namespace, instance, options, ABI,
// enable, set_event and dynamic_events actions on one root task, checked after every step
// (harness.ts), and a smaller run checking that the transcripts replay through the shell
// (replay.ts). Fixed seed and bounded size so `npm test` stays reproducible and fast; a failure
// reports the seed, fast-check's path and the shrunk sequence as a replayable shell transcript.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_LISTS, toShell, type Action } from './actions';
import { sequenceArb } from './arbitraries';
import { runSequence } from './harness';
import { replay } from './replay';

const SEED = 42;

/** A check of one sequence: the transcript to print and the violation, if any. */
type Check = (actions: Action[]) => { log: readonly string[]; error: string | null };

/** fc.check with a report made of the shrunk sequence's transcript, seed and path. */
function assertAll(arb: fc.Arbitrary<Action[]>, numRuns: number, check: Check): void {
  const details = fc.check(
    fc.property(arb, (actions) => check(actions).error === null),
    { seed: SEED, numRuns },
  );
  if (!details.failed) return;
  const { log, error } = check(details.counterexample?.[0] ?? []);
  throw new Error(
    [
      `invariant violated: ${error ?? String(details.errorInstance)}`,
      `fast-check seed ${details.seed}, path "${details.counterexamplePath}" (${details.numShrinks} shrinks);` +
        ` reproduce with fc.assert(property, { seed: ${details.seed}, path: "${details.counterexamplePath}" })`,
      'shell transcript, run in /sys/kernel/tracing (npm run -s sh -- FILE):',
      ...log,
    ].join('\n'),
  );
}

describe('randomized tracefs invariants', () => {
  it('hold after every step of random sequences, and everything can be released', () => {
    assertAll(sequenceArb(30), 100, (actions) => runSequence(actions));
  });

  it('transcripts replay through the shell to the same tracefs state', () => {
    // Mappings and the debug fault injection have no shell form: their lines are comments.
    const shellOnly = new Set(['map', 'unmap', 'failNextCreate']);
    const replayable = sequenceArb(12).map((as) => as.filter((a) => !shellOnly.has(a.kind)));
    assertAll(replayable, 15, (actions) => {
      const r = replay(actions);
      return { log: r.script, error: r.error };
    });
  });

  it('render actions as the shell lines the runner replays', () => {
    const u32 = FIELD_LISTS.find((f) => f.text === 'u32 a')!;
    const actions: Action[] = [
      { kind: 'mkdirNs', ns: 'a b' },
      { kind: 'options', ns: 'ns1', line: 'user_events_limit=3' },
      { kind: 'open', slot: 3, group: 'ns1', file: 'data', rw: true },
      { kind: 'open', slot: 4, group: '', file: 'status', rw: false },
      { kind: 'register', slot: 3, name: 'e1', fields: u32 },
      { kind: 'unregister', slot: 3, name: 'e1' },
      { kind: 'write', slot: 3, index: 0, values: ['u32:5', 'loc:Test'] },
      { kind: 'map', slot: 4 },
      { kind: 'enable', instance: null, scope: 'event', group: 'a b', name: 'e1', value: '1' },
      { kind: 'enable', instance: 'i1', scope: 'system', group: 'ns1', name: 'e1', value: '0' },
      { kind: 'setEvent', instance: null, token: '*:*', trunc: false },
      { kind: 'dynamic', line: '!u:e1', trunc: false },
      { kind: 'dynamic', line: 'u:e1 u32 a', trunc: true },
      { kind: 'close', slot: 3 },
    ];
    expect(actions.map(toShell)).toEqual([
      "mkdir 'namespaces/a b'",
      'echo user_events_limit=3 > namespaces/ns1/options',
      'exec 3<> namespaces/ns1/root/user_events_data',
      'exec 4< user_events_status',
      "uevent register 3 'e1 u32 a'",
      'uevent unregister 3 e1',
      'uevent write 3 0 u32:5 loc:Test',
      '# (program maps the status page of fd 4)',
      "echo 1 > 'events/user_events.a b/e1/enable'",
      'echo 0 > instances/i1/events/user_events.ns1/enable',
      "echo '*:*' >> set_event",
      "echo '!u:e1' >> dynamic_events",
      "echo 'u:e1 u32 a' > dynamic_events",
      'exec 3>&-',
    ]);
  });
});
