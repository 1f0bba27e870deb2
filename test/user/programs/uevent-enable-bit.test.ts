// `uevent` on the linux-6.12 profile (the enable-bit ABI) and the text Linux 6.12 prints for user
// events in `trace` (print_event_fields). The expected trace text is what a real Linux 6.12.118
// printed for the same registrations and writes (made there with a helper that issues the same
// system calls); only the context before each event name differs and is cut off.

import { describe, expect, it } from 'vitest';
import { boot } from '../../../worker/kernel/boot';
import { decodeUtf8, latin1String } from '../../../worker/kernel/lib/utf8';
import { runScript } from '../../../worker/user/headless';

function sh612(script: string): { out: string; bytes: Uint8Array; status: number } {
  const r = runScript(boot({ profile: 'linux-6.12' }), script);
  return { out: decodeUtf8(r.output), bytes: r.output, status: r.status };
}

/** The event part of each trace line (after the context's timestamp), as Latin-1 bytes. */
function eventTexts(bytes: Uint8Array): string[] {
  return latin1String(bytes)
    .split('\n')
    .filter((l) => /^\s+\S+-\d+\s+\[\d{3}\] \S+\s+\d+\.\d{6}: /.test(l))
    .map((l) => l.replace(/^.*?\d+\.\d{6}: /, ''));
}

describe('trace text of user events on linux-6.12', () => {
  it('prints every field type as print_event_fields does', () => {
    const r = sh612(
      [
        'exec 3<>user_events_data',
        "uevent register 3 'f1 u8 a;char c;unsigned char d;u16 e;s16 f;u32 g;s32 h;u64 i;s64 j'",
        "uevent register 3 'f2 char[6] s;__data_loc char[] dl;__rel_loc char[] rl'",
        "uevent register 3 'f3'",
        "uevent register 3 'f4 struct foo x 16;struct bar y 4;struct baz z 3'",
        "uevent register 3 'f5 __data_loc u8[] a;__rel_loc u8[] b;int k;unsigned int u;short sh'",
        'echo 1 > events/user_events/enable',
        'uevent write 3 0 u8:7 u8:65 u8:200 u16:65535 s16:-2 u32:4294967295 s32:-5 u64:18446744073709551615 s64:-9',
        'uevent write 3 0 u8:0 u8:10 u8:160 u16:0 s16:0 u32:0 s32:0 u64:0 s64:0',
        'uevent write 3 1 hex:610062636465 loc: rel:',
        'uevent write 3 2',
        'uevent write 3 3 hex:0102030405060708090a0b0c0d0e0f10 u32:3 hex:414243',
        'uevent write 3 4 loc:AB rel:C u32:1 u32:2 u16:3',
        'cat trace',
      ].join('\n'),
    );
    expect(eventTexts(r.bytes)).toEqual([
      "f1: a=(7) c='A'(65) d='\xc8'(200) e=0xffff (65535) f=0xfffe (65534) g=0xffffffff (-1) h=0xfffffffb (-5) i=0xffffffffffffffff (-1) j=0xfffffffffffffff7 (-9)",
      "f1: a=(0) c=(10) d='\xa0'(160) e=0x0 (0) f=0x0 (0) g=0x0 (0) h=0x0 (0) i=0x0 (0) j=0x0 (0)",
      'f2: s=a dl= rl=',
      'f3:No fields found',
      'f4: x=<INVALID-SIZE> y=0x3 (3) z=<INVALID-SIZE>',
      'f5: a=41,42,00 b=43,00 k=0x1 (1) u=0x2 (2) sh=0x3 (3)',
    ]);
  });
});

describe('uevent on the enable-bit ABI', () => {
  it('registers with its own enable word, which follows the event while it lives', () => {
    const r = sh612(
      [
        'exec 3<>user_events_data',
        "uevent register 3 'a u32 x'",
        "uevent enabled 3 'a u32 x'; echo $?",
        'echo 1 > events/user_events/a/enable',
        "uevent enabled 3 'a u32 x'; echo $?",
        "uevent register 3 'a u32 x'",
        'uevent write 3 0 u32:7',
        'echo 0 > events/user_events/a/enable',
        'uevent write 3 0 u32:7',
        "uevent register 3 'a u64 x'",
      ].join('\n'),
    );
    expect(r.out).toBe(
      'write_index=0 enabled=0\n0\n1\n1\n0\nwrite_index=0 enabled=1\n8\n' +
        'uevent: write: Bad file descriptor\nuevent: register: Address already in use\n',
    );
  });

  it('emits only while enabled, and a non-persistent event goes with its last descriptor', () => {
    const r = sh612(
      [
        "uevent emit 'b u32 x' u32:1",
        'cat user_events_status',
        'exec 3<>user_events_data',
        "uevent register 3 'b u32 x'",
        "uevent register 3 'p u32 x' persist",
        'echo 1 > events/user_events/b/enable',
        "uevent emit 'b u32 x' u32:1",
        'echo 0 > events/user_events/b/enable',
        'exec 3>&-',
        'cat user_events_status',
        "uevent register 3 'q' bogus",
      ].join('\n'),
    );
    expect(r.out).toBe(
      'not enabled: nothing written\n\nActive: 0\nBusy: 0\n' +
        'write_index=0 enabled=0\nwrite_index=1 enabled=0\nwritten 8 bytes\n' +
        'p\n\nActive: 1\nBusy: 0\n' +
        'uevent: file descriptor 3 is not open\n',
    );
  });
});
