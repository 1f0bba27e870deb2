// What the playground's shell does not have yet says so in one line, with a syntax error's status,
// and changes nothing: `select`, `coproc`, process substitution. (Expected texts are the
// playground's own: real bash runs these.)
import { describe, expect, it } from 'vitest';
import { sh } from '../helpers';

describe('what the shell lacks', () => {
  it.each([
    [
      'select x in a b; do echo $x; done',
      "bash: select: this playground's shell does not have `select' yet\n",
    ],
    ['coproc cat', "bash: coproc: this playground's shell does not have `coproc' yet\n"],
    ['cat <(echo hi)', "bash: <(...): this playground's shell does not have process substitution yet\n"],
    [
      'tee >(cat) < /dev/null',
      "bash: >(...): this playground's shell does not have process substitution yet\n",
    ],
  ])('%s', (line, message) => {
    const r = sh(`${line}\necho status=$?`);
    expect(r.out).toBe(`${message}status=2\n`);
  });
});
