// What each errno means on Linux 6.12, where it differs from the RFC v2 kernel's table
// (explain-errno.ts): no tracing namespaces (so none of their errors, and EIO and ENOSPC, which only
// the simulator's test namespace systems give, are not given at all), and user_events' enable-bit
// ABI with its own errors. Line numbers are of kernel/trace/trace_events_user.c of 6.12.

import {
  E2BIG,
  EADDRINUSE,
  EBADF,
  EBUSY,
  ECANCELED,
  EEXIST,
  EFAULT,
  EINVAL,
  EIO,
  EMFILE,
  ENAMETOOLONG,
  ENODEV,
  ENOENT,
  ENOMEM,
  ENOSPC,
  ENOTEMPTY,
  ENOTTY,
  EPERM,
} from '../../kernel/lib/errno';
import { ERRNO_MEANINGS } from './explain-errno';

/** Not given on 6.12. */
const GONE: ReadonlySet<number> = new Set([EIO, ENOSPC]);

const DIFFERENT: ReadonlyMap<number, readonly string[]> = new Map([
  [
    // user_event_parse() 2127, delete_user_event() 2269, user_event_free() 1899.
    EPERM,
    [
      'mkdir or rmdir anywhere in tracefs except directly in instances/; rm (unlink) or mv of a',
      'tracefs entry. A caller without write permission on the directory gets EACCES first. In',
      'user_events: registering with the persist flag without root (a u: line of dynamic_events',
      'makes a persistent event, so it needs root too); DIAG_IOCSDEL or a dynamic_events delete',
      'of a persistent event without root. Also: su, mount and container run as non-root.',
    ],
  ],
  [
    // dyn_event_release() (trace_dynevent.c), delete_user_event() 2259, user_events_ioctl_unreg() 2680.
    ENOENT,
    [
      'A missing path. In user_events: a dynamic_events delete line (!u:NAME FIELDS, -:NAME',
      'FIELDS) that matches no event, and with no fields it matches only an event without',
      'fields; DIAG_IOCSDEL of a name no event has; DIAG_IOCSUNREG of an address and bit the',
      'process never registered (or no longer has); a write to user_events_data whose',
      'write_index was never registered on that descriptor (echo hello > user_events_data: the',
      "index is the bytes 'hell').",
    ],
  ],
  [
    // user_reg_get() 2452 and copy_struct_from_user(); user_unreg_get() 2614.
    E2BIG,
    [
      'DIAG_IOCSREG whose struct user_reg says it is larger than 4096 bytes, or has non-zero bytes',
      'after its 28 known ones; DIAG_IOCSUNREG the same with struct user_unreg and its 16. Never',
      'from the command text: uevent always sends 28 and 16 bytes.',
    ],
  ],
  [
    // user_events_write_core() 2355: the tracepoint has no probe.
    EBADF,
    [
      'A write to user_events_data for an event no trace array records: the kernel refuses it',
      'rather than drop it, so a program writes only while its enable bit is set. Also a write on',
      'a user_events_data descriptor opened read-only, and any call on a descriptor number that',
      'is not open.',
    ],
  ],
  [
    // user_events_ioctl_reg() 2565: user_event_enabler_create() could not write the bit.
    ENOMEM,
    [
      "DIAG_IOCSREG whose enable address is not mapped in the caller's memory: the kernel cannot",
      'write the enable bit, so it keeps no enable bit (the event stays registered on the',
      'descriptor all the same). Also a buffer_size_kb too large to hold.',
    ],
  ],
  [
    // user_events_write() 2388, user_events_write_core() 2294 and 2353 (the validators); user_reg_get() 2491.
    EFAULT,
    [
      'A write to user_events_data of fewer than 4 bytes (echo hi: 3 bytes), or at a file offset',
      'other than 0; a __data_loc/__rel_loc location that points outside the entry or at a string',
      'without its NUL, checked only while the event is recorded; DIAG_IOCSREG with an enable',
      'address past the end of user space or a command address that cannot be read.',
    ],
  ],
  [
    // delete_user_event() 2267, user_event_free() 1897, user_event_last_ref() 977.
    EBUSY,
    [
      'Something still holds the event. DIAG_IOCSDEL or a dynamic_events delete of an event with',
      'a reference: a user_events_data descriptor it was registered on, a process whose enable bit',
      "names it, a trace array recording it (a persistent event's own reference aside); opening",
      'dynamic_events with > while any dynamic event is in use; rmdir instances/NAME while one of',
      'its files is open.',
    ],
  ],
  [
    EEXIST,
    [
      'mkdir of a name that exists (instances/NAME). Not from registering a user event twice: the',
      'same name with the same fields returns the existing event, with other fields it is',
      'EADDRINUSE.',
    ],
  ],
  [
    // find_user_event() 1590; user_events_ioctl_reg() 2525.
    EADDRINUSE,
    [
      'DIAG_IOCSREG or a u: line naming an event that exists with other fields (a multi-format',
      'registration gets a NAME.N of its own instead). The name is looked up before the fields',
      'are parsed, so a malformed field list of an existing name gets EADDRINUSE too. Also',
      'DIAG_IOCSREG with an enable address and bit the calling process has registered already.',
    ],
  ],
  [
    ENODEV,
    [
      'A per-event file (enable, format, id...) read or written through a descriptor still open',
      'after its event or instance is gone; the event ID space exhausted; mmap of',
      'user_events_status, which 6.12 only prints.',
    ],
  ],
  [
    // user_event_parse() 2124, user_reg_get() 2455-2486, user_events_write_core() 2297 and 2317.
    EINVAL,
    [
      'The text was not understood. A register command or u: line that does not parse (unknown',
      'type, bad array length, struct without size, a size on another type, a stray space) or has',
      'text flags (NAME:FLAGS: 6.12 knows none); a command of 512 bytes or more; a struct user_reg',
      'smaller than 28 bytes, with unknown flags, an enable_size other than 4 or 8, an enable',
      'address not aligned to it or an enable_bit past its last bit; a write to user_events_data',
      'shorter than the fields or with a negative write_index; a set_event token that matches no',
      'event; a value that is not a number (enable, tracing_on, buffer_size_kb,',
      'kernel.user_events_max); reading a file without a read handler (trace_marker,',
      'user_events_data) or writing one without a write handler (format, id, user_events_status).',
      "Try: explain -w dynamic_events 'u:NAME u32 a'",
    ],
  ],
  [
    // user_event_parse() 2209, after user_event_parse_fields() 2178.
    EMFILE,
    [
      'Registering a new user event (DIAG_IOCSREG or a u: line) while as many exist as',
      'kernel.user_events_max allows (/proc/sys/kernel/user_events_max, 32768 at boot). Checked',
      'after the fields are parsed, so a malformed command still gets EINVAL; a name that exists',
      'with these fields still succeeds.',
    ],
  ],
  [
    ENOTTY,
    [
      'An ioctl other than DIAG_IOCSREG, DIAG_IOCSDEL and DIAG_IOCSUNREG on user_events_data, or',
      'any ioctl on another tracefs file.',
    ],
  ],
  [ENAMETOOLONG, ['mkdir of a name longer than 255 bytes (instances/NAME included).']],
  [
    ECANCELED,
    [
      'Kernel-internal "not mine, ask the next one": a dynamic-event kind\'s create, as user_events',
      'answers a line that does not start with u:. Users never see it: a line no kind takes',
      'becomes EINVAL.',
    ],
  ],
  [ENOTEMPTY, ['rmdir of a non-empty directory outside tracefs (tracefs instances need not be empty).']],
]);

/** The 6.12 table: the RFC kernel's meanings where they hold, these where they differ. */
export const UPSTREAM_ERRNO_MEANINGS: ReadonlyMap<number, readonly string[]> = new Map([
  ...[...ERRNO_MEANINGS]
    .filter(([e]) => !GONE.has(e))
    .map(([e, m]): [number, readonly string[]] => [e, DIFFERENT.get(e) ?? m]),
  ...[...DIFFERENT].filter(([e]) => !ERRNO_MEANINGS.has(e)),
]);
