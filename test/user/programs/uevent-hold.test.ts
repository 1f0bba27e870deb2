// `uevent hold STATUS_FILE` (the RFC oracle's `nstool hold`): the mapping outlives the descriptor it
// was made from and keeps the namespace busy until the task that holds it is killed; exit drops the
// mapping, and the namespace can go. The idiom of the oracle's sessions runs unchanged through the
// headless runner; /proc tells when the holder is gone.

import { describe, expect, it } from 'vitest';
import { UEVENT_USAGE } from '../../../worker/user/programs/uevent';
import { sh } from '../helpers';

/** The oracle's idiom, word for word. */
const IDIOM =
  'mkdir namespaces/x; set +m; H=$(uevent hold namespaces/x/root/user_events_status >/tmp/h 2>&1 & echo $!); ' +
  'until [ -s /tmp/h ]; do sleep 0.05; done; cat /tmp/h; rmdir namespaces/x; kill $H; ' +
  "while grep -qs '^State:.[^Z]' /proc/$H/status; do sleep 0.02; done; rmdir namespaces/x && echo gone";

/** The lines a real bash prints for a script, without the shell's job notices (`[1] PID`, `[1]+ ...`). */
function withoutJobNotices(out: string): string {
  return out
    .split('\n')
    .filter((line) => !/^\[\d+\]/.test(line))
    .join('\n');
}

describe('uevent hold', () => {
  it('keeps the namespace busy until it is killed, then the namespace can be removed', () => {
    const r = sh(IDIOM);
    expect(withoutJobNotices(r.out)).toBe(
      'mapped V[0]=0x00\n' + "rmdir: failed to remove 'namespaces/x': Device or resource busy\n" + 'gone\n',
    );
    expect(r.status).toBe(0);
  });

  it('prints the first byte of the page: the status bits of an enabled event', () => {
    const script =
      "exec 3<> user_events_data; uevent register 3 'e u32 a' >/dev/null; echo 1 > events/user_events/e/enable\n" +
      'uevent hold user_events_status > /tmp/h &\n' +
      'H=$!; sleep 1; cat /tmp/h\n' +
      "grep -E '^(Name|State|PPid)' /proc/$H/status; tr '\\0' ' ' < /proc/$H/cmdline; echo\n" +
      'ls /proc/$H/fd\n' +
      'kill -INT $H; sleep 1; ls /proc/$H';
    expect(withoutJobNotices(sh(script).out)).toBe(
      'mapped V[0]=0x02\n' +
        'Name:\tuevent\nState:\tS (sleeping)\nPPid:\t1000\n' +
        'uevent hold user_events_status \n' +
        '0  1  2  3\n' +
        "ls: cannot access '/proc/1002': No such file or directory\n",
    );
  });

  it.each([
    ['uevent hold', UEVENT_USAGE, 2],
    ['uevent hold a b', UEVENT_USAGE, 2],
    ['uevent hold /nope', 'uevent: open: No such file or directory\n', 1],
    ['uevent hold /etc/passwd', 'uevent: mmap: No such device\n', 1],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});
