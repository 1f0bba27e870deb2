// What explain says of Linux 6.12's user_events (explain-upstream.ts, explain-errno-612.ts,
// explain-dynevents-612.ts), checked against the linux-6.12 kernel model from the shell, one claim
// at a time. The expected answers are Linux 6.12's (kernel/trace/trace_events_user.c, lines cited);
// struct-level errors the shell cannot reach (E2BIG, ENOMEM, EFAULT of struct user_reg) are held
// by test/kernel/user-events/upstream-abi.test.ts.
import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { decodeUtf8 } from '../../../worker/kernel/lib/utf8';
import { runScript, type HeadlessOptions } from '../../../worker/user/headless';

function sh612(script: string, options: HeadlessOptions = {}): string {
  return decodeUtf8(runScript(boot({ profile: 'linux-6.12' }), script, options).output);
}

/** The output of each line of `script`, run with --echo, keyed by the line. */
function each(script: string[]): string {
  return sh612(script.join('\n'), { echo: true });
}

describe('explain’s claims about Linux 6.12 hold in the model', () => {
  it('a name that exists: the same fields return it, other fields are EADDRINUSE, even unparsed ones', () => {
    // find_user_event() 1562-1591 runs before user_event_parse_fields() (2178).
    const out = each([
      'exec 3> user_events_data',
      "uevent register 3 'x u32 a'",
      "uevent register 3 'x u32 b'",
      "uevent register 3 'x u32 a b'",
      "uevent register 3 'x u32  a'",
      "echo 'u:x u32 a' >> dynamic_events",
      "echo 'u:x u64 a' >> dynamic_events",
    ]);
    expect(out).toBe(
      [
        '# exec 3> user_events_data',
        "# uevent register 3 'x u32 a'",
        'write_index=0 enabled=0',
        "# uevent register 3 'x u32 b'",
        'uevent: register: Address already in use',
        "# uevent register 3 'x u32 a b'",
        'uevent: register: Address already in use',
        "# uevent register 3 'x u32  a'",
        'write_index=0 enabled=0',
        "# echo 'u:x u32 a' >> dynamic_events",
        "# echo 'u:x u64 a' >> dynamic_events",
        'bash: echo: write error: Address already in use',
        '',
      ].join('\n'),
    );
  });

  it('a u: line that finds an event keeps it as it is: a non-persistent one still goes with its last reference', () => {
    // user_event_create() 1842 passes USER_EVENT_REG_PERSIST, but find_user_event() returns the
    // existing event unchanged; release drops the descriptor's reference (user_event_put, 265).
    const out = sh612(
      [
        'exec 3> user_events_data',
        "uevent register 3 'x u32 a' >/dev/null",
        "echo 'u:x u32 a' >> dynamic_events",
        'exec 3>&-',
        'cat dynamic_events; echo end',
      ].join('\n'),
    );
    expect(out).toBe('end\n');
  });

  it('a multi-format registration with other fields makes NAME.N; text flags are refused', () => {
    // user_event_set_tp_name() 2007-2031; user_event_parse() 2124.
    const out = sh612(
      [
        'exec 3> user_events_data',
        "uevent register 3 'x u32 a' >/dev/null",
        "uevent register 3 'x u32 b' multi-format",
        "uevent register 3 'x u64 c' multi-format",
        "uevent register 3 'x u32 a b' multi-format",
        "uevent register 3 'x: u32 a'",
        'cat available_events',
        'cat dynamic_events',
      ].join('\n'),
    );
    expect(out).toBe(
      [
        'write_index=1 enabled=0',
        'write_index=2 enabled=0',
        'uevent: register: Invalid argument',
        'uevent: register: Invalid argument',
        'user_events_multi:x.1',
        'user_events_multi:x.0',
        'user_events:x',
        'u:x u32 a',
        'u:x u32 b',
        'u:x u64 c',
        '',
      ].join('\n'),
    );
  });

  it('kernel.user_events_max: EMFILE for new events only, after the fields are parsed', () => {
    // user_event_parse() 2209 after 2178; set_max_user_events_sysctl() 2930 (proc_douintvec).
    const out = each([
      "echo 'u:a u32 a' >> dynamic_events",
      'echo 1 > /proc/sys/kernel/user_events_max',
      "echo 'u:b u32 b' >> dynamic_events",
      "echo 'u:b u32' >> dynamic_events",
      "echo 'u:a u32 a' >> dynamic_events",
      'echo x > /proc/sys/kernel/user_events_max',
      'echo 0x10 > /proc/sys/kernel/user_events_max',
      'cat /proc/sys/kernel/user_events_max',
    ]);
    expect(out).toBe(
      [
        "# echo 'u:a u32 a' >> dynamic_events",
        '# echo 1 > /proc/sys/kernel/user_events_max',
        "# echo 'u:b u32 b' >> dynamic_events",
        'bash: echo: write error: Too many open files',
        "# echo 'u:b u32' >> dynamic_events",
        'bash: echo: write error: Invalid argument',
        "# echo 'u:a u32 a' >> dynamic_events",
        '# echo x > /proc/sys/kernel/user_events_max',
        'bash: echo: write error: Invalid argument',
        '# echo 0x10 > /proc/sys/kernel/user_events_max',
        '# cat /proc/sys/kernel/user_events_max',
        '16',
        '',
      ].join('\n'),
    );
    expect(sh612('echo 5 > /proc/sys/kernel/user_events_max', { uid: 1000, gid: 1000 })).toBe(
      'bash: /proc/sys/kernel/user_events_max: Permission denied\n',
    );
  });

  it('a write nobody records is EBADF, a short one EINVAL; with tracing_on 0 the bit stays set', () => {
    // user_events_write_core() 2316 (min_size) and 2355 (no probe: EBADF).
    const out = sh612(
      [
        'exec 3> user_events_data',
        "uevent register 3 'x u32 a' >/dev/null",
        'uevent write 3 0 u32:1',
        'uevent write 3 0 u8:1',
        'echo 1 > events/user_events/x/enable',
        'echo 0 > tracing_on',
        "uevent register 3 'x u32 a'",
        'uevent write 3 0 u32:1',
        'cat user_events_status',
        'grep -c x: trace',
      ].join('\n'),
    );
    expect(out).toBe(
      [
        'uevent: write: Bad file descriptor',
        'uevent: write: Invalid argument',
        'write_index=0 enabled=1',
        '8',
        'x # Used by ftrace',
        '',
        'Active: 1',
        'Busy: 1',
        '0',
        '',
      ].join('\n'),
    );
  });

  it('DIAG_IOCSDEL: EBUSY while held (a descriptor, a holder with its enable bit, a trace array), ENOENT for no such name', () => {
    // delete_user_event() 2259-2281; user_event_last_ref() 977.
    const out = sh612(
      [
        'exec 3> user_events_data',
        "uevent register 3 'x u32 a' persist >/dev/null",
        'uevent unregister 3 x',
        'exec 3>&-',
        "uevent hold 3 'x u32 a' 3> user_events_data >/dev/null &",
        'exec 4> user_events_data',
        'uevent unregister 4 x',
        'kill %1; wait',
        'echo 1 > events/user_events/x/enable',
        'uevent unregister 4 x',
        'echo 0 > events/user_events/x/enable',
        'uevent unregister 4 x; echo $?',
        'uevent unregister 4 x',
      ].join('\n'),
    );
    // NOTE: the job notices ([1] PID, [1]+ Terminated) are not what this test is about.
    expect(out.replace(/^\[1\].*\n/gm, '')).toBe(
      [
        'uevent: unregister: Device or resource busy',
        'uevent: unregister: Device or resource busy',
        'uevent: unregister: Device or resource busy',
        '0',
        'uevent: unregister: No such file or directory',
        '',
      ].join('\n'),
    );
  });

  it('the persist flag and deleting a persistent event need root (EPERM)', () => {
    // user_event_parse() 2127, delete_user_event() 2269, user_event_capable() 223.
    const kernel = boot({ profile: 'linux-6.12' });
    const root = (s: string) => decodeUtf8(runScript(kernel, s).output);
    const alice = (s: string) =>
      decodeUtf8(runScript(kernel, s, { uid: 1000, gid: 1000, cwd: '/sys/kernel/tracing' }).output);
    root('chmod 0755 /sys/kernel/tracing; chmod 0666 user_events_data');
    root("exec 3> user_events_data; uevent register 3 'p u32 a' persist >/dev/null; exec 3>&-");
    expect(
      alice("exec 3> user_events_data; uevent register 3 'q u32 a' persist; uevent unregister 3 p"),
    ).toBe('uevent: register: Operation not permitted\nuevent: unregister: Operation not permitted\n');
  });

  it('user_events_status is text only; events/user_events_multi comes and goes with its events', () => {
    // user_status_fops (2894) has no mmap; user_seq_show() 2821.
    const out = sh612(
      [
        'UEVENT_ABI=status-page uevent enabled user_events_status 0',
        'exec 3> user_events_data',
        "uevent register 3 'm u32 a' multi-format >/dev/null",
        'ls events',
        'exec 3>&-',
        'ls events',
      ].join('\n'),
    );
    expect(out).toBe(
      [
        'uevent: mmap user_events_status: No such device',
        'enable\theader_event  header_page  user_events_multi',
        'enable\theader_event  header_page',
        '',
      ].join('\n'),
    );
  });

  it('tracefs takes mkdir only in instances/', () => {
    expect(sh612('mkdir namespaces; mkdir instances/i1 && echo made')).toBe(
      "mkdir: cannot create directory 'namespaces': Operation not permitted\nmade\n",
    );
  });
});
