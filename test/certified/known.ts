// Where the real kernel answers otherwise by the specification's own choice (the table "where the
// real kernel and the spec part on purpose" of the oracle's notes): `CASE:N COMMAND` (the N-th line
// of the session) → the lines only the model prints and the lines only Linux prints there, after
// normalisation, and why. certified.test.ts checks that each is still seen exactly so, so the list
// cannot go stale; a case with entries here is certified except those lines.

export interface Known {
  model: string[];
  real: string[];
  why: string;
}

const Q4 =
  'Q4: a write to an event nobody has enabled returns its full count in the specification (2022); ' +
  'Linux 6.1.192 carries a later fix that makes it EBADF';
const STRUCT =
  'deleting a `struct` field through dynamic_events: the specification does not compare struct sizes, ' +
  'Linux 6.1.192 does (a later change)';

export const KNOWN: Record<string, Known> = {
  "S01-boot-tree:3 stat -c '%a %U:%G %n' . events namespaces user_events_data user_events_status dynamic_events trace trace_pipe trace_marker buffer_percent":
    {
      model: ['440 root:root buffer_percent'],
      real: ['640 root:root buffer_percent'],
      why: 'Q9: buffer_percent is mode 0440 in the specification, 0640 in Linux 6.1.192',
    },
  'S01-boot-tree:8 cat events/enable': {
    model: ['?'],
    real: ['0'],
    why:
      'static events: the specification has none, so events/enable of a fresh kernel covers no event ' +
      'and reads "?" (§d.4); Linux has ~330 static events, all disabled, and reads 0',
  },
  "S11-dynamic-events-matching:27 echo '!u:s struct custom a 20' >> dynamic_events": {
    model: ['bash: echo: write error: No such file or directory'],
    real: [],
    why: STRUCT,
  },
  "S11-dynamic-events-matching:28 echo '!u:s struct custom a' >> dynamic_events": {
    model: [],
    real: ['bash: echo: write error: No such file or directory'],
    why: STRUCT,
  },
  'U08-not-recorded:4 uevent write 3 0 u32:1': {
    model: ['8'],
    real: ['uevent: write: Bad file descriptor'],
    why: Q4,
  },
  'U09-write-errors:8 uevent write 3 0 u32:0x00050400 char[5]:Test': {
    model: ['13'],
    real: ['uevent: write: Bad file descriptor'],
    why: `${Q4} (line 10 enables the event)`,
  },
  'U33-write-errors:4 uevent write 3 0 u32:1 loc:hi': {
    model: ['15'],
    real: ['uevent: write: Bad file descriptor'],
    why: `${Q4} (line 5 enables the event)`,
  },
};
