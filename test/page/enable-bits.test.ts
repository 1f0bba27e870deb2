// The linux-6.12 inspectors' reading of a snapshot without the DOM: enable bits grouped by process
// in pid order and, within one, by word address (numerically, past 2^53) and bit; a bit's value
// as a word; who records an event.
import { describe, expect, it } from 'vitest';
import type { EnablerInfo } from '../../worker/protocol';
import { bitValue, byProcess, recordedBy } from '../../src/inspect/enable-bits';

function enabler(pid: number, addr: string, bit: number, event: string): EnablerInfo {
  return { pid, comm: `c${pid}`, addr, bit, size: 4, event, set: false };
}

describe('byProcess', () => {
  it('groups by pid in pid order, each process by address then bit', () => {
    const groups = byProcess([
      enabler(1010, '0x2000', 0, 'b'),
      enabler(1002, '0x1000', 3, 'c'),
      enabler(1010, '0x1000', 5, 'a'),
      enabler(1002, '0x1000', 1, 'd'),
    ]);
    expect(groups.map((g) => [g.pid, g.comm, g.bits.map((b) => b.event)])).toEqual([
      [1002, 'c1002', ['d', 'c']],
      [1010, 'c1010', ['a', 'b']],
    ]);
  });

  it('orders addresses as numbers, not as text, beyond 2^53', () => {
    const [one] = byProcess([
      enabler(7, '0x7fffffffff0010', 0, 'high'),
      enabler(7, '0x7fffffffff000f', 0, 'low'),
      enabler(7, '0x9', 0, 'nine'),
      enabler(7, '0x10', 0, 'sixteen'),
    ]);
    expect(one.bits.map((b) => b.event)).toEqual(['nine', 'sixteen', 'low', 'high']);
  });

  it('has no groups for no enable bits', () => {
    expect(byProcess([])).toEqual([]);
  });
});

describe('bitValue and recordedBy', () => {
  it.each([
    [true, 'set'],
    [false, 'clear'],
    [null, 'unreadable'],
  ] as const)('a bit of %s reads %s', (set, word) => {
    expect(bitValue(set)).toBe(word);
  });

  it('names who records an event, or nobody', () => {
    expect(recordedBy({ users: ['ftrace', 'perf'] })).toBe('ftrace, perf');
    expect(recordedBy({ users: [] })).toBe('nobody');
  });
});
