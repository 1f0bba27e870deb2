// The bytes tools' playground-only behaviour: their --help lines, the limits that stand in for a
// failed allocation, options said to be unmodelled, and dd's transfer line on the virtual clock.

import { describe, expect, it } from 'vitest';
import { sh } from '../../helpers';

describe('bytes tools in the playground', () => {
  it.each(['od', 'hexdump', 'xxd', 'dd', 'cmp', 'diff'])('%s --help prints its usage line', (name) => {
    const r = sh(`${name} --help`);
    if (name === 'xxd') {
      // xxd has no --help: like any unknown option, it draws the usage text and status 1.
      expect(r.status).toBe(1);
      expect(r.out.startsWith('Usage:\n       xxd [options] [infile [outfile]]\n')).toBe(true);
    } else {
      expect(r.status).toBe(0);
      expect(r.out.startsWith(`Usage: ${name} `)).toBe(true);
    }
  });

  it.each([
    ['od -w100000000 /etc/hostname', 'od: memory exhausted\n', 1],
    [
      'dd bs=1G if=/etc/hostname',
      'dd: memory exhausted by input buffer of size 1073741824 bytes (1.0 GiB)\n',
      1,
    ],
    [
      'hexdump -e \'16/1 "%02x"\' /etc/hostname',
      "hexdump: option '-e' is not modelled in the playground\n",
      1,
    ],
    ['diff -c /etc/hostname /etc/hostname', "diff: option '-c' is not modelled in the playground\n", 2],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });

  it('dd measures the virtual clock, so the same copy reports the same time', () => {
    const script = "cd /tmp; printf 'hello\\n' > f; dd if=f of=o bs=1";
    const first = sh(script);
    expect(first).toEqual(sh(script));
    expect(first.out).toMatch(
      /^6\+0 records in\n6\+0 records out\n6 bytes copied, [\d.]+e-\d+ s, [\d.]+ [kM]B\/s\n$/,
    );
  });

  it('od reads a pipe block by block (expected output from the real od)', () => {
    expect(sh('printf abcdefghijklmnopq | od -c | od -c | head -2')).toEqual({
      out:
        '0000000   0   0   0   0   0   0   0               a               b    \n' +
        '0000020           c               d               e               f    \n',
      status: 0,
    });
  });
});
