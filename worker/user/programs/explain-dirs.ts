// What explain says of a tracefs path by its pattern (KERNEL-MODEL §a, §b.4, §b.7, §c.12, §d, §f):
// the tracefs root, `namespaces/NAME/{options,root/user_events_*}`, `instances/NAME/...`,
// `events/[SYSTEM/[EVENT/]]FILE`, `options/NAME` and `per_cpu/cpuN/FILE` of a trace array. The
// path is relative to the tracefs root; null means a path explain does not know. What differs
// between the kernels comes from a TracefsWords table: the RFC's below, Linux 6.12's in
// explain-upstream.ts (which has no namespaces/).

import {
  DIR_READ,
  NO_MKDIR,
  NO_WRITE,
  TOP_ONLY_FILES,
  TRACE_ARRAY_FILES,
  type Description,
  type TracefsWords,
} from './explain-files';
import type { ExplainKernel } from './explain-kernel';
import { UPSTREAM_WORDS } from './explain-upstream';

/** A description and the trace array or namespace it belongs to, for the header line. */
export interface Found {
  readonly d: Description;
  readonly where: string | null;
}

const ENABLE_VALUE =
  'an unsigned decimal number: 1 enables, 0 disables, anything else EINVAL (ERANGE past 2^64-1); it also expands the top-level buffer';

function rfcGroupOf(system: string): string {
  if (system === 'user_events')
    return "the root group's user events (registered through /sys/kernel/tracing/user_events_data or dynamic_events)";
  if (system.startsWith('user_events.'))
    return `the user events of namespace ${system.slice('user_events.'.length)} (registered through its root/user_events_data)`;
  return `the events of system ${system}`;
}

const RFC_WORDS: TracefsWords = {
  root: {
    what: 'The tracefs root (mode 0700: root only): the top-level trace array, the event directories, instances and tracing namespaces.',
    read: DIR_READ,
    write:
      'mkdir is EPERM here (only instances/ and namespaces/ take mkdir); new files cannot be created (EACCES).',
  },
  instance: {
    what: 'An instance: a trace array of its own (buffer, tracing_on, options, set_event) whose events/ has a directory for every event of every group, all disabled at first.',
    read: DIR_READ,
    write:
      'rmdir instances/NAME removes it (EBUSY while a file other than a per-event file is open); its enabled events are disabled first.',
  },
  events: {
    what: 'The event directories of this trace array: one per system (user_events, user_events.NS), and in it one per event.',
    read: DIR_READ,
    write: NO_MKDIR,
  },
  topOnly: TOP_ONLY_FILES,
  traceArray: TRACE_ARRAY_FILES,
  groupOf: rfcGroupOf,
  enabling: 'Enabling takes a reference on the event and sets its status bit, so its writers start writing.',
  namespaces: true,
};

/** What `rel` is on `kernel` (the RFC v2 kernel when not said). */
export function describeTracefs(rel: string, kernel: ExplainKernel = 'rfc-v2'): Found | null {
  const words = kernel === 'linux-6.12' ? UPSTREAM_WORDS : RFC_WORDS;
  const parts = rel === '' ? [] : rel.split('/');
  if (parts.length === 0) return top(words.root);
  const [head, ...rest] = parts;
  if (head === 'namespaces') return words.namespaces ? namespaceEntry(rest) : null;
  if (head === 'instances') {
    if (rest.length === 0) {
      return top({
        what: 'The instances: extra trace arrays, each with its own buffer, tracing_on, options and events/ tree.',
        read: DIR_READ,
        write:
          'mkdir instances/NAME creates one (EEXIST if it exists); rmdir removes it, even when not empty (EBUSY while one of its files is open).',
      });
    }
    return traceArrayEntry(words, rest.slice(1), `instance ${rest[0]}`);
  }
  if (rest.length === 0 && Object.hasOwn(words.topOnly, head)) return top(words.topOnly[head]);
  return traceArrayEntry(words, parts, 'top-level trace array');
}

function top(d: Description): Found {
  return { d, where: null };
}

function traceArrayEntry(words: TracefsWords, parts: readonly string[], where: string): Found | null {
  const at = (d: Description | null): Found | null => (d ? { d, where } : null);
  if (parts.length === 0) return at(words.instance);
  const [head, ...rest] = parts;
  if (head === 'events') return at(eventsEntry(words, rest));
  if (head === 'options') return at(optionEntry(rest));
  if (head === 'per_cpu') return at(perCpuEntry(rest));
  if (rest.length === 0 && Object.hasOwn(words.traceArray, head)) return at(words.traceArray[head]);
  return null;
}

function eventsEntry(words: TracefsWords, parts: readonly string[]): Description | null {
  if (parts.length === 0) return words.events;
  const { groupOf } = words;
  const [system, event, file, ...more] = parts;
  if (more.length > 0) return null;
  if (event === undefined) {
    if (system === 'enable')
      return {
        what: 'Every event of this trace array at once.',
        read: '0 (none enabled), 1 (all), X (mixed), ? (no events at all).',
        write: `${ENABLE_VALUE}; EINVAL when there are no events.`,
      };
    if (system === 'header_page')
      return {
        what: 'The layout of a ring-buffer page, for tools that read raw pages.',
        read: 'Four field lines (timestamp, commit, overwrite, data).',
        write: NO_WRITE,
      };
    if (system === 'header_event')
      return {
        what: 'The layout of the compressed entry header.',
        read: 'type_len, time_delta, array and the special type values.',
        write: NO_WRITE,
      };
    return {
      what: `The directory of ${groupOf(system)}; made with its first event, removed with its last.`,
      read: DIR_READ,
      write: NO_MKDIR,
    };
  }
  if (file === undefined) {
    if (event === 'enable')
      return {
        what: `Every event of system ${system} in this trace array at once.`,
        read: '0, 1, X (mixed) or ? (no events).',
        write: `${ENABLE_VALUE}.`,
      };
    if (event === 'filter')
      return {
        what: `The filter of every event of system ${system}.`,
        read: 'The ### global filter ### text.',
        write: 'Not modelled: 0 and white space are accepted, anything else EINVAL.',
      };
    return {
      what: `The directory of event ${system}:${event}, one of ${groupOf(system)}; every trace array has one for every event.`,
      read: `${DIR_READ} It holds enable, filter, format, id and trigger.`,
      write: NO_MKDIR,
    };
  }
  return eventFile(words, system, event, file);
}

function eventFile(words: TracefsWords, system: string, event: string, file: string): Description | null {
  const gone = ' After the event is deleted, a descriptor still open on it fails with ENODEV.';
  const ev = `${system}:${event}`;
  switch (file) {
    case 'enable':
      return {
        what: `Whether ${ev} is recorded in this trace array. ${words.enabling}${gone}`,
        read: '1 if enabled here, else 0.',
        write: `${ENABLE_VALUE}. Enabling twice, or disabling a disabled event, is a no-op.`,
      };
    case 'format':
      return {
        what: `How an entry of ${ev} is laid out: the 8 bytes of common fields, then the user fields packed from offset 8.${gone}`,
        read: "name, ID, the field lines (offset, size, signed) and the print fmt. Try: explain -w register 'NAME FIELDS'",
        write: NO_WRITE,
      };
    case 'id':
      return {
        what: `The event ID of ${ev}: the common_type of its entries (the first event gets 20).${gone}`,
        read: 'The ID.',
        write: NO_WRITE,
      };
    case 'filter':
      return {
        what: `The filter of ${ev} (the filter language is not modelled).${gone}`,
        read: 'none.',
        write: 'Not modelled: 0 and white space are accepted, anything else EINVAL.',
      };
    case 'trigger':
      return {
        what: `The triggers of ${ev} (not modelled).${gone}`,
        read: '# Available triggers: and their names.',
        write: 'White space is accepted, anything else EINVAL.',
      };
    default:
      return null;
  }
}

function optionEntry(parts: readonly string[]): Description | null {
  if (parts.length === 0)
    return {
      what: 'One file per trace option of this trace array (trace_options shows them all).',
      read: DIR_READ,
      write: NO_MKDIR,
    };
  if (parts.length > 1) return null;
  return {
    what: `The trace option ${parts[0]}. Only overwrite, context-info and irq-info change what the model does.`,
    read: '1 when set, else 0.',
    write: '1 sets it, 0 clears it.',
  };
}

function perCpuEntry(parts: readonly string[]): Description | null {
  if (parts.length === 0)
    return {
      what: 'One directory per CPU (cpu0, cpu1) of this trace array.',
      read: DIR_READ,
      write: NO_MKDIR,
    };
  const [cpu, file, ...more] = parts;
  if (more.length > 0 || !/^cpu\d+$/.test(cpu)) return null;
  if (file === undefined)
    return { what: `The ring buffer of ${cpu} alone.`, read: DIR_READ, write: NO_MKDIR };
  const one: Record<string, Description> = {
    buffer_size_kb: {
      what: `The size of ${cpu}'s buffer in KiB.`,
      read: 'The size (no expanded suffix).',
      write: 'A decimal number resizes this CPU only.',
    },
    stats: {
      what: `Counters of ${cpu}'s buffer.`,
      read: 'entries, overrun, bytes, timestamps, dropped and read events.',
      write: NO_WRITE,
    },
    trace: {
      what: `The entries of ${cpu} alone, like trace.`,
      read: 'Header and entries.',
      write: 'Ignored; opening with > empties this CPU.',
    },
    trace_pipe: {
      what: `A consuming reader of ${cpu} alone.`,
      read: 'Entries, consumed as read.',
      write: NO_WRITE,
    },
    trace_pipe_raw: { what: `${cpu}'s raw pages for binary tools.`, read: 'Raw pages.', write: NO_WRITE },
  };
  return Object.hasOwn(one, file) ? one[file] : null;
}

function namespaceEntry(parts: readonly string[]): Found | null {
  if (parts.length === 0) {
    return top({
      what: 'The tracing namespaces (RFC): each gets its own user_events group, to bind-mount into a container.',
      read: DIR_READ,
      write:
        'mkdir namespaces/NAME creates one (EEXIST, ENAMETOOLONG past 255 bytes, ENOMEM for a caller who does not own namespaces/); rmdir removes it and all its events (EBUSY while options is open or the namespace is in use).',
    });
  }
  const [ns, file, sub, ...more] = parts;
  const where = `namespace ${ns}`;
  const at = (d: Description): Found => ({ d, where });
  if (more.length > 0) return null;
  if (file === undefined) {
    return at({
      what: `Tracing namespace ${ns}: its options file and root/, the directory to bind-mount into a container. Its events are system user_events.${ns}.`,
      read: DIR_READ,
      write: `rmdir removes the namespace and deletes its events; EBUSY while options is open, one of its events is in use (registered on an open descriptor, enabled anywhere) or a data or status file is open or mapped.`,
    });
  }
  if (file === 'options' && sub === undefined) {
    return at({
      what: `The options of namespace ${ns}; an open descriptor on it keeps the namespace from being removed (EBUSY).`,
      read: "Each system's part: user_events_limit=N (default 32767).",
      write: `Line by line: user_events_limit=N sets the highest status bit new events may get (1 to 32767); anything else, an empty line or a trailing space is EINVAL. Try: explain -w namespaces/${ns}/options 'user_events_limit=8'`,
    });
  }
  if (file !== 'root') return null;
  if (sub === undefined) {
    return at({
      what: `What a container of namespace ${ns} sees: bind-mount it there. It holds the namespace's user_events_data and user_events_status.`,
      read: DIR_READ,
      write: NO_MKDIR,
    });
  }
  if (sub === 'user_events_data') {
    return at({
      what: `The user_events ABI file of namespace ${ns}: events registered here belong to system user_events.${ns}, apart from every other group. An open descriptor keeps the namespace busy.`,
      read: 'EINVAL: the file has no read handler.',
      write: `ioctl DIAG_IOCSREG registers NAME FIELDS (status_bit, write_index back; EMFILE past the namespace's user_events_limit), DIAG_IOCSDEL deletes; a write is [s32 write_index][payload]. Try: explain -w register 'NAME u32 count'`,
    });
  }
  if (sub === 'user_events_status') {
    return at({
      what: `The status page of namespace ${ns}'s group: bit N is 1 while its event with bit N is in use. Open or mapped, it keeps the namespace busy.`,
      read: "BIT:NAME lines in hash order, a blank line, Active, Busy, Max: 32768 and Limit (the namespace's user_events_limit). mmap of 1 to 4096 bytes gives the live page.",
      write: NO_WRITE,
    });
  }
  return null;
}
