// explain on the linux-6.12 profile: it follows the running kernel (uname -r 6.12.0) and says Linux
// 6.12's words: its usage, the user_events files, user_events_multi, dynamic_events' rules,
// kernel.user_events_max, the errnos as they arise there, and -w with text flags refused and delete
// lines that name every field. Nothing of the namespaces RFC is shown there, while on rfc-v2 the
// same commands still answer as before (explain.test.ts, test/scenarios/E01-explain).
import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { decodeUtf8 } from '../../../worker/kernel/lib/utf8';
import { runScript, type HeadlessOptions } from '../../../worker/user/headless';
import { EXPLAIN_USAGE, EXPLAIN_USAGE_612 } from '../../../worker/user/programs/explain';
import { sh } from '../helpers';

function sh612(script: string, options: HeadlessOptions = {}): { out: string; status: number } {
  const r = runScript(boot({ profile: 'linux-6.12' }), script, options);
  return { out: decodeUtf8(r.output), status: r.status };
}

function text(...lines: string[]): string {
  return lines.map((l) => `${l}\n`).join('');
}

const MULTI = "exec 3> user_events_data; uevent register 3 'm u32 a' multi-format >/dev/null; ";

describe('explain on linux-6.12', () => {
  it('prints the usage of the kernel it runs on', () => {
    expect(sh612('explain')).toEqual({ out: EXPLAIN_USAGE_612, status: 0 });
    expect(sh612('explain --help')).toEqual({ out: EXPLAIN_USAGE_612, status: 0 });
    expect(sh('explain --help')).toEqual({ out: EXPLAIN_USAGE, status: 0 });
    expect(EXPLAIN_USAGE_612).toContain('the running kernel has it (uname -r): here Linux 6.12');
    expect(EXPLAIN_USAGE_612).not.toContain('namespaces');
  });

  describe('explain PATH', () => {
    it.each([
      [
        'explain user_events_status',
        text(
          'user_events_status: file, mode 0440',
          'What:  Which user events exist and whether they are recorded: a text report,',
          "       with no page to map (the enable bits live in each registering process's",
          '       memory).',
          "Read:  Each event's tracepoint name (NAME, or NAME.N for a multi-format event)",
          '       in hash order, with # Used by ftrace while a trace array records it,',
          '       then a blank line, Active: (the events) and Busy: (those recorded).',
          '       mmap is ENODEV.',
          'Write: EINVAL: the file has no write handler.',
        ),
      ],
      [
        'explain user_events_data',
        text(
          'user_events_data: file, mode 0640',
          'What:  The user_events ABI file: programs register events on it (system',
          '       user_events, or user_events_multi with the multi-format flag) and write',
          '       them. An event lives while something holds it (a descriptor it was',
          "       registered on, a process's enable bit, a trace array recording it)",
          '       unless it was made persistent.',
          'Read:  EINVAL: the file has no read handler.',
          'Write: ioctl DIAG_IOCSREG takes a struct user_reg (28 bytes: the command NAME',
          '       FIELDS, the flags PERSIST (root only) and MULTI_FORMAT, and an enable',
          "       bit in the caller's memory that the kernel sets while a trace array",
          '       records the event) and gives back write_index; DIAG_IOCSUNREG drops an',
          '       enable bit; DIAG_IOCSDEL deletes events by name. A write is [s32',
          '       write_index][payload], recorded in every trace array that has the event',
          '       enabled, EBADF when none has. Try: uevent --help, explain -w register',
          "       'NAME u32 count'",
        ),
      ],
      [
        'explain dynamic_events',
        text(
          'dynamic_events: file, mode 0640',
          'What:  The list of dynamic events: here the user events, those made by a u:',
          '       line and those registered through user_events_data alike.',
          'Read:  One line per event in creation order: u:NAME, or u:NAME TYPE1 NAME1;',
          '       TYPE2 NAME2 (struct fields add their size); a multi-format event shows',
          '       the NAME it was registered with, not NAME.N.',
          'Write: Line by line: u:NAME FIELDS makes a persistent event in user_events',
          '       (root only, EPERM otherwise; NAME:FLAGS is EINVAL; a name that exists',
          '       with other fields EADDRINUSE, with these fields the line keeps that',
          '       event as it is); !u:NAME FIELDS or -:NAME FIELDS deletes the events of',
          '       that name whose fields are exactly these (no fields: only an event',
          '       without fields; ENOENT if none, EBUSY if one is in use, EPERM for a',
          '       persistent one unless root); a blank line does nothing; anything else',
          '       is EINVAL. Opening with > first deletes every dynamic event (EBUSY at',
          '       open if one is in use), so add with >>. Try: explain -w dynamic_events',
          "       'u:NAME u32 count'",
        ),
      ],
      [
        `${MULTI}explain events/user_events_multi`,
        text(
          'events/user_events_multi: directory, mode 0750, top-level trace array',
          'What:  The directory of the multi-format user events (registered through',
          '       user_events_data with the multi-format flag, each NAME as NAME.N, N a',
          '       hex number); made with its first event, removed with its last.',
          'Read:  ls lists it; cat says EISDIR.',
          'Write: mkdir and rmdir here are EPERM; new files cannot be created (EACCES),',
          '       files cannot be removed (EPERM).',
        ),
      ],
      [
        `${MULTI}mkdir instances/i1; explain instances/i1/events/user_events_multi/m.0`,
        text(
          'instances/i1/events/user_events_multi/m.0: directory, mode 0750, instance i1',
          'What:  The directory of event user_events_multi:m.0, one of the multi-format',
          '       user events (registered through user_events_data with the multi-format',
          '       flag, each NAME as NAME.N, N a hex number); every trace array has one',
          '       for every event.',
          'Read:  ls lists it; cat says EISDIR. It holds enable, filter, format, id and',
          '       trigger.',
          'Write: mkdir and rmdir here are EPERM; new files cannot be created (EACCES),',
          '       files cannot be removed (EPERM).',
        ),
      ],
      [
        `${MULTI}explain events/user_events_multi/m.0/enable`,
        text(
          'events/user_events_multi/m.0/enable: file, mode 0640, top-level trace array',
          'What:  Whether user_events_multi:m.0 is recorded in this trace array. Enabling',
          '       takes a reference on the event (it is not deleted while recorded) and',
          '       sets its enable bit in every process that registered it, so its writers',
          '       start writing. After the event is deleted, a descriptor still open on',
          '       it fails with ENODEV.',
          'Read:  1 if enabled here, else 0.',
          'Write: an unsigned decimal number: 1 enables, 0 disables, anything else EINVAL',
          '       (ERANGE past 2^64-1); it also expands the top-level buffer. Enabling',
          '       twice, or disabling a disabled event, is a no-op.',
        ),
      ],
      [
        'explain /proc/sys/kernel/user_events_max',
        text(
          '/proc/sys/kernel/user_events_max: file, mode 0644',
          'What:  kernel.user_events_max, a sysctl of user_events (not in tracefs): how',
          '       many user events the machine may have at once. Registering a new one',
          '       (DIAG_IOCSREG, a u: line) when that many exist is EMFILE.',
          'Read:  The limit in decimal; 32768 at boot.',
          'Write: One unsigned number (decimal, 0x hex or 0 octal; white space around it',
          '       is allowed, anything else is EINVAL); the mode 0644 leaves it to root.',
          '       Events that exist stay when it is lowered: only new ones get EMFILE.',
        ),
      ],
      [
        'cd /proc/sys/kernel; explain ./user_events_max | head -1',
        text('./user_events_max: file, mode 0644'),
      ],
      [
        'explain /sys/kernel/tracing',
        text(
          '/sys/kernel/tracing: directory, mode 0700',
          'What:  The tracefs root (mode 0700: root only): the top-level trace array, the',
          '       event directories, instances and the user_events files.',
          'Read:  ls lists it; cat says EISDIR.',
          'Write: mkdir is EPERM here (only instances/ takes mkdir); new files cannot be',
          '       created (EACCES).',
        ),
      ],
    ])('%s', (script, out) => {
      expect(sh612(script)).toEqual({ out, status: 0 });
    });

    it('knows no other path outside tracefs, and no namespaces/', () => {
      expect(sh612('explain /proc/sys/kernel/pid_max')).toEqual({
        out: text(
          'explain: /proc/sys/kernel/pid_max: not in tracefs (explain knows the files of /sys/kernel/tracing and /proc/sys/kernel/user_events_max)',
        ),
        status: 1,
      });
      expect(sh612('explain namespaces')).toEqual({
        out: text('explain: namespaces: No such file or directory'),
        status: 1,
      });
      expect(sh('explain /proc/sys/kernel/user_events_max')).toEqual({
        out: text('explain: /proc/sys/kernel/user_events_max: No such file or directory'),
        status: 1,
      });
    });
  });

  describe('explain ERRNO', () => {
    it.each([
      [
        'explain EADDRINUSE',
        text(
          'EADDRINUSE (98): Address already in use',
          '  DIAG_IOCSREG or a u: line naming an event that exists with other fields (a',
          '  multi-format registration gets a NAME.N of its own instead). The name is',
          '  looked up before the fields are parsed, so a malformed field list of an',
          '  existing name gets EADDRINUSE too. Also DIAG_IOCSREG with an enable address',
          '  and bit the calling process has registered already.',
        ),
        0,
      ],
      [
        'explain 9',
        text(
          'EBADF (9): Bad file descriptor',
          '  A write to user_events_data for an event no trace array records: the kernel',
          '  refuses it rather than drop it, so a program writes only while its enable',
          '  bit is set. Also a write on a user_events_data descriptor opened read-only,',
          '  and any call on a descriptor number that is not open.',
        ),
        0,
      ],
      [
        'explain EMFILE',
        text(
          'EMFILE (24): Too many open files',
          '  Registering a new user event (DIAG_IOCSREG or a u: line) while as many exist',
          '  as kernel.user_events_max allows (/proc/sys/kernel/user_events_max, 32768 at',
          '  boot). Checked after the fields are parsed, so a malformed command still',
          '  gets EINVAL; a name that exists with these fields still succeeds.',
        ),
        0,
      ],
      [
        'explain EPERM',
        text(
          'EPERM (1): Operation not permitted',
          '  mkdir or rmdir anywhere in tracefs except directly in instances/; rm',
          '  (unlink) or mv of a tracefs entry. A caller without write permission on the',
          '  directory gets EACCES first. In user_events: registering with the persist',
          '  flag without root (a u: line of dynamic_events makes a persistent event, so',
          '  it needs root too); DIAG_IOCSDEL or a dynamic_events delete of a persistent',
          '  event without root. Also: su, mount and container run as non-root.',
        ),
        0,
      ],
      [
        'explain ENODEV',
        text(
          'ENODEV (19): No such device',
          '  A per-event file (enable, format, id...) read or written through a',
          '  descriptor still open after its event or instance is gone; the event ID',
          '  space exhausted; mmap of user_events_status, which 6.12 only prints.',
        ),
        0,
      ],
      [
        'explain 36',
        text(
          'ENAMETOOLONG (36): File name too long',
          '  mkdir of a name longer than 255 bytes (instances/NAME included).',
        ),
        0,
      ],
      ['explain EIO', text('explain: EIO: not an errno this playground gives'), 1],
      ['explain 28', text('explain: 28: not an errno this playground gives'), 1],
    ])('%s', (script, out, status) => {
      expect(sh612(script)).toEqual({ out, status });
    });

    it('keeps the RFC kernel’s table on rfc-v2', () => {
      expect(sh('explain EADDRINUSE')).toEqual({
        out: text('explain: EADDRINUSE: not an errno this playground gives'),
        status: 1,
      });
      expect(sh('explain EIO').out).toContain("Only from the simulator's test namespace systems");
    });
  });

  describe('explain -w', () => {
    it.each([
      [
        "explain -w dynamic_events 'u:hello:F u32 count'",
        text(
          'u:hello:F u32 count',
          '       ^^',
          "'u:'            create: the rest registers a persistent user event in",
          '                user_events (root only, EPERM otherwise)',
          "'hello'         event name (not validated)",
          "':F'            text flags: Linux 6.12 knows none, so a ':' in the name part",
          '                is refused (flags go in struct user_reg)',
          '=> EINVAL (Invalid argument): the write fails; nothing is created (text flags',
          '   are refused before anything else is read)',
        ),
      ],
      [
        "explain -w register 'ev: u32 a'",
        text(
          'ev: u32 a',
          '  ^',
          "'ev'            event name (not validated)",
          "':'             text flags: Linux 6.12 knows none, so a ':' in the name part",
          '                is refused (flags go in struct user_reg)',
          '=> EINVAL (Invalid argument): the ioctl fails; nothing is registered (text',
          '   flags are refused before anything else is read)',
        ),
      ],
      [
        "explain -w register 'ev u32 a b'",
        text(
          'ev u32 a b',
          '         ^',
          "'ev'            event name (not validated)",
          "'u32 a b'       field 1: 'b' is read as a size, which only struct fields have",
          '=> EINVAL (Invalid argument): the ioctl fails; nothing is registered. Should',
          "   an event called 'ev' of the same format exist, its fields are compared with",
          '   these words before they are parsed: that event is the answer if the words',
          '   spell its fields, else EADDRINUSE (a multi-format registration gets EINVAL',
          '   still)',
        ),
      ],
      [
        "echo 'u:hello u32 count' >> dynamic_events; explain -w dynamic_events '!u:hello'",
        text(
          '!u:hello',
          '^^^^^^^^',
          "'!u:'           delete: the target follows",
          "'hello'         event name, as registered (a multi-format event is NAME here,",
          '                not NAME.N); with no system, events of both systems match',
          "=> ENOENT (No such file or directory): deletes every user event called 'hello'",
          '   that has no fields (a delete line names every field, so one without fields',
          '   matches only such an event); now none matches: dynamic_events has u:hello',
          '   u32 count',
        ),
      ],
      [
        "echo 'u:pair struct pair p 8' >> dynamic_events; explain -w dynamic_events '!u:user_events_multi/pair struct pair p;'",
        text(
          '!u:user_events_multi/pair struct pair p;',
          '^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
          "'!u:'           delete: the target follows",
          "'user_events_multi/'  system user_events_multi: either user system matches",
          '                every user event, whatever its own',
          "'pair'          event name, as registered (a multi-format event is NAME here,",
          '                not NAME.N)',
          "'struct pair p;'  field 1: 'struct pair p' never matches: a struct field is",
          '                written with its size, struct TAG NAME SIZE',
          "=> ENOENT (No such file or directory): deletes every user event called 'pair'",
          '   whose only field is this one; now none matches: dynamic_events has u:pair',
          '   struct pair p 8',
        ),
      ],
      [
        "echo 'u:pair struct pair p 8' >> dynamic_events; explain -w dynamic_events '!u:pair struct pair p 8'",
        text(
          '!u:pair struct pair p 8',
          "'!u:'           delete: the target follows",
          "'pair'          event name, as registered (a multi-format event is NAME here,",
          '                not NAME.N); with no system, events of both systems match',
          "'struct pair p 8'  field 1 must be 'struct pair p 8'",
          "=> parses: deletes every user event called 'pair' whose only field is this",
          '   one; now: u:pair struct pair p 8. EBUSY when a match is in use (registered',
          '   on an open user_events_data, named by an enable bit, or recorded), EPERM',
          '   for a persistent one unless root. Trace buffers waiting for a reset after',
          '   earlier deletions are cleared either way.',
        ),
      ],
    ])('%s', (script, out) => {
      expect(sh612(script)).toEqual({ out, status: 0 });
    });

    it('judges later lines of a text without "now" once an earlier one may change the events', () => {
      const out = sh612('set +H\nexplain -w dynamic_events "$(printf \'!u:a\\nu:a\\n!u:a\')"').out;
      const verdicts = [...out.matchAll(/^=> (\w+)/gm)].map((m) => m[1]);
      expect(verdicts).toEqual(['ENOENT', 'accepted', 'parses']);
      expect(out).toContain('now none matches: no event is called');
    });

    it('has no namespace options file to explain', () => {
      expect(sh612("explain -w namespaces/ns1/options 'user_events_limit=5'")).toEqual({
        out: text(
          'explain: namespaces/ns1/options: -w knows dynamic_events, set_event and register',
          "Try 'explain --help' for more information.",
        ),
        status: 2,
      });
    });
  });

  it('shows nothing of the namespaces RFC or its status page, for any path or errno', () => {
    const setup =
      "mkdir instances/i1; echo 'u:hello u32 count' >> dynamic_events; " + MULTI + 'echo 1 > events/enable';
    const paths = sh612(`${setup}\nfind /sys/kernel/tracing`)
      .out.split('\n')
      .filter((p) => p !== '');
    expect(paths.length).toBeGreaterThan(100);
    const script = [
      setup,
      'explain',
      ...paths.map((p) => `explain ${p}`),
      'explain /proc/sys/kernel/user_events_max',
      'for e in $(seq 1 140); do explain $e; done 2>/dev/null',
      "explain -w dynamic_events '!u:hello'",
      "explain -w dynamic_events 'u:x u32 a'",
      "explain -w register 'x u32 a'",
      "explain -w set_event 'hello'",
    ].join('\n');
    const out = sh612(script).out;
    expect(out).toContain('EADDRINUSE (98)');
    expect(out).not.toMatch(/namespace|user_events\.\w|status bit|status page|status_bit/i);
  });
});
