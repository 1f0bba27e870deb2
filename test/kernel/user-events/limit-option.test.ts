import { describe, it, expect } from 'vitest';
import { EINVAL } from '../../../worker/kernel/lib/errno';
import {
  parseLimitOption,
  showLimitOption,
  type LimitOption,
} from '../../../worker/kernel/user-events/limit-option';

describe('parseLimitOption (§c.11)', () => {
  const NOT_MINE: LimitOption = { kind: 'not-mine' };
  const BAD: LimitOption = { kind: 'error', err: -EINVAL };
  const cases: Array<[string, LimitOption]> = [
    ['user_events_limit=1', { kind: 'set', limit: 1 }],
    ['user_events_limit=256', { kind: 'set', limit: 256 }],
    ['user_events_limit=32767', { kind: 'set', limit: 32767 }],
    ['user_events_limit=0x100', { kind: 'set', limit: 256 }],
    ['user_events_limit=0x40', { kind: 'set', limit: 64 }],
    ['user_events_limit=010', { kind: 'set', limit: 8 }],
    ['user_events_limit=+5', { kind: 'set', limit: 5 }],
    ['user_events_limit=12', { kind: 'set', limit: 12 }],
    ['user_events_limit=0', BAD],
    ['user_events_limit=32768', BAD],
    ['user_events_limit=99999', BAD],
    ['user_events_limit=4294967295', BAD],
    ['user_events_limit=2147483648', BAD],
    ['user_events_limit=-1', NOT_MINE],
    ['user_events_limit=4294967296', NOT_MINE],
    ['user_events_limit=abc', NOT_MINE],
    ['user_events_limit=', NOT_MINE],
    ['user_events_limit=5 ', NOT_MINE],
    ['user_events_limit=08', NOT_MINE],
    [' user_events_limit=5', NOT_MINE],
    ['USER_EVENTS_LIMIT=5', NOT_MINE],
    ['user_events_limit', NOT_MINE],
    ['foo', NOT_MINE],
    ['color=blue', NOT_MINE],
    ['', NOT_MINE],
  ];
  it.each(cases)('parseLimitOption(%j)', (line, expected) => {
    expect(parseLimitOption(line)).toEqual(expected);
  });
});

describe('showLimitOption', () => {
  it.each([
    [32767, 'user_events_limit=32767\n'],
    [256, 'user_events_limit=256\n'],
    [1, 'user_events_limit=1\n'],
  ])('showLimitOption(%i)', (limit, expected) => {
    expect(showLimitOption(limit)).toBe(expected);
  });
});
