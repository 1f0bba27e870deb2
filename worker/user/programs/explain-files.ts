// What explain says of the files of a trace array and of the top-level-only files of tracefs
// (KERNEL-MODEL §a.1, §c.5–§c.10, §d.6, §d.7, §e): one short paragraph each for what the file is,
// what reading it gives and what writing it does, in the specification's terms (the RFC v2 kernel;
// explain-upstream.ts has what differs on Linux 6.12).

/** What a tracefs entry is, what reading it gives, what writing it does. */
export interface Description {
  readonly what: string;
  readonly read: string;
  readonly write: string;
}

/** What differs between the kernels in what explain says of tracefs (explain-dirs.ts uses it). */
export interface TracefsWords {
  /** The tracefs root, an instance, and events/ of a trace array. */
  readonly root: Description;
  readonly instance: Description;
  readonly events: Description;
  readonly topOnly: Readonly<Record<string, Description>>;
  readonly traceArray: Readonly<Record<string, Description>>;
  /** Whose events the directory of `system` holds. */
  groupOf(system: string): string;
  /** What enabling an event does for its writers, after `Whether S:E is recorded here.` */
  readonly enabling: string;
  /** Whether tracefs has namespaces/. */
  readonly namespaces: boolean;
}

export const NO_READ = 'EINVAL: the file has no read handler.';
export const NO_WRITE = 'EINVAL: the file has no write handler.';
export const DIR_READ = 'ls lists it; cat says EISDIR.';
export const NO_MKDIR =
  'mkdir and rmdir here are EPERM; new files cannot be created (EACCES), files cannot be removed (EPERM).';
export const DECIMAL = 'an unsigned decimal number (+ allowed, nothing else; EINVAL, or ERANGE past 2^64-1)';

/** Files only the top level has (not instances). */
export const TOP_ONLY_FILES: Readonly<Record<string, Description>> = {
  README: {
    what: "A short help text (the playground's own mini-HOWTO).",
    read: 'The text.',
    write: NO_WRITE,
  },
  available_events: {
    what: 'Every event that can be enabled, of every group: user_events (root) and user_events.NS (namespaces).',
    read: 'One SYSTEM:NAME line per event, most recently registered first; empty at boot.',
    write: NO_WRITE,
  },
  dynamic_events: {
    what: 'The list of dynamic events, user events among them (those of every group, namespaces included, indistinguishable).',
    read: 'One line per event in creation order: u:NAME, or u:NAME TYPE1 NAME1; TYPE2 NAME2 (struct fields add their size).',
    write:
      'Line by line: u:NAME FIELDS registers an event in the root group; !u:NAME [FIELDS] or -:NAME deletes ' +
      'matching events of every group (ENOENT if none, EBUSY if one is in use); a blank line does nothing; ' +
      'anything else is EINVAL. Opening with > first deletes every dynamic event (EBUSY at open if one is ' +
      "in use), so add with >>. Try: explain -w dynamic_events 'u:NAME u32 count'",
  },
  user_events_data: {
    what: "The root group's user_events ABI file (system user_events): programs register events on it and write them.",
    read: NO_READ,
    write:
      'ioctl DIAG_IOCSREG registers NAME FIELDS (status_bit, write_index back), DIAG_IOCSDEL deletes; a write ' +
      'is [s32 write_index][payload], recorded in every trace array that has the event enabled. ' +
      "Try: uevent --help, explain -w register 'NAME u32 count'",
  },
  user_events_status: {
    what: "The root group's status page: bit N is 1 while the event with status bit N is used by someone.",
    read:
      'BIT:NAME lines (with # Used by ftrace/perf/other while in use) in hash order, a blank line, then ' +
      'Active, Busy, Max: 32768 and Limit. mmap of 1 to 4096 bytes gives the live page.',
    write: NO_WRITE,
  },
  printk_formats: {
    what: 'Formats of trace_printk() strings; none in this model.',
    read: 'Empty.',
    write: NO_WRITE,
  },
  saved_cmdlines: {
    what: 'The comm of the tasks the trace has seen.',
    read: 'One PID COMM line per remembered task.',
    write: NO_WRITE,
  },
  saved_cmdlines_size: {
    what: 'How many pid-to-comm entries are kept.',
    read: '128.',
    write: 'A number is accepted (the model keeps every comm anyway).',
  },
  saved_tgids: {
    what: 'pid-to-tgid pairs, kept with the record-tgid option.',
    read: 'Empty unless record-tgid is set.',
    write: NO_WRITE,
  },
  tracing_thresh: {
    what: "The latency tracers' threshold (no such tracer here).",
    read: '0.',
    write: 'EINVAL.',
  },
};

/** Files every trace array has: the top level and each instance. */
export const TRACE_ARRAY_FILES: Readonly<Record<string, Description>> = {
  available_tracers: { what: 'The tracers this kernel has.', read: 'nop.', write: NO_WRITE },
  buffer_percent: {
    what: 'How full the buffer must be before a blocked reader wakes.',
    read: '50.',
    write: `0 to 100 (EINVAL above), ${DECIMAL}. The mode is 0440 although it is writable (fixed in later kernels).`,
  },
  buffer_size_kb: {
    what: "The size of each CPU's ring buffer, in KiB.",
    read:
      'The size; at boot 7 (expanded: 1408) until something expands the buffer: an event enable, a ' +
      'set_event or current_tracer write, a resize.',
    write: `${DECIMAL}: resizes every CPU (0 is EINVAL, too large ENOMEM), rounded to pages of 4080 bytes.`,
  },
  buffer_total_size_kb: {
    what: 'The sum of the per-CPU buffer sizes.',
    read: 'The sum; at boot 14 (expanded: 2816).',
    write: NO_WRITE,
  },
  current_tracer: {
    what: 'The tracer in use.',
    read: 'nop.',
    write: 'nop succeeds; any other name is EINVAL.',
  },
  error_log: {
    what: 'Error messages of command files; always empty in this model.',
    read: 'Empty.',
    write: 'Accepted and ignored; opening with > clears it.',
  },
  free_buffer: {
    what: 'Shrinks the buffer when the last descriptor on it closes.',
    read: NO_READ,
    write: 'Anything is accepted; on the last close the buffer goes down to 2 pages per CPU.',
  },
  set_event: {
    what: 'The events enabled in this trace array, by name.',
    read: 'One SYSTEM:NAME line per enabled event, newest first.',
    write:
      'White-space separated tokens: SYSTEM:EVENT (an empty or * part matches all), EVENT or SYSTEM alone, ' +
      '! in front to disable; a token that matches no event is EINVAL. Opening with > first disables every ' +
      "event here. Try: explain -w set_event 'user_events:NAME'",
  },
  set_event_pid: {
    what: 'Pids whose events are traced (filtering is not modelled).',
    read: 'Empty.',
    write: 'EINVAL.',
  },
  set_event_notrace_pid: {
    what: 'Pids whose events are not traced (not modelled).',
    read: 'Empty.',
    write: 'EINVAL.',
  },
  timestamp_mode: { what: 'How timestamps are kept.', read: '[delta] absolute.', write: NO_WRITE },
  trace: {
    what: "The ring buffer's entries, oldest first, after a header; reading does not consume them.",
    read: 'The # tracer: nop header, then one line per entry; a user event shows as a hex dump of its bytes.',
    write:
      'Bytes are accepted and ignored; opening with > (echo > trace) empties every CPU buffer and the counters.',
  },
  trace_clock: {
    what: 'The clock of the timestamps (local: since the simulated boot).',
    read: '[local] global counter uptime perf mono mono_raw boot tai x86-tsc.',
    write: 'EINVAL (only the local clock is modelled).',
  },
  trace_marker: {
    what: 'Lets user space put a text line into the trace.',
    read: NO_READ,
    write: 'TEXT (1024 bytes kept) becomes an entry tracing_mark_write: TEXT, whenever tracing_on is 1.',
  },
  trace_marker_raw: { what: 'Binary markers.', read: NO_READ, write: 'EINVAL (not modelled).' },
  trace_options: {
    what: 'Every trace option of this trace array.',
    read: 'One line per option: NAME when set, noNAME when not.',
    write: 'EINVAL here; set options through options/NAME.',
  },
  trace_pipe: {
    what: "A consuming reader of the ring buffer: what it returns is gone from 'trace'.",
    read:
      'The entries without a header; blocks while empty (EAGAIN with O_NONBLOCK), ends once it returned data ' +
      'and tracing_on is 0. Ctrl-C ends cat trace_pipe.',
    write: NO_WRITE,
  },
  tracing_cpumask: { what: 'The CPUs traced, as a hex mask.', read: '3 (CPUs 0 and 1).', write: 'EINVAL.' },
  tracing_on: {
    what: 'Whether this trace array records anything.',
    read: '1 (at boot) or 0.',
    write:
      `${DECIMAL}: 0 stops recording, anything else starts it. Events stay enabled and status bits stay set ` +
      'while it is 0; writes to user_events_data still succeed but store nothing.',
  },
};
