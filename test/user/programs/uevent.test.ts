// uevent, the user_events ABI client (shared/oracle/uevent.c): every subcommand through the shell,
// the bytes each VALUE encoding puts after the write index, the refusals that exit 2 before any
// system call, and the process it runs as (own pid and comm, the shell's descriptors inherited).
import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { decodeUtf8 } from '../../../worker/kernel/lib/utf8';
import { O_RDONLY } from '../../../worker/kernel/syscalls';
import { HeadlessSession } from '../../../worker/user/headless';
import { UEVENT_USAGE } from '../../../worker/user/programs/uevent';
import { parseDuration } from '../../../worker/user/programs/uevent-emit';
import { sh } from '../helpers';

const NS1 = 'namespaces/ns1/root';

/** Runs `script` in a session and returns the terminal text, the status and the session. */
function run(script: string) {
  const s = new HeadlessSession(boot());
  const r = s.run(script);
  return { out: decodeUtf8(r.output), status: r.status, sys: s.sys };
}

/** The bytes one `uevent write 3 7 VALUE...` puts into a regular file, in hex, and its output. */
function written(values: readonly string[]): { hex: string; out: string; status: number } {
  const quoted = values.map((v) => `'${v}'`).join(' ');
  const r = run(`exec 3> /tmp/p\nuevent write 3 7 ${quoted}`);
  const fd = r.sys.open('/tmp/p', O_RDONLY);
  const got = r.sys.read(fd, 1 << 20);
  r.sys.close(fd);
  if (typeof got === 'number') throw new Error(`read /tmp/p: ${got}`);
  const hex = [...got].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return { hex, out: r.out, status: r.status };
}

describe('uevent write: value encodings (little-endian after the 4-byte index)', () => {
  it.each([
    [['u8:0'], '00'],
    [['u8:255'], 'ff'],
    [['u8:0xff'], 'ff'],
    [['u8:010'], '08'],
    [['u16:0x1234'], '34 12'],
    [['u32:1'], '01 00 00 00'],
    [['u32:4294967295'], 'ff ff ff ff'],
    [['u64:0xffffffffffffffff'], 'ff ff ff ff ff ff ff ff'],
    [['u64:18446744073709551615'], 'ff ff ff ff ff ff ff ff'],
    [['s8:-128'], '80'],
    [['s8:127'], '7f'],
    [['s16:-1'], 'ff ff'],
    [['s32:-2'], 'fe ff ff ff'],
    [['s64:-9223372036854775808'], '00 00 00 00 00 00 00 80'],
    [['char[4]:ab'], '61 62 00 00'],
    [['char[4]:abcd'], '61 62 63 64'],
    [['char[1]:'], '00'],
    // __data_loc: offset from the entry start (8-byte header + 4-byte word = 12), length with the NUL
    [['loc:hi'], '0c 00 03 00 68 69 00'],
    [['loc:'], '0c 00 01 00 00'],
    [['u32:1', 'loc:ab', 'loc:c'], '01 00 00 00 14 00 03 00 17 00 02 00 61 62 00 63 00'],
    // __rel_loc: offset from the byte after the word
    [['rel:hi'], '00 00 03 00 68 69 00'],
    [['rel:a', 'u8:1', 'rel:b'], '05 00 02 00 01 02 00 02 00 61 00 62 00'],
    [['hex:de:ad-be_ef'], 'de ad be ef'],
    [['hex:01 02'], '01 02'],
    [['hex:'], ''],
    [[], ''],
  ])('%j', (values, payload) => {
    const r = written(values);
    expect(r.hex).toBe(['07 00 00 00', payload].filter(Boolean).join(' '));
    expect(r.out).toBe(`${4 + (payload ? payload.split(' ').length : 0)}\n`);
    expect(r.status).toBe(0);
  });
});

describe('uevent write: values that cannot be written (exit 2, nothing written)', () => {
  it.each([
    ['u8:256', "value 'u8:256' does not fit the field"],
    ['u8:-1', "value 'u8:-1' does not fit the field"],
    ['u16:65536', "value 'u16:65536' does not fit the field"],
    ['u32:0x100000000', "value 'u32:0x100000000' does not fit the field"],
    ['u64:18446744073709551616', "value 'u64:18446744073709551616' is not a number or does not fit"],
    ['u8:abc', "value 'u8:abc' is not a number or does not fit"],
    ['u8:', "value 'u8:' has no number"],
    ['s8:128', "value 's8:128' does not fit the field"],
    ['s8:-129', "value 's8:-129' does not fit the field"],
    ['s64:9223372036854775808', "value 's64:9223372036854775808' is not a number"],
    ['s16:1x', "value 's16:1x' is not a number"],
    ['char[4]:toolong', "text of 'char[4]:toolong' does not fit the field"],
    ['char[0]:a', "bad array length in 'char[0]:a'"],
    ['char[x]:a', "bad array length in 'char[x]:a'"],
    ['char[]:a', "bad array length in 'char[]:a'"],
    ['char[65537]:a', "bad array length in 'char[65537]:a'"],
    ['char[4]x:a', "unknown value prefix in 'char[4]x:a'"],
    ['hex:abc', "odd number of hex digits in 'hex:abc'"],
    ['hex:zz', "bad hex digit in 'hex:zz'"],
    ['str:hi', "unknown value prefix in 'str:hi'"],
    ['plain', "value 'plain' has no TYPE: prefix"],
  ])('%s', (value, message) => {
    const r = written(['u32:1', value]);
    expect(r).toEqual({ hex: '', out: `uevent: ${message}\n`, status: 2 });
  });

  it('refuses more than 65536 bytes of fixed payload', () => {
    const r = written(['char[65536]:a', 'u8:1']);
    expect(r).toEqual({ hex: '', out: "uevent: value 'u8:1' makes the payload too long\n", status: 2 });
  });
});

describe('uevent: arguments', () => {
  it.each([
    ['uevent --help', UEVENT_USAGE, 0],
    ['uevent -h', UEVENT_USAGE, 0],
    ['uevent help', UEVENT_USAGE, 0],
    ['uevent', UEVENT_USAGE, 2],
    ['uevent nope', `uevent: unknown command 'nope'\n${UEVENT_USAGE}`, 2],
    ['uevent register 3', UEVENT_USAGE, 2],
    ['uevent unregister 3 a b', UEVENT_USAGE, 2],
    ['uevent write 3', UEVENT_USAGE, 2],
    ['uevent enabled user_events_status', UEVENT_USAGE, 2],
    ['uevent emit', UEVENT_USAGE, 2],
    ['uevent emit -d', UEVENT_USAGE, 2],
    ['uevent emit -d /tmp', UEVENT_USAGE, 2],
    ['uevent register x a', "uevent: bad file descriptor 'x'\n", 2],
    ['uevent register -1 a', "uevent: bad file descriptor '-1'\n", 2],
    ['uevent register 9 a', 'uevent: file descriptor 9 is not open\n', 2],
    ['uevent unregister 9 a', 'uevent: file descriptor 9 is not open\n', 2],
    ['uevent write 9 0 u8:1', 'uevent: file descriptor 9 is not open\n', 2],
    ['exec 3<> user_events_data; uevent write 3 abc', "uevent: bad write index 'abc'\n", 2],
    ['exec 3<> user_events_data; uevent write 3 0x100000000', "uevent: bad write index '0x100000000'\n", 2],
    ['exec 3<> user_events_data; uevent write 3 -2147483649', "uevent: bad write index '-2147483649'\n", 2],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });

  it('is described by help and known to type', () => {
    expect(sh('help uevent; type uevent')).toEqual({
      out:
        'uevent: uevent COMMAND [ARG]...\n' +
        '    Use the user_events ABI: register, unregister, write, enabled, emit.\n' +
        '    emit [-d DIR] [--count N] [--interval DURATION] ...  writes N times, DURATION apart\n' +
        '        (e.g. 500ms, 1s) on the virtual clock, keeping its descriptors open meanwhile.\n' +
        'uevent is /usr/bin/uevent\n',
      status: 0,
    });
    expect(sh('help').out).toContain('uevent COMMAND [ARG]...');
  });
});

describe('uevent register / unregister / write on an inherited descriptor', () => {
  it('registers, re-registers with the same index, and reports kernel refusals with status 1', () => {
    expect(
      sh(
        'exec 3<> user_events_data\n' +
          "uevent register 3 'a u32 x'\n" +
          'uevent register 3 b\n' +
          'uevent register 3 a\n' +
          "uevent register 3 'c u32'\n" +
          'echo $?\n' +
          'exec 4< user_events_status\n' +
          'uevent register 4 a',
      ),
    ).toEqual({
      out:
        'status_bit=1 write_index=0\n' +
        'status_bit=2 write_index=1\n' +
        'status_bit=1 write_index=0\n' +
        'uevent: register: Invalid argument\n' +
        '1\n' +
        'uevent: register: Inappropriate ioctl for device\n',
      status: 1,
    });
  });

  it('unregisters silently, or says why not', () => {
    expect(
      sh(
        'exec 3<> user_events_data\n' +
          'uevent register 3 a\n' +
          'uevent unregister 3 a\n' +
          'exec 3<&-\n' +
          'uevent unregister 4 a 4<> user_events_data; echo $?\n' +
          'uevent unregister 4 a 4<> user_events_data',
      ),
    ).toEqual({
      out:
        'status_bit=1 write_index=0\n' +
        'uevent: unregister: Device or resource busy\n' +
        '0\n' +
        'uevent: unregister: No such file or directory\n',
      status: 1,
    });
  });

  it('keeps registrations on the shell descriptor across processes; an unsigned index wraps', () => {
    expect(
      sh(
        'exec 3<> user_events_data\n' +
          "uevent register 3 'a u32 x'\n" +
          'uevent write 3 0 u32:1\n' +
          'uevent write 3 1 u32:1\n' +
          'uevent write 3 4294967295 u32:1\n' +
          'exec 5< user_events_data; uevent register 5 a; uevent write 5 0 u32:1',
      ),
    ).toEqual({
      out:
        'status_bit=1 write_index=0\n' +
        '8\n' +
        'uevent: write: No such file or directory\n' +
        'uevent: write: Invalid argument\n' +
        'status_bit=1 write_index=0\n' +
        'uevent: write: Bad file descriptor\n',
      status: 1,
    });
  });

  it('records as its own process: comm uevent, its pid in the context and in the header', () => {
    const r = run(
      "exec 3<> user_events_data; uevent register 3 'a u32 x'\n" +
        'echo 1 > events/user_events/a/enable\n' +
        'uevent write 3 0 u32:0x2a\n' +
        'cat trace',
    );
    const m = /\n +uevent-(\d+) +\[000\] \.\.\.\.\. +\d+\.\d{6}: \n00000000: (.{47})/.exec(r.out);
    expect(m).not.toBeNull();
    const pid = Number(m![1]);
    expect(pid).not.toBe(r.sys.pid);
    const le = [0, 8, 16, 24].map((s) => ((pid >> s) & 0xff).toString(16).padStart(2, '0')).join(' ');
    expect(m![2].trimEnd()).toBe(`14 00 00 00 ${le} 2a 00 00 00`);
  });
});

describe('uevent enabled', () => {
  it('prints the bit and exits 0 when set, 1 when not', () => {
    expect(
      sh(
        "echo 'u:a u32 x' >> dynamic_events\n" +
          'uevent enabled user_events_status 1; echo $?\n' +
          'echo 1 > events/user_events/a/enable\n' +
          'uevent enabled user_events_status 1; echo $?\n' +
          'uevent enabled user_events_status 0x1; uevent enabled user_events_status 32767',
      ),
    ).toEqual({ out: '0\n1\n1\n0\n1\n0\n', status: 1 });
  });

  it.each([
    ['uevent enabled user_events_status x', "uevent: bad bit number 'x'\n"],
    ['uevent enabled user_events_status 32768', "uevent: bad bit number '32768'\n"],
    ['uevent enabled user_events_status -1', "uevent: bad bit number '-1'\n"],
    ['uevent enabled nosuch 1', 'uevent: nosuch: No such file or directory\n'],
    ['uevent enabled trace 1', 'uevent: mmap trace: No such device\n'],
  ])('%s', (script, out) => {
    expect(sh(script)).toEqual({ out, status: 2 });
  });

  it('leaves nothing mapped once it exits (the namespace can go)', () => {
    expect(
      sh(`mkdir namespaces/ns1; uevent enabled ${NS1}/user_events_status 1; rmdir namespaces/ns1`),
    ).toEqual({ out: '0\n', status: 0 });
  });
});

describe('uevent emit', () => {
  it('writes only while the event is enabled, and keeps nothing open', () => {
    const r = run(
      "uevent emit 'a u32 x' u32:1\n" +
        'echo 1 > events/user_events/a/enable\n' +
        'uevent emit a u32:2 u32:3\n' +
        'echo 0 > events/user_events/a/enable\n' +
        'cat trace\n' +
        "echo '!u:a' >> dynamic_events; echo $?",
    );
    expect(r.out).toMatch(/^not enabled: nothing written\nwritten 12 bytes\n/);
    expect(r.out).toMatch(
      / +uevent-\d+ +\[000\] .*\n00000000: 14 00 00 00 .. .. 00 00 02 00 00 00 03 00 00 00 /,
    );
    expect(r.out).toMatch(/\0\n?0\n$/);
    expect(r.status).toBe(0);
  });

  it('works in a namespace with -d and closes its descriptor at the end', () => {
    expect(
      sh(
        'mkdir namespaces/ns1\n' +
          `uevent emit -d ${NS1} 'tick u32 n' u32:1\n` +
          `cat ${NS1}/user_events_status\n` +
          'rmdir namespaces/ns1',
      ),
    ).toEqual({
      out: 'not enabled: nothing written\n1:tick\n\nActive: 1\nBusy: 0\nMax: 32768\nLimit: 32767\n',
      status: 0,
    });
  });

  it('checks the values before it opens anything', () => {
    expect(sh("uevent emit 'a u8 x' u8:256; echo $?; cat user_events_status")).toEqual({
      out: "uevent: value 'u8:256' does not fit the field\n2\n\nActive: 0\nBusy: 0\nMax: 32768\nLimit: 32767\n",
      status: 0,
    });
  });

  it.each([
    ['uevent emit -d /nosuch a', 'uevent: /nosuch/user_events_data: No such file or directory\n'],
    ["uevent emit 'a u32'", 'uevent: register: Invalid argument\n'],
    ["uevent emit 'a u32 x' && echo no", ''],
  ])('%s', (script, out) => {
    const r = sh(script);
    if (out) expect(r).toEqual({ out, status: 1 });
    else expect(r).toEqual({ out: 'not enabled: nothing written\nno\n', status: 0 });
  });

  it('reports a refused write with status 1 (a short payload while recording)', () => {
    expect(
      sh("echo 'u:a u32 x' >> dynamic_events; echo 1 > events/user_events/a/enable; uevent emit a u16:1"),
    ).toEqual({ out: 'uevent: write: Invalid argument\n', status: 1 });
  });
});

describe('uevent emit --count --interval (a long-running writer)', () => {
  it('keeps its descriptors and mapping open between writes, N writes an interval apart', () => {
    const r = sh(
      'mkdir namespaces/ns1\n' +
        `uevent emit -d ${NS1} --count 3 --interval 500ms 'tick u32 n' u32:1 &\n` +
        'echo 1 > events/user_events.ns1/tick/enable\n' +
        'rmdir namespaces/ns1\n' +
        'wait\n' +
        'echo 0 > events/user_events.ns1/tick/enable\n' +
        'rmdir namespaces/ns1\ncat trace',
    );
    expect(r.out).toMatch(
      /^\[1\] \d+\nnot enabled: nothing written\nrmdir: failed to remove 'namespaces\/ns1': Device or resource busy\nwritten 8 bytes\nwritten 8 bytes\n\[1\]\+ {2}Done/,
    );
    const ts = [...r.out.matchAll(/ (\d+\.\d{6}): /g)].map((m) => m[1]);
    expect(ts).toHaveLength(2);
    expect(Number(ts[1]) - Number(ts[0])).toBeCloseTo(0.5, 4);
  });

  it.each([
    ['--count 0', "uevent: bad count '0'\n"],
    ['--count x', "uevent: bad count 'x'\n"],
    ['--interval 1h', "uevent: bad interval '1h'\n"],
    ['--interval=-1', "uevent: bad interval '-1'\n"],
    ['--count', UEVENT_USAGE],
    ['--count 2', UEVENT_USAGE],
    ['--frob 2 a', UEVENT_USAGE],
  ])('emit %s is a usage error', (opts, out) => {
    expect(sh(`uevent emit ${opts}`)).toEqual({ out, status: 2 });
  });

  it('accepts --count=N and --interval=D, in any order with -d', () => {
    expect(sh(`uevent emit --interval=1ms -d . --count=2 'a u32 x' u32:1`)).toEqual({
      out: 'not enabled: nothing written\nnot enabled: nothing written\n',
      status: 0,
    });
  });

  it('durations', () => {
    expect(['1', '1.5s', '500ms', '20us', '7ns', '2m', 'x', '1.s'].map(parseDuration)).toEqual([
      1e9,
      1.5e9,
      5e8,
      2e4,
      7,
      1.2e11,
      null,
      null,
    ]);
  });
});

describe('a mapping of the status page keeps its namespace busy (KERNEL-MODEL §c.12)', () => {
  it('until munmap, even with the descriptor closed', () => {
    const s = new HeadlessSession(boot());
    const shell = (line: string) => decodeUtf8(s.run(line).output);
    expect(shell('mkdir namespaces/ns1')).toBe('');
    const fd = s.sys.open(`${NS1}/user_events_status`, O_RDONLY);
    const map = s.sys.mmap(fd, 4096);
    if (!map.ok) throw new Error(`mmap: ${map.err}`);
    expect(s.sys.close(fd)).toBe(0);
    const busy = "rmdir: failed to remove 'namespaces/ns1': Device or resource busy\n";
    expect(shell('rmdir namespaces/ns1')).toBe(busy);
    expect(shell(`uevent register 3 'tick u32 n' 3<> ${NS1}/user_events_data`)).toBe(
      'status_bit=1 write_index=0\n',
    );
    expect(map.value.view.at(0)).toBe(0);
    expect(shell('echo 1 > events/user_events.ns1/tick/enable')).toBe('');
    expect(map.value.view.at(0)).toBe(0x02);
    expect(shell('echo 0 > events/user_events.ns1/tick/enable; rmdir namespaces/ns1')).toBe(busy);
    expect(s.sys.munmap(map.value.id)).toBe(0);
    expect(shell('rmdir namespaces/ns1; ls namespaces')).toBe('');
  });
});
