import { describe, expect, it } from 'vitest';
import { formatPrintf } from '../../../worker/user/shell/printf';

describe('printf formats (checked against bash 5.2)', () => {
  it.each([
    [
      ['%5.2f|%e|%g|%g|%g|', '3.14159', '31415.9', '0.0001', '1e10', '123456'],
      ' 3.14|3.141590e+04|0.0001|1e+10|123456|',
    ],
    [
      ['%-+5d|% d|%#x|%#o|%.3s|%5c|\\n', '42', '7', '255', '8', 'abcdef', 'z'],
      '+42  | 7|0xff|010|abc|    z|\n',
    ],
    [['%x %u\\n', '-1', '-1'], 'ffffffffffffffff 18446744073709551615\n'],
    [['[%d]', ' 7', "'A", '0x1f', '010'], '[7][65][31][8]'],
    [['\\x41\\101\\n'], 'AA\n'],
    [['%s-%s;', 'a', 'b', 'c'], 'a-b;c-;'],
    [['%q %q %q', '', "a'b", 'x*y'], "'' a\\'b x\\*y"],
    [['a\\cb'], 'a'],
    [['%b|', 'x\\cy', 'z'], 'x'],
    [['%*d|%-*d|', '4', '7', '3', '1'], '   7|1  |'],
  ])('%j', (args, output) => {
    const [format, ...rest] = args;
    expect(formatPrintf(format, rest)).toMatchObject({ output, status: 0 });
  });

  it('reports invalid numbers and goes on', () => {
    expect(formatPrintf('[%d]', ['12abc', 'x'])).toEqual({
      output: '[12][0]',
      errors: ['12abc: invalid number', 'x: invalid number'],
      status: 1,
    });
  });
});
