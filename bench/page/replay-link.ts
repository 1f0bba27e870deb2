// The share link the page benchmark's (c) opens: a session of 1,000 steps recorded on the headless
// playground, the mix a person's long session has (registering and enabling events, writes,
// reading `trace` and status files, listing directories, loops, arithmetic), so that replaying it
// on the page costs what a real shared session costs.
import { Playground } from '../../worker/session';
import { installAll } from '../../worker/install-all';
import { encodeLink } from '../../src/share/link';

const OPENING = ['echo "u:tick u32 n" >> dynamic_events', 'exec 3<> user_events_data', 'i=0'];

const ROUND = [
  'echo 1 > events/user_events/tick/enable',
  'uevent register 3 "tick u32 n"',
  'uevent write 3 0 u32:$i',
  'tail -2 trace',
  'ls events/user_events',
  'for j in 1 2 3; do echo "mark $i.$j" > trace_marker; done',
  'cat user_events_status',
  'grep -c . available_events',
  'i=$((i + 1)); echo > trace',
  'mkdir -p namespaces/n$((i % 3)) && cat namespaces/n$((i % 3))/options',
];

/** The fragment (`s=...`) of a link to a session of `steps` steps. */
export async function replayLink(steps: number): Promise<string> {
  installAll();
  const playground = new Playground();
  const booted = playground.boot();
  if (!booted.ok) throw new Error(booted.error.message);
  for (let n = 0; n < steps; n++) {
    const line = n < OPENING.length ? OPENING[n] : ROUND[(n - OPENING.length) % ROUND.length];
    const step = playground.input(booted.value.id, line);
    if (!step.ok) throw new Error(`step ${n}: ${step.error.message}`);
  }
  const log = playground.log();
  if (!log.ok) throw new Error(log.error.message);
  return encodeLink(log.value);
}
