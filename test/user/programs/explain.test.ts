// explain, the playground's teaching aid: run through a booted kernel and the headless runner, with
// exact output for each form: a tracefs path (top level, instance, per-event file, a container's
// bind mount, missing and foreign paths), a write explained token by token (dynamic_events create,
// blank and delete lines, a register command, a namespace's options, set_event against the events
// that exist), an errno by name and number, and the usage errors.
import { describe, expect, it } from 'vitest';
import { ALICE, sh } from '../helpers';
import { EXPLAIN_USAGE } from '../../../worker/user/programs/explain';

/** Lines joined with newlines, each ended by one. */
function text(...lines: string[]): string {
  return lines.map((l) => `${l}\n`).join('');
}

describe('explain', () => {
  it('prints its usage without arguments and for --help', () => {
    expect(sh('explain')).toEqual({ out: EXPLAIN_USAGE, status: 0 });
    expect(sh('explain -w dynamic_events x --help')).toEqual({ out: EXPLAIN_USAGE, status: 0 });
    expect(EXPLAIN_USAGE).toContain('A playground program, not a Linux command');
  });

  it('says what the permission bits say to a user who may not look', () => {
    expect(sh('explain /sys/kernel/tracing/trace', ALICE)).toEqual({
      out: 'explain: /sys/kernel/tracing/trace: Permission denied\n',
      status: 1,
    });
  });

  it('is listed by help, as a playground program', () => {
    expect(sh('help explain').out).toContain('(a playground program, not a Linux command)');
  });

  describe('explain PATH', () => {
    it.each([
      [
        'explain trace_pipe',
        text(
          'trace_pipe: file, mode 0440, top-level trace array',
          'What:  A consuming reader of the ring buffer: what it returns is gone from',
          "       'trace'.",
          'Read:  The entries without a header; blocks while empty (EAGAIN with',
          '       O_NONBLOCK), ends once it returned data and tracing_on is 0. Ctrl-C',
          '       ends cat trace_pipe.',
          'Write: EINVAL: the file has no write handler.',
        ),
        0,
      ],
      [
        'mkdir instances/i1; explain instances/i1/set_event',
        text(
          'instances/i1/set_event: file, mode 0640, instance i1',
          'What:  The events enabled in this trace array, by name.',
          'Read:  One SYSTEM:NAME line per enabled event, newest first.',
          'Write: White-space separated tokens: SYSTEM:EVENT (an empty or * part matches',
          '       all), EVENT or SYSTEM alone, ! in front to disable; a token that',
          '       matches no event is EINVAL. Opening with > first disables every event',
          "       here. Try: explain -w set_event 'user_events:NAME'",
        ),
        0,
      ],
      [
        "echo 'u:hello u32 count' >> dynamic_events; cd events/user_events; explain hello/id",
        text(
          'hello/id (tracefs events/user_events/hello/id): file, mode 0440, top-level trace array',
          'What:  The event ID of user_events:hello: the common_type of its entries (the',
          '       first event gets 20). After the event is deleted, a descriptor still',
          '       open on it fails with ENODEV.',
          'Read:  The ID.',
          'Write: EINVAL: the file has no write handler.',
        ),
        0,
      ],
      [
        'mkdir namespaces/ns1; container run c1 --bind /sys/kernel/tracing/namespaces/ns1/root:/tracing; container exec c1 explain /tracing/user_events_data',
        text(
          '/tracing/user_events_data (tracefs namespaces/ns1/root/user_events_data): file, mode 0640, namespace ns1',
          'What:  The user_events ABI file of namespace ns1: events registered here',
          '       belong to system user_events.ns1, apart from every other group. An open',
          '       descriptor keeps the namespace busy.',
          'Read:  EINVAL: the file has no read handler.',
          'Write: ioctl DIAG_IOCSREG registers NAME FIELDS (status_bit, write_index back;',
          "       EMFILE past the namespace's user_events_limit), DIAG_IOCSDEL deletes; a",
          "       write is [s32 write_index][payload]. Try: explain -w register 'NAME u32",
          "       count'",
        ),
        0,
      ],
      ['explain missing', text('explain: missing: No such file or directory'), 1],
      [
        'explain /etc/passwd',
        text('explain: /etc/passwd: not in tracefs (explain knows the files of /sys/kernel/tracing)'),
        1,
      ],
    ])('%s', (script, out, status) => {
      expect(sh(script)).toEqual({ out, status });
    });
  });
  describe('explain -w FILE TEXT', () => {
    it.each([
      [
        "explain -w dynamic_events 'u:ev u32 a;unsigned int'",
        text(
          'u:ev u32 a;unsigned int',
          '                       ^',
          "'u:'            create: the rest registers a user event in the root group",
          "'ev'            event name (not validated)",
          "'u32 a'         field 1: field:u32 a; offset:8; size:4; signed:0;",
          "'unsigned int'  field 2: no name follows the type 'unsigned int' (after",
          "                'unsigned' the type runs to the next space)",
          '=> EINVAL (Invalid argument): the write fails; nothing is created',
        ),
        0,
      ],
      [
        "explain -w dynamic_events 'u:'",
        text(
          'u:',
          "'u:'            create: the rest registers a user event in the root group",
          "''              event name: empty (allowed; no events/ directory can be made",
          '                for it)',
          '=> accepted: creates user_events: with no fields. If user_events already has',
          "   an event called '', that one is kept.",
        ),
        0,
      ],
      [
        "explain -w dynamic_events $'u:a u32 x\\n\\n!x'",
        text(
          '3 lines; echo writes each with a write() of its own, so each stands alone:',
          '',
          'line 1: u:a u32 x',
          "'u:'            create: the rest registers a user event in the root group",
          "'a'             event name (not validated)",
          "'u32 x'         field 1: field:u32 x; offset:8; size:4; signed:0;",
          '=> accepted: creates user_events:a with 1 field; each write must carry at',
          '   least 4 bytes after the 4-byte write index. If user_events already has an',
          "   event called 'a', that one is kept and these fields are not even read (this",
          '   era does not compare them).',
          '',
          'line 2:',
          '=> accepted: a blank line: no effect',
          '',
          'line 3: !x',
          '        ^^',
          "'!x'            a '!' line needs a ':' before its target, as in !u:NAME",
          '=> EINVAL (Invalid argument): a malformed delete line; nothing is deleted',
        ),
        0,
      ],
      [
        "explain -w dynamic_events '!u:user_events.ns1/x'",
        text(
          '!u:user_events.ns1/x',
          '   ^^^^^^^^^^^^^^^',
          "'!u:'           delete: the target follows",
          "'user_events.ns1/'  system 'user_events.ns1': only 'user_events' names user",
          '                events, so no event matches (ENOENT)',
          "'x'             event name",
          '=> ENOENT (No such file or directory): nothing can match this target',
        ),
        0,
      ],
      [
        "explain -w register 'x char[4]x msg'",
        text(
          'x char[4]x msg',
          "'x'             event name (not validated)",
          "'char[4]x msg'  field 1: field:char msg[4]x; offset:8; size:4; signed:1;",
          "=> accepted: registers 'x' in the group of the user_events_data it is sent on",
          '   (user_events at the top, user_events.NS for namespaces/NS/root) with 1',
          '   field; each write must carry at least 4 bytes after the 4-byte write index.',
          '   The answer is the status bit and the write_index for this descriptor. Only',
          '   the text is judged here: a name the group already has is returned as it is,',
          '   fields unread; EMFILE when the group has no free status bit; E2BIG comes',
          '   from struct user_reg, never from this text.',
        ),
        0,
      ],
      [
        "explain -w namespaces/ns1/options 'USER_EVENTS_LIMIT=5'",
        text(
          'USER_EVENTS_LIMIT=5',
          '^^^^^^^^^^^^^^^^^^^',
          "'USER_EVENTS_LIMIT=5'  keys are lower case",
          '=> EINVAL (Invalid argument): no system takes the line (user_events, the only',
          '   one, said "not mine")',
        ),
        0,
      ],
      [
        "explain -w namespaces/ns1/options 'user_events_limit=32768'",
        text(
          'user_events_limit=32768',
          '                  ^^^^^',
          "'user_events_limit='  user_events' option: the namespace's limit of status",
          '                bits',
          "'32768'         32768 (0x hex, leading 0 octal, else decimal)",
          '=> EINVAL (Invalid argument): the limit must be 1 to 32767',
        ),
        0,
      ],
      [
        "mkdir namespaces/ns1; uevent emit -d namespaces/ns1/root 'login u32 uid' >/dev/null; explain -w instances/i2/set_event 'login user_events.ns1:'",
        text(
          'login user_events.ns1:',
          "'login'         enable every event whose name or system is 'login'; now:",
          '                user_events.ns1:login',
          "'user_events.ns1:'  enable every event of system 'user_events.ns1'; now:",
          '                user_events.ns1:login',
          '=> accepted: as events are now, in instance i2. Any non-empty write also',
          '   expands the top-level ring buffer to its default size.',
        ),
        0,
      ],
    ])('%s', (script, out, status) => {
      expect(sh(script)).toEqual({ out, status });
    });
  });
  describe('explain ERRNO', () => {
    it.each([
      [
        'explain ENOTTY',
        text(
          'ENOTTY (25): Inappropriate ioctl for device',
          '  An ioctl other than DIAG_IOCSREG/DIAG_IOCSDEL on user_events_data, or any',
          '  ioctl on another tracefs file.',
        ),
        0,
      ],
      [
        'explain 36',
        text(
          'ENAMETOOLONG (36): File name too long',
          '  mkdir of a name longer than 255 bytes (namespaces/NAME included).',
        ),
        0,
      ],
      ['explain EFOO', text('explain: EFOO: not an errno this playground gives'), 1],
      ['explain 999', text('explain: 999: not an errno this playground gives'), 1],
    ])('%s', (script, out, status) => {
      expect(sh(script)).toEqual({ out, status });
    });
  });
  describe('usage', () => {
    it.each([
      ['explain -x', text("explain: invalid option -- 'x'", "Try 'explain --help' for more information."), 2],
      ['explain a b', text("explain: extra operand 'b'", "Try 'explain --help' for more information."), 2],
      [
        'explain -w dynamic_events',
        text('explain: missing operand', "Try 'explain --help' for more information."),
        2,
      ],
      [
        "explain -w options 'user_events_limit=5'",
        text(
          "explain: 'options' is not the options file of a namespace (namespaces/NAME/options)",
          "Try 'explain --help' for more information.",
        ),
        2,
      ],
      [
        'explain -w trace hi',
        text(
          'explain: trace: -w knows dynamic_events, set_event, namespaces/NAME/options and register',
          "Try 'explain --help' for more information.",
        ),
        2,
      ],
    ])('%s', (script, out, status) => {
      expect(sh(script)).toEqual({ out, status });
    });
  });
});
