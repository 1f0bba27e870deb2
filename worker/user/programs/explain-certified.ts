// `explain certified`: what the Learn tab's "Certified" mark on a lesson means, and what the
// comparison with the real kernel hides (test/certified/normalise.ts has the rules, N1 to N11;
// docs/certified.md says the same at length, and a test keeps the three naming the same rules).

import { wrap } from './explain-out';

const MEANING =
  'A certified lesson’s solution (and each transcript of the playground’s own tests) was run as ' +
  'typed on a real Linux kernel in a freshly booted virtual machine: Linux 6.1 for the host’s ' +
  'user_events, 6.1 with the tracing-namespaces RFC v2 when namespaces/ is used, Linux 6.12 for ' +
  'the transcripts of the linux-6.12 profile, and the project’s C uevent for `uevent`. Every command printed the same bytes there as here, once the ' +
  'differences below, which come from the machine and not from the kernel’s behaviour, are ' +
  'rewritten the same way on both sides. "Except N lines" names the commands where the real ' +
  'kernel answers otherwise because the playground follows the 2022 kernel the RFC was written ' +
  'for (EBADF for a write to an event nobody enabled, a mode fixed in 2023, ...). explain, a ' +
  'playground program, is not run there.';

const HIDDEN: ReadonlyArray<readonly [string, string]> = [
  [
    'N1',
    'pids, in the trace context, the common_pid bytes of a dump and the [N] PID of a job started ' +
      'with &: <P1>, <P2>... by first appearance',
  ],
  ['N2', 'the timestamp and the CPU of each trace entry'],
  [
    'N3',
    'event IDs (ID:, an id file, Unknown type, type:, the common_type bytes): <ID1>, <ID2>... by ' +
      'first appearance',
  ],
  ['N4', 'the real kernel’s static event systems, in events/, available_events and set_event'],
  [
    'N5',
    'uprobe_events and uprobe_profile, and 6.12’s buffer_subbuf_size_kb, which the playground does ' +
      'not model',
  ],
  ['N6', 'on stock 6.1, the RFC’s namespaces entry and Limit: line'],
  ['N7', 'the length of an array field in format (uninitialised on Linux 6.1 and 6.12)'],
  ['N8', 'up to 3 padding bytes at the end of a dumped entry (stale memory on Linux, 00 here)'],
  ['N9', 'the layout of ls: columns on a terminal, one name a line into a pipe'],
  ['N10', 'the ^C that ends cat trace_pipe here (timeout 1 ends it on Linux)'],
  ['N11', 'the date and time of a file in ls -l (the VM’s clock; the playground’s starts at a fixed date)'],
];

const COMPARED =
  'Everything else is compared as printed: messages, exit statuses, counters, modes, comms, ' +
  'flags, payload bytes, the order of lines.';

export const CERTIFIED_TOPIC =
  'certified: what the Learn tab’s "Certified" mark means\n' +
  wrap('  ', MEANING, 2) +
  '\nWhat the comparison hides:\n' +
  HIDDEN.map(([id, what]) => wrap(`  ${id.padEnd(4)}`, what, 6)).join('') +
  '\n' +
  wrap('', COMPARED, 0);

/** Topics `explain WORD` knows besides paths and errnos. */
export const TOPICS: ReadonlyMap<string, string> = new Map([['certified', CERTIFIED_TOPIC]]);
