// Behaviours of the text tools that have no byte-for-byte reference, because the real programs
// would run forever: an endless writer alone waits on its output like a blocked read, so the
// headless runner interrupts it (^C, status 130); in a pipeline its reader runs and, once gone,
// the next write fails with EPIPE and SIGPIPE ends the writer.

import { describe, expect, it } from 'vitest';
import { run } from './run';

describe('endless writers', () => {
  it.each([
    ['yes > /dev/null', '^C\n', 130],
    ['seq inf > /dev/null', '^C\n', 130],
    ['seq 0 0.5 inf > /dev/null', '^C\n', 130],
  ])('%s', (script, out, status) => {
    expect(run(script)).toEqual({ out, status });
  });

  it('yes ends by SIGPIPE once its reader is gone', () => {
    expect(run('yes | head -1; echo done')).toEqual({ out: 'y\ndone\n', status: 0 });
  });

  it('a long finite sequence lets its reader stop it early', () => {
    expect(run('seq 100000000 | head -2')).toEqual({ out: '1\n2\n', status: 0 });
  });
});
