// What explain says of tracefs on Linux 6.12 where it differs from the RFC v2 kernel
// (explain-files.ts, explain-dirs.ts): one user_events group for the machine, whose events are in
// system user_events or, registered multi-format, user_events_multi as NAME.N; registration with an
// enable bit in the caller's memory; user_events_status a text report; an event deleted with its
// last reference unless persistent; no namespaces/. Also kernel.user_events_max, the one path
// outside tracefs explain knows there. Rules are those of kernel/trace/trace_events_user.c of 6.12
// (line numbers below are of that file).

import {
  DECIMAL,
  DIR_READ,
  NO_MKDIR,
  NO_READ,
  NO_WRITE,
  TOP_ONLY_FILES,
  TRACE_ARRAY_FILES,
  type Description,
  type TracefsWords,
} from './explain-files';

/** The one path outside tracefs explain describes, on 6.12 only (register_sysctl_init, 2951). */
export const USER_EVENTS_MAX_PATH = '/proc/sys/kernel/user_events_max';

/** set_max_user_events_sysctl() (2930) is proc_douintvec; user_event_parse() refuses past it (2209). */
export const USER_EVENTS_MAX: Description = {
  what:
    'kernel.user_events_max, a sysctl of user_events (not in tracefs): how many user events the ' +
    'machine may have at once. Registering a new one (DIAG_IOCSREG, a u: line) when that many exist ' +
    'is EMFILE.',
  read: 'The limit in decimal; 32768 at boot.',
  write:
    'One unsigned number (decimal, 0x hex or 0 octal; white space around it is allowed, anything else ' +
    'is EINVAL); the mode 0644 leaves it to root. Events that exist stay when it is lowered: only new ' +
    'ones get EMFILE.',
};

/**
 * dynamic_events of 6.12: u: lines make persistent events (user_event_create, 1842); a delete line
 * matches by the registered name and every field (user_event_match, 1963; user_fields_match, 1942).
 */
const DYNAMIC_EVENTS: Description = {
  what: 'The list of dynamic events: here the user events, those made by a u: line and those registered through user_events_data alike.',
  read:
    'One line per event in creation order: u:NAME, or u:NAME TYPE1 NAME1; TYPE2 NAME2 (struct fields ' +
    'add their size); a multi-format event shows the NAME it was registered with, not NAME.N.',
  write:
    'Line by line: u:NAME FIELDS makes a persistent event in user_events (root only, EPERM otherwise; ' +
    'NAME:FLAGS is EINVAL; a name that exists with other fields EADDRINUSE, with these fields the line ' +
    'keeps that event as it is); !u:NAME FIELDS or -:NAME FIELDS deletes the events of that name whose ' +
    'fields are exactly these (no fields: only an event without fields; ENOENT if none, EBUSY if one is ' +
    'in use, EPERM for a persistent one unless root); a blank line does nothing; anything else is ' +
    'EINVAL. Opening with > first deletes every dynamic event (EBUSY at open if one is in use), so add ' +
    "with >>. Try: explain -w dynamic_events 'u:NAME u32 count'",
};

/** user_events_ioctl_reg (2501), _unreg (2662), _del (2580) and user_events_write_core (2284). */
const USER_EVENTS_DATA: Description = {
  what:
    'The user_events ABI file: programs register events on it (system user_events, or ' +
    'user_events_multi with the multi-format flag) and write them. An event lives while something ' +
    "holds it (a descriptor it was registered on, a process's enable bit, a trace array recording it) " +
    'unless it was made persistent.',
  read: NO_READ,
  write:
    'ioctl DIAG_IOCSREG takes a struct user_reg (28 bytes: the command NAME FIELDS, the flags PERSIST ' +
    "(root only) and MULTI_FORMAT, and an enable bit in the caller's memory that the kernel sets while " +
    'a trace array records the event) and gives back write_index; DIAG_IOCSUNREG drops an enable bit; ' +
    'DIAG_IOCSDEL deletes events by name. A write is [s32 write_index][payload], recorded in every ' +
    "trace array that has the event enabled, EBADF when none has. Try: uevent --help, explain -w register 'NAME u32 count'",
};

/** user_seq_show() (2821); user_status_fops (2894) has no mmap. */
const USER_EVENTS_STATUS: Description = {
  what: "Which user events exist and whether they are recorded: a text report, with no page to map (the enable bits live in each registering process's memory).",
  read:
    "Each event's tracepoint name (NAME, or NAME.N for a multi-format event) in hash order, with " +
    '# Used by ftrace while a trace array records it, then a blank line, Active: (the events) and ' +
    'Busy: (those recorded). mmap is ENODEV.',
  write: NO_WRITE,
};

function groupOf(system: string): string {
  if (system === 'user_events')
    return 'the user events (registered through /sys/kernel/tracing/user_events_data or dynamic_events)';
  if (system === 'user_events_multi')
    return 'the multi-format user events (registered through user_events_data with the multi-format flag, each NAME as NAME.N, N a hex number)';
  return `the events of system ${system}`;
}

export const UPSTREAM_WORDS: TracefsWords = {
  root: {
    what: 'The tracefs root (mode 0700: root only): the top-level trace array, the event directories, instances and the user_events files.',
    read: DIR_READ,
    write: 'mkdir is EPERM here (only instances/ takes mkdir); new files cannot be created (EACCES).',
  },
  instance: {
    what: 'An instance: a trace array of its own (buffer, tracing_on, options, set_event) whose events/ has a directory for every event, all disabled at first.',
    read: DIR_READ,
    write:
      'rmdir instances/NAME removes it (EBUSY while a file other than a per-event file is open); its enabled events are disabled first.',
  },
  events: {
    what: 'The event directories of this trace array: one per system (user_events, and user_events_multi for multi-format events), and in it one per event.',
    read: DIR_READ,
    write: NO_MKDIR,
  },
  topOnly: {
    ...TOP_ONLY_FILES,
    available_events: {
      what: 'Every event that can be enabled: the user events, as user_events:NAME, and the multi-format ones as user_events_multi:NAME.N.',
      read: 'One SYSTEM:NAME line per event, most recently registered first; empty at boot.',
      write: NO_WRITE,
    },
    dynamic_events: DYNAMIC_EVENTS,
    user_events_data: USER_EVENTS_DATA,
    user_events_status: USER_EVENTS_STATUS,
  },
  traceArray: {
    ...TRACE_ARRAY_FILES,
    buffer_percent: {
      what: 'How full the buffer must be before a blocked reader wakes.',
      read: '50.',
      write: `0 to 100 (EINVAL above), ${DECIMAL}.`,
    },
    trace: {
      ...TRACE_ARRAY_FILES.trace,
      read:
        'The # tracer: nop header, then one line per entry; a user event shows as NAME: FIELD=VALUE ... ' +
        '(numbers in hex and decimal, char arrays as text; NAME:No fields found for an event without fields).',
    },
    tracing_on: {
      ...TRACE_ARRAY_FILES.tracing_on,
      write:
        `${DECIMAL}: 0 stops recording, anything else starts it. Events stay enabled and enable bits stay ` +
        'set while it is 0; writes to user_events_data still succeed but store nothing.',
    },
  },
  groupOf,
  enabling:
    'Enabling takes a reference on the event (it is not deleted while recorded) and sets its enable bit in every process that registered it, so its writers start writing.',
  namespaces: false,
};
