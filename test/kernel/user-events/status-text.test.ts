import { describe, it, expect } from 'vitest';
import { statusText, type StatusTextEvent } from '../../../worker/kernel/user-events/status-text';

const NOBODY = { ftrace: false, perf: false, other: false };

function ev(name: string, bit: number, seq: number, users = NOBODY): StatusTextEvent {
  return { name, bit, seq, users };
}

function tail(active: number, busy: number, limit: number): string {
  return `\nActive: ${active}\nBusy: ${busy}\nMax: 32768\nLimit: ${limit}\n`;
}

describe('statusText (§c.5)', () => {
  const cases: Array<[string, StatusTextEvent[], number, string]> = [
    ['S1 empty root group', [], 32767, '\nActive: 0\nBusy: 0\nMax: 32768\nLimit: 32767\n'],
    ['fresh namespace with limit 256', [], 256, '\nActive: 0\nBusy: 0\nMax: 32768\nLimit: 256\n'],
    ['S5 hello', [ev('hello', 1, 1)], 32767, '1:hello\n' + tail(1, 0, 32767)],
    [
      'S5 hello (45) before bye (118)',
      [ev('hello', 1, 1), ev('bye', 2, 2)],
      32767,
      '1:hello\n2:bye\n' + tail(2, 0, 32767),
    ],
    [
      'S15 second (172) before first (191)',
      [ev('first', 1, 1), ev('second', 2, 2)],
      1,
      '2:second\n1:first\n' + tail(2, 0, 1),
    ],
    [
      'S19 logout (71) before login (140)',
      [ev('login', 1, 1), ev('logout', 2, 2)],
      32767,
      '2:logout\n1:login\n' + tail(2, 0, 32767),
    ],
    [
      'same bucket 187: newest registration first',
      [ev('example', 1, 1), ev('myevent', 2, 2)],
      32767,
      '2:myevent\n1:example\n' + tail(2, 0, 32767),
    ],
    [
      'same bucket 187, registered the other way round',
      [ev('myevent', 1, 1), ev('example', 2, 2)],
      32767,
      '2:example\n1:myevent\n' + tail(2, 0, 32767),
    ],
    [
      'S13 used by ftrace',
      [ev('login', 1, 1, { ftrace: true, perf: false, other: false })],
      32767,
      '1:login # Used by ftrace\n' + tail(1, 1, 32767),
    ],
    [
      'users in the fixed order ftrace, perf, other',
      [
        ev('test', 1, 1, { ftrace: true, perf: true, other: true }),
        ev('tick', 2, 2, { ftrace: false, perf: false, other: true }),
        ev('a', 3, 3, { ftrace: false, perf: true, other: false }),
        ev('abcdefghijklm', 4, 4),
      ],
      32767,
      '3:a # Used by perf\n4:abcdefghijklm\n2:tick # Used by other\n1:test # Used by ftrace perf other\n' +
        tail(4, 3, 32767),
    ],
  ];
  it.each(cases)('%s', (_label, events, limit, expected) => {
    expect(statusText(events, limit)).toBe(expected);
  });
});
