// What each errno means in tracefs, tracing namespaces and user_events (KERNEL-MODEL §g.1, §g.3):
// which operations give it and why, a few lines each, for `explain EBUSY` and `explain 16`.

import {
  E2BIG,
  EACCES,
  EAGAIN,
  EBADF,
  EBUSY,
  ECANCELED,
  EEXIST,
  EFAULT,
  EINVAL,
  EIO,
  EISDIR,
  ELOOP,
  EMFILE,
  ENAMETOOLONG,
  ENODEV,
  ENOENT,
  ENOMEM,
  ENOSPC,
  ENOTDIR,
  ENOTEMPTY,
  ENOTTY,
  EPERM,
  EPIPE,
  ERANGE,
  ESPIPE,
  ESRCH,
  EXDEV,
} from '../../kernel/lib/errno';

/** The explanation of each errno: pieces of one paragraph, joined with spaces and wrapped when shown. */
export const ERRNO_MEANINGS: ReadonlyMap<number, readonly string[]> = new Map([
  [
    EPERM,
    [
      'mkdir or rmdir anywhere in tracefs except directly in instances/ or namespaces/;',
      'rm (unlink) or mv of a tracefs entry. A caller without write permission on the',
      'directory gets EACCES first. Also: su, mount and container run as non-root.',
    ],
  ],
  [
    ENOENT,
    [
      'A missing path. In user_events: a dynamic_events delete line (!u:NAME, -:NAME) that',
      "matches no event; DIAG_IOCSDEL of a name the descriptor's group does not have; a write",
      'to user_events_data whose write_index was never registered on that descriptor',
      "(echo hello > user_events_data: the index is the bytes 'hell'); opening a namespace's",
      'files after it was removed, or names under a bind mount of a removed namespace root.',
    ],
  ],
  [EIO, ["Only from the simulator's test namespace systems (the debug facility), told to fail so."]],
  [
    E2BIG,
    [
      'DIAG_IOCSREG whose struct user_reg says it is larger than 4096 bytes, or has non-zero',
      'bytes after its 20 known ones. Never from the command text: uevent always sends 20 bytes.',
    ],
  ],
  [
    EBADF,
    [
      'A write on a user_events_data descriptor opened read-only; any call on a descriptor',
      'number that is not open.',
    ],
  ],
  [EAGAIN, ['Reading trace_pipe with O_NONBLOCK while the buffer is empty.']],
  [
    ENOMEM,
    [
      'mkdir namespaces/NAME that cannot build the namespace: a non-root caller who does not own',
      'namespaces/ (making NAME/options needs search permission on NAME/), or a system whose create',
      'fails; everything made so far is undone. Also a buffer_size_kb too large to hold.',
    ],
  ],
  [
    EACCES,
    [
      'Permission bits: a non-root user and the tracefs root (mode 0700), a file without the r or',
      'w bit for the caller, a directory without x. Creating a new file in tracefs (> newfile,',
      'touch) is EACCES even for root.',
    ],
  ],
  [
    EFAULT,
    [
      'A write to user_events_data of fewer than 4 bytes (echo hi: 3 bytes), or at a file offset',
      'other than 0; a __data_loc/__rel_loc location that points outside the entry or at a string',
      'without its NUL, checked only while the event is recorded; a bad address in DIAG_IOCSREG.',
    ],
  ],
  [
    EBUSY,
    [
      'Something still uses it. rmdir namespaces/NAME while NAME/options is open, an event of',
      'the namespace is in use (registered on an open user_events_data, enabled in any trace',
      'array, perf) or its data or status file is open or mapped. DIAG_IOCSDEL or a',
      'dynamic_events delete of an event in use; opening dynamic_events with > while any dynamic',
      'event is in use; rmdir instances/NAME while one of its files is open.',
    ],
  ],
  [
    EEXIST,
    [
      'mkdir of a name that exists (namespaces/NAME, instances/NAME). Not from registering a user',
      'event twice: in this era that succeeds and returns the existing event, new fields ignored.',
    ],
  ],
  [
    ENODEV,
    [
      'A per-event file (enable, format, id...) read or written through a descriptor still open',
      'after its event or instance is gone; the event ID space exhausted; an options write when',
      'no namespace system is registered; a namespace system whose create fails so.',
    ],
  ],
  [EISDIR, ['Reading a directory as a file: cat events.']],
  [
    EINVAL,
    [
      'The text was not understood. A register command or u: line that does not parse (unknown',
      'type, bad array length, struct without size, a size on another type, a stray space); an',
      'options line no system takes or a user_events_limit outside 1..32767; a set_event token',
      'that matches no event; a value that is not a number (enable, tracing_on, buffer_size_kb);',
      'reading a file without a read handler (trace_marker, user_events_data) or writing one',
      "without a write handler (format, id). Try: explain -w dynamic_events 'u:NAME u32 a'",
    ],
  ],
  [
    EMFILE,
    [
      'Registering a new user event when its group has no free status bit up to its limit',
      '(user_events_limit=N of a namespace, 32767 at the top). Checked before the fields are',
      'read, so even a malformed command gets EMFILE then. Names that exist still succeed.',
    ],
  ],
  [
    ENOTTY,
    [
      'An ioctl other than DIAG_IOCSREG/DIAG_IOCSDEL on user_events_data, or any ioctl on another',
      'tracefs file.',
    ],
  ],
  [ENOSPC, ["Only from the simulator's test namespace systems (the debug facility)."]],
  [ESPIPE, ['lseek on user_events_data.']],
  [
    ERANGE,
    ['A number above 2^64-1 written to an enable file, tracing_on, buffer_size_kb or', 'buffer_percent.'],
  ],
  [ENAMETOOLONG, ['mkdir of a name longer than 255 bytes (namespaces/NAME included).']],
  [
    ECANCELED,
    [
      'Kernel-internal "not mine, ask the next one": a namespace system\'s parse of an options',
      "line, a dynamic-event kind's create. Users never see it: an options line that every",
      'system declines becomes EINVAL.',
    ],
  ],
  [ESRCH, ['kill of a pid nobody has. Not given by tracefs or user_events.']],
  [EXDEV, ['Not given by tracefs or user_events in this model.']],
  [ENOTDIR, ['A path that goes through a file as if it were a directory.']],
  [EPIPE, ['Writing to a pipe nobody reads. Not given by tracefs or user_events.']],
  [
    ENOTEMPTY,
    ['rmdir of a non-empty directory outside tracefs (tracefs namespaces and instances need not be empty).'],
  ],
  [ELOOP, ['Not given by tracefs or user_events in this model.']],
]);
