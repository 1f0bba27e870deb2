import { describe, expect, it } from 'vitest';
import { sh } from '../../helpers';

// sed reading the terminal sleeps in read(2) until a line comes, as the real one does; with no
// input the headless runner interrupts it the way a user would, with Ctrl-C (status 130).
describe('sed on a terminal', () => {
  it.each([
    ['sed p', '^C\n', 130],
    ['sed -n "$p"', '^C\n', 130],
    ['sed 1q /sys/kernel/tracing/trace_pipe', '^C\n', 130],
  ])('%s', (script, out, status) => {
    expect(sh(script)).toEqual({ out, status });
  });
});
