// The project's C uevent (native/uevent/uevent.c) against the playground's uevent on the enable-bit
// ABI of Linux 6.4 and later: the model boots its Linux 6.12 profile, the C build runs on this
// machine through bash with UEVENT_ABI=enable-bit, and for everything that needs no user_events
// (usage, bad arguments and flags, descriptors that are not user_events files, missing files) both
// must print the same bytes and exit with the same status. How the C program chooses its ABI
// (UEVENT_ABI, else this machine's release) is checked here too. What the enable-bit ABI does on
// a real 6.12 kernel needs one; the status-page ABI's comparisons are in uevent-c.test.ts.

import { release } from 'node:os';
import { describe, expect, it } from 'vitest';
import { boot } from '../../worker/kernel/boot';
import { decodeUtf8 } from '../../worker/kernel/lib/utf8';
import { runScript } from '../../worker/user/headless';
import { UEVENT_USAGE } from '../../worker/user/programs/uevent';
import { UEVENT_USAGE_ENABLE_BIT } from '../../worker/user/programs/uevent-enable-bit';
import type { Ran } from '../user/helpers';
import { cUevent } from './c-uevent';

const c = cUevent('uevent-c-enable-bit-');

/** SCRIPT in bash on this machine, in a fresh directory, the C build pinned to ABI (none: unset). */
function native(script: string, abi: string | null = 'enable-bit'): Ran {
  return c.run(script, abi === null ? {} : { UEVENT_ABI: abi });
}

/** SCRIPT in the playground's shell, in /tmp, on the model's Linux 6.12. */
function model(script: string): Ran {
  const r = runScript(boot({ profile: 'linux-6.12' }), `cd /tmp\n${script}`);
  return { out: decodeUtf8(r.output), status: r.status };
}

function expectSame(script: string): Ran {
  const m = model(script);
  expect(native(script)).toEqual(m);
  return m;
}

/** This machine's kernel has the enable-bit ABI's release (6.4 or later). */
const HOST_HAS_ENABLE_BIT = ((m) => m !== null && (+m[1] > 6 || (+m[1] === 6 && +m[2] >= 4)))(
  /^(\d+)\.(\d+)/.exec(release()),
);

describe('the C uevent prints what the model prints on the enable-bit ABI: usage', () => {
  it.each([
    'uevent',
    'uevent --help',
    'uevent -h',
    'uevent help',
    'uevent nope',
    'uevent register',
    'uevent register 3',
    'uevent unregister 3',
    'uevent unregister 3 a b',
    'uevent write 3',
    'uevent enabled',
    'uevent enabled 3',
    'uevent enabled 3 a b',
    'uevent enabled 3 a persist',
    'uevent hold',
    'uevent hold 3',
    'uevent emit',
    'uevent emit -d .',
    'uevent emit --count 2',
    'uevent emit -- a',
    'uevent --help >/dev/null; echo $?',
  ])('%s', (script) => {
    expectSame(script);
  });

  it('the usage names the new operands; --help goes to standard output, a usage error to standard error', () => {
    expect(native('uevent --help 2>/dev/null')).toEqual({ out: UEVENT_USAGE_ENABLE_BIT, status: 0 });
    expect(native('uevent enabled 3 2>/dev/null')).toEqual({ out: '', status: 2 });
    expect(UEVENT_USAGE_ENABLE_BIT).toContain("uevent hold FD 'NAME FIELDS' [persist] [multi-format]\n");
  });
});

describe('the C uevent prints what the model prints on the enable-bit ABI: arguments', () => {
  it.each([
    'uevent register x a',
    'uevent register 9 a',
    'uevent register 9 a bogus',
    'exec 3> f; uevent register 3 a bogus',
    'exec 3> f; uevent register 3 a persist multi-format persist Persist',
    "exec 3> f; uevent register 3 a ''",
    'uevent enabled x a',
    "uevent enabled '' a",
    'uevent enabled 9 a',
    'uevent hold x a',
    'uevent hold 9 a persist',
    'exec 3> f; uevent hold 3 a multi-format nope',
    'exec 3> f; uevent write 3 abc',
    'uevent unregister 9 a',
    'uevent emit --count 0 a',
    'uevent emit --interval 1h a',
    'uevent emit -d nosuch a',
    'uevent emit -d nosuch --count=2 --interval 1.5ms a u32:1',
    "uevent emit -d nosuch 'a u32 x' u32:1 char[2]:abc",
  ])('%s', (script) => {
    expectSame(script);
  });

  it('a descriptor that is not a user_events file: every ioctl is refused with ENOTTY', () => {
    expect(
      expectSame(
        "exec 3> f; uevent register 3 'a u32 x' persist; echo $?; uevent enabled 3 'a u32 x'; echo $?\n" +
          "uevent hold 3 'a u32 x'; echo $?; uevent unregister 3 a; echo $?",
      ),
    ).toEqual({
      out:
        'uevent: register: Inappropriate ioctl for device\n1\n' +
        'uevent: register: Inappropriate ioctl for device\n2\n' +
        'uevent: register: Inappropriate ioctl for device\n1\n' +
        'uevent: unregister: Inappropriate ioctl for device\n1\n',
      status: 0,
    });
  });

  it('emit with a plain file as the data file: the register is refused, nothing is written', () => {
    expectSame(
      ': > user_events_data; uevent emit -d . --count 2 --interval 1ns a u32:1; echo $?; wc -c < user_events_data',
    );
  });
});

describe('the C uevent chooses its ABI as the model does', () => {
  it.each([
    'UEVENT_ABI=status-page uevent --help',
    'UEVENT_ABI=status-page uevent enabled f',
    'UEVENT_ABI=enable-bit uevent enabled f',
    'UEVENT_ABI=bogus uevent --help',
    'UEVENT_ABI=Enable-bit uevent nope',
    "UEVENT_ABI=' ' uevent",
  ])('%s', (script) => {
    expectSame(script);
  });

  it('a bad UEVENT_ABI is the only thing said, before the command line is looked at', () => {
    expect(native('uevent nope a b', 'enable_bit')).toEqual({
      out: "uevent: bad UEVENT_ABI 'enable_bit'\n",
      status: 2,
    });
  });

  it('the two values choose the two usages, on any machine', () => {
    expect(native('uevent --help', 'status-page')).toEqual({ out: UEVENT_USAGE, status: 0 });
    expect(native('uevent --help', 'enable-bit')).toEqual({ out: UEVENT_USAGE_ENABLE_BIT, status: 0 });
  });

  it(`unset or empty, this machine's release (${release()}) chooses`, () => {
    const expected = { out: HOST_HAS_ENABLE_BIT ? UEVENT_USAGE_ENABLE_BIT : UEVENT_USAGE, status: 0 };
    expect(native('uevent --help', null)).toEqual(expected);
    expect(native('uevent --help', '')).toEqual(expected);
  });
});
