// Shell arithmetic (bash 5.2 expr.c) over a Map of variables. Each row: the variables before
// (`a[1]` an indexed array element, an upper-case `H[k]` an associative one), the expression,
// what bash prints for `echo $((EXPR))` (warnings, then the value or the error), and the
// variables after. Expected columns were produced by running each row in bash 5.2.15.

import { describe, expect, it } from 'vitest';
import { ArithError, arithMessage, evaluate, type ArithScope } from '../../../worker/user/shell/arith';

/** Variables as bash keeps them, enough for the table: elements are `name[subscript]` keys. */
function mapScope(vars: Map<string, string>, out: string[]): ArithScope {
  const elements = (name: string) => [...vars.keys()].filter((k) => k.startsWith(`${name}[`));
  const key = (name: string, subscript: string | null): string | null => {
    if (subscript === null) return vars.has(name) || elements(name).length === 0 ? name : `${name}[0]`;
    if (!subscript.startsWith('-') || /^[A-Z]/.test(name)) return `${name}[${subscript}]`;
    const top = Math.max(-1, ...elements(name).map((k) => Number(k.slice(name.length + 1, -1))));
    const index = top + 1 + Number(subscript);
    if (index >= 0) return `${name}[${index}]`;
    out.push(`bash: ${name}: bad array subscript`);
    return null;
  };
  return {
    get(name, subscript) {
      const k = key(name, subscript);
      return k === null ? undefined : vars.get(k);
    },
    set(name, subscript, value) {
      const k = key(name, subscript);
      if (k !== null) vars.set(k, value);
    },
    isAssoc: (name) => /^[A-Z]/.test(name),
    warn: (message) => out.push(`bash: ${message}`),
  };
}

function run(setup: Record<string, string>, expr: string): { out: string; after: string } {
  const vars = new Map(Object.entries(setup));
  const out: string[] = [];
  try {
    out.push(String(evaluate(expr, mapScope(vars, out))));
  } catch (e) {
    if (!(e instanceof ArithError)) throw e;
    out.push(`bash: ${arithMessage(e)}`);
  }
  const after = [...vars].map(([k, v]) => `${k}=${v}`).sort();
  return { out: out.join('\n'), after: after.join(' ') };
}

const ROWS: [Record<string, string>, string, string, string][] = [
  [{}, '0', '0', ''],
  [{}, '', '0', ''],
  [{}, '   ', '0', ''],
  [{}, ' \n\t 42 \n', '42', ''],
  [{}, '010', '8', ''],
  [{}, '0x1f', '31', ''],
  [{}, '0XfF', '255', ''],
  [{}, '0x', '0', ''],
  [{}, '00', '0', ''],
  [{}, '2#101', '5', ''],
  [{}, '8#777', '511', ''],
  [{}, '16#ff', '255', ''],
  [{}, '36#zZ', '1295', ''],
  [{}, '64#@_', '4031', ''],
  [{}, '64#zZ', '2301', ''],
  [{}, '10#08', '8', ''],
  [{}, '62#Z', '61', ''],
  [{}, '9223372036854775807', '9223372036854775807', ''],
  [{}, '9223372036854775808', '-9223372036854775808', ''],
  [{}, '18446744073709551617', '1', ''],
  [{}, '-9223372036854775808', '-9223372036854775808', ''],
  [{}, '0xffffffffffffffff', '-1', ''],
  [{}, '09', 'bash: 09: value too great for base (error token is "09")', ''],
  [{}, '0x1g', 'bash: 0x1g: value too great for base (error token is "0x1g")', ''],
  [{}, '2#2', 'bash: 2#2: value too great for base (error token is "2#2")', ''],
  [{}, '37#zZ', 'bash: 37#zZ: value too great for base (error token is "37#zZ")', ''],
  [{}, '1#1', 'bash: 1#1: invalid arithmetic base (error token is "1#1")', ''],
  [{}, '65#1', 'bash: 65#1: invalid arithmetic base (error token is "65#1")', ''],
  [{}, '0#1', 'bash: 0#1: invalid number (error token is "0#1")', ''],
  [{}, '2#', 'bash: 2#: invalid integer constant (error token is "2#")', ''],
  [{}, '2##1', 'bash: 2##1: invalid integer constant (error token is "2##1")', ''],
  [{}, '0x1#1', 'bash: 0x1#1: invalid number (error token is "0x1#1")', ''],
  [{}, '10#', 'bash: 10#: invalid integer constant (error token is "10#")', ''],
  [{}, '1_0', 'bash: 1_0: value too great for base (error token is "1_0")', ''],
  [{}, '1a', 'bash: 1a: value too great for base (error token is "1a")', ''],
  [{}, '1+2*3', '7', ''],
  [{}, '(1+2)*3', '9', ''],
  [{}, '7/2', '3', ''],
  [{}, '-7/2', '-3', ''],
  [{}, '7%-3', '1', ''],
  [{}, '-7%3', '-1', ''],
  [{}, '1/0', 'bash: 1/0: division by 0 (error token is "0")', ''],
  [{}, '1%0', 'bash: 1%0: division by 0 (error token is "0")', ''],
  [{}, '1/0 + ', 'bash: 1/0 + : division by 0 (error token is "0 + ")', ''],
  [{}, '5 /  0', 'bash: 5 /  0: division by 0 (error token is "0")', ''],
  [{}, '-9223372036854775808 / -1', '-9223372036854775808', ''],
  [{}, '-9223372036854775808 % -1', '0', ''],
  [{}, '9223372036854775807 + 1', '-9223372036854775808', ''],
  [{}, '-9223372036854775807 - 2', '9223372036854775807', ''],
  [{}, '4611686018427387904 * 2', '-9223372036854775808', ''],
  [{}, '3000000000 * 3000000000 * 3000000000', '-2666827603905609728', ''],
  [{}, '2**10', '1024', ''],
  [{}, '2**3**2', '512', ''],
  [{}, '-2**2', '4', ''],
  [{}, '2*3**2', '18', ''],
  [{}, '0**0', '1', ''],
  [{}, '2**63', '-9223372036854775808', ''],
  [{}, '2**64', '0', ''],
  [{}, '3**40', '-6289078614652622815', ''],
  [{}, '2**-1', 'bash: 2**-1: exponent less than 0 (error token is "1")', ''],
  [{}, '(-2)**3', '-8', ''],
  [{}, '0 && 2**-1', 'bash: 0 && 2**-1: exponent less than 0 (error token is "1")', ''],
  [{}, '!0', '1', ''],
  [{}, '!5', '0', ''],
  [{}, '!!7', '1', ''],
  [{}, '~5', '-6', ''],
  [{}, '~-1', '0', ''],
  [{}, '-(-5)', '5', ''],
  [{}, '- -5', '5', ''],
  [{}, '+5', '5', ''],
  [{}, '-+-+3', '3', ''],
  [{}, '--4', '4', ''],
  [{}, '1--2', '3', ''],
  [{}, '1 - -2', '3', ''],
  [{}, '3++2', '5', ''],
  [{}, '1<<4', '16', ''],
  [{}, '1<<63', '-9223372036854775808', ''],
  [{}, '1<<64', '1', ''],
  [{}, '1<<65', '2', ''],
  [{}, '1<< -1', '-9223372036854775808', ''],
  [{}, '-8>>1', '-4', ''],
  [{}, '1>>64', '1', ''],
  [{}, '-1>>63', '-1', ''],
  [{}, '1 << 2 + 1', '8', ''],
  [{}, '3<5', '1', ''],
  [{}, '5<3', '0', ''],
  [{}, '3<=3', '1', ''],
  [{}, '4>=5', '0', ''],
  [{}, '2>1', '1', ''],
  [{}, '1==1', '1', ''],
  [{}, '1!=1', '0', ''],
  [{}, '5 < 3 == 0', '1', ''],
  [{}, '1 < 2 < 3', '1', ''],
  [{}, '6&3', '2', ''],
  [{}, '6|3', '7', ''],
  [{}, '6^3', '5', ''],
  [{}, '1 | 2 ^ 3 & 4', '3', ''],
  [{}, '1 == 1 & 2', '0', ''],
  [{}, '1 && 2', '1', ''],
  [{}, '1 && 0', '0', ''],
  [{}, '0 || 0', '0', ''],
  [{}, '0 || 7', '1', ''],
  [{}, '1 || 0 && 0', '1', ''],
  [{}, '0 && 1/0', '0', ''],
  [{}, '1 || 1/0', '1', ''],
  [{}, '1 && 1/0', 'bash: 1 && 1/0: division by 0 (error token is "0")', ''],
  [{}, '0 && (x=3)', '0', ''],
  [{}, '1 || (x=3)', '1', ''],
  [{}, '1 && (x=3)', '1', 'x=3'],
  [{}, '0 && x++', '0', ''],
  [{ x: '1+' }, '0 && x', '0', 'x=1+'],
  [{}, '0 && a[y=1]', '0', ''],
  [{}, '0 && ++x', '0', ''],
  [{}, '1 ? 2 : 3', '2', ''],
  [{}, '0 ? 2 : 3', '3', ''],
  [{}, '1 ? 2 : 3 ? 4 : 5', '2', ''],
  [{}, '0 ? 2 : 0 ? 4 : 5', '5', ''],
  [{}, '1 ? x=4 : (y=5)', '4', 'x=4'],
  [{}, '0 ? x=4 : (y=5)', '5', 'y=5'],
  [{}, 'x = 1 ? 2 : 3', '2', 'x=2'],
  [
    {},
    '1 ? 2 : x = 3',
    'bash: 1 ? 2 : x = 3: attempted assignment to non-variable (error token is "= 3")',
    '',
  ],
  [
    {},
    '1 = 2 ? 3 : 4',
    'bash: 1 = 2 ? 3 : 4: attempted assignment to non-variable (error token is "= 2 ? 3 : 4")',
    '',
  ],
  [{}, '1?', 'bash: 1?: expression expected (error token is "?")', ''],
  [{}, '1?:2', 'bash: 1?:2: expression expected (error token is ":2")', ''],
  [{}, '1?2', 'bash: 1?2: `:\' expected for conditional expression (error token is "2")', ''],
  [{}, '1?2:', 'bash: 1?2:: expression expected (error token is ":")', ''],
  [{}, '0 ? 1/0 : 2', '2', ''],
  [{}, '1 ? 2 : 1/0', '2', ''],
  [{}, '1 ? 2, 3 : 4', '3', ''],
  [{}, '1, 2', '2', ''],
  [{}, 'x=1, x+1', '2', 'x=1'],
  [{}, '1,', 'bash: 1,: syntax error: operand expected (error token is ",")', ''],
  [{}, ' , ', 'bash: , : syntax error: operand expected (error token is ", ")', ''],
  [{}, 'x=5', '5', 'x=5'],
  [{ x: '5' }, 'x+=2', '7', 'x=7'],
  [{ x: '5' }, 'x-=1', '4', 'x=4'],
  [{ x: '5' }, 'x*=3', '15', 'x=15'],
  [{ x: '17' }, 'x/=4', '4', 'x=4'],
  [{ x: '17' }, 'x%=3', '2', 'x=2'],
  [{ x: '3' }, 'x<<=4', '48', 'x=48'],
  [{ x: '-48' }, 'x>>=2', '-12', 'x=-12'],
  [{ x: '14' }, 'x&=12', '12', 'x=12'],
  [{ x: '8' }, 'x|=3', '11', 'x=11'],
  [{ x: '11' }, 'x^=5', '14', 'x=14'],
  [{ x: '5' }, 'x/=0', 'bash: x/=0: division by 0 (error token is "0")', 'x=5'],
  [{ x: '5' }, 'x%=0', 'bash: x%=0: division by 0 (error token is "0")', 'x=5'],
  [{ x: '-9223372036854775808' }, 'x/=-1', '-9223372036854775808', 'x=-9223372036854775808'],
  [{ x: '-9223372036854775808' }, 'x%=-1', '0', 'x=0'],
  [{}, 'x=y=3', '3', 'x=3 y=3'],
  [{}, 'x = (y = 2) + 1', '3', 'x=3 y=2'],
  [{}, '1 = 2', 'bash: 1 = 2: attempted assignment to non-variable (error token is "= 2")', ''],
  [{}, 'x++ = 2', 'bash: x++ = 2: attempted assignment to non-variable (error token is "= 2")', 'x=1'],
  [{}, '++x = 2', 'bash: ++x = 2: attempted assignment to non-variable (error token is "= 2")', 'x=1'],
  [{}, '(x) = 2', 'bash: (x) = 2: attempted assignment to non-variable (error token is "= 2")', ''],
  [{}, 'x= ', 'bash: x= : syntax error: operand expected (error token is "= ")', ''],
  [{}, '=1', 'bash: =1: syntax error: operand expected (error token is "=1")', ''],
  [{}, 'x**=2', 'bash: x**=2: syntax error: operand expected (error token is "=2")', ''],
  [{}, '3 &&= 1', 'bash: 3 &&= 1: syntax error: operand expected (error token is "= 1")', ''],
  [{ x: '1+' }, 'x=4', '4', 'x=4'],
  [{ x: '1+' }, 'x+=4', 'bash: 1+: syntax error: operand expected (error token is "+")', 'x=1+'],
  [{}, 'x++', '0', 'x=1'],
  [{ x: '5' }, 'x++', '5', 'x=6'],
  [{ x: '5' }, 'x--', '5', 'x=4'],
  [{ x: '5' }, '++x', '6', 'x=6'],
  [{ x: '5' }, '--x', '4', 'x=4'],
  [{ x: '5' }, 'x++ + x', '11', 'x=6'],
  [{ x: '5', y: '2' }, 'x+++y', '7', 'x=6 y=2'],
  [{ x: '5', y: '2' }, 'x---y', '3', 'x=4 y=2'],
  [{ x: '5' }, '- -x', '5', 'x=5'],
  [{ x: '5' }, '-- x', '4', 'x=4'],
  [{ x: '5' }, 'x ++', '5', 'x=6'],
  [{}, '--x++', 'bash: --x++: ++: assignment requires lvalue (error token is "++")', 'x=-1'],
  [{}, '++x--', 'bash: ++x--: --: assignment requires lvalue (error token is "--")', 'x=1'],
  [{}, '++4++', 'bash: ++4++: syntax error: operand expected (error token is "+")', ''],
  [{}, '4++', 'bash: 4++: syntax error: operand expected (error token is "+")', ''],
  [{}, '++', 'bash: ++: syntax error: operand expected (error token is "+")', ''],
  [{}, '--', 'bash: --: syntax error: operand expected (error token is "-")', ''],
  [{}, 'x++ ++', 'bash: x++ ++: syntax error: operand expected (error token is "+")', 'x=1'],
  [{ x: '5' }, 'x--y', 'bash: x--y: syntax error in expression (error token is "y")', 'x=4'],
  [{ x: '9223372036854775807' }, 'x++, x', '-9223372036854775808', 'x=-9223372036854775808'],
  [{ x: '3' }, 'x', '3', 'x=3'],
  [{ x: '' }, 'x+1', '1', 'x='],
  [{}, 'y+1', '1', ''],
  [{ x: ' 3 ' }, 'x*2', '6', 'x= 3 '],
  [{ x: '3 4' }, 'x*2', 'bash: 3 4: syntax error in expression (error token is "4")', 'x=3 4'],
  [{ x: '010' }, 'x+1', '9', 'x=010'],
  [{ x: '0x10' }, 'x', '16', 'x=0x10'],
  [{ x: 'abc' }, 'x', '0', 'x=abc'],
  [{ x: 'y', y: '4' }, 'x', '4', 'x=y y=4'],
  [{ x: 'y', y: '4' }, 'x+=1', '5', 'x=5 y=4'],
  [{ x: '1+2' }, 'x*3', '9', 'x=1+2'],
  [{ x: 'y=7' }, 'x', '7', 'x=y=7 y=7'],
  [{ x: 'x' }, 'x', 'bash: x: expression recursion level exceeded (error token is "x")', 'x=x'],
  [{ a: 'b', b: 'a' }, 'a', 'bash: b: expression recursion level exceeded (error token is "b")', 'a=b b=a'],
  [
    { a: 'b+1', b: 'a' },
    'a',
    'bash: b+1: expression recursion level exceeded (error token is "b+1")',
    'a=b+1 b=a',
  ],
  [{ x: '1+' }, 'x+1', 'bash: 1+: syntax error: operand expected (error token is "+")', 'x=1+'],
  [{ x: '09' }, 'x', 'bash: 09: value too great for base (error token is "09")', 'x=09'],
  [{ x: '-5' }, 'x*2', '-10', 'x=-5'],
  [{ x: '-9223372036854775808' }, 'x', '-9223372036854775808', 'x=-9223372036854775808'],
  [{ 'a[0]': '5', 'a[1]': '6' }, 'a[1]', '6', 'a[0]=5 a[1]=6'],
  [{ 'a[0]': '5', 'a[1]': '6' }, 'a', '5', 'a[0]=5 a[1]=6'],
  [{ 'a[0]': '5', 'a[1]': '6' }, 'a[1]+a[0]', '11', 'a[0]=5 a[1]=6'],
  [{ 'a[0]': '5', 'a[1]': '6', i: '0' }, 'a[i+1]', '6', 'a[0]=5 a[1]=6 i=0'],
  [{ 'a[0]': '5', 'a[1]': '6', i: '0' }, 'a[i++]++', '5', 'a[0]=6 a[1]=6 i=1'],
  [{ 'a[0]': '5', 'a[1]': '6', i: '0' }, 'a[i++]=7', '7', 'a[0]=7 a[1]=6 i=1'],
  [{ 'a[0]': '5', 'a[1]': '6', i: '0' }, 'a[i++]+=7', '12', 'a[0]=12 a[1]=6 i=1'],
  [{ i: '0' }, 'b[i++]++', '0', 'b[0]=1 i=1'],
  [{ i: '0' }, 'b[i++]', '0', 'i=1'],
  [{}, 'a[2]=9', '9', 'a[2]=9'],
  [{ 'a[3]': 'x', x: '4' }, 'a[3]', '4', 'a[3]=x x=4'],
  [{ 'a[0]': '5' }, 'a[ ]', '5', 'a[0]=5'],
  [{ 'a[0]': '1', 'a[1]': '2', 'a[2]': '3' }, 'a[-1]', '3', 'a[0]=1 a[1]=2 a[2]=3'],
  [{ 'a[0]': '1', 'a[1]': '2', 'a[2]': '3' }, 'a[-1]+=5', '8', 'a[0]=1 a[1]=2 a[2]=8'],
  [{ 'a[0]': '1' }, 'a[]', 'bash: a[]: bad array subscript\nbash: a[]: bad array subscript\n0', 'a[0]=1'],
  [{ 'a[0]': '1' }, 'a[]+1', 'bash: a[]: bad array subscript\nbash: a[]: bad array subscript\n1', 'a[0]=1'],
  [
    { 'a[0]': '1' },
    'a[]++',
    "bash: a[]: bad array subscript\nbash: a[]: bad array subscript\nbash: `a[]': not a valid identifier\n0",
    'a[0]=1',
  ],
  [{ 'a[0]': '1' }, 'a[]=3', "bash: `a[]': not a valid identifier\n3", 'a[0]=1'],
  [{ 'a[0]': '1' }, 'a[@]', 'bash: a[@]: bad array subscript\n0', 'a[0]=1'],
  [{ 'a[0]': '1' }, 'a[*]', 'bash: a[*]: bad array subscript\n0', 'a[0]=1'],
  [{ 'a[0]': '1' }, 'a[@]=1', 'bash: a[@]: bad array subscript\n1', 'a[0]=1'],
  [
    { 'a[0]': '1' },
    'a[@]++',
    'bash: a[@]: bad array subscript\nbash: a[@]: bad array subscript\n0',
    'a[0]=1',
  ],
  [
    { 'a[0]': '1' },
    '++a[@]',
    'bash: a[@]: bad array subscript\nbash: a[@]: bad array subscript\n1',
    'a[0]=1',
  ],
  [{ 'b[0]': '0', 'b[1]': '2', 'a[2]': '9' }, 'a[b[1]]', '9', 'a[2]=9 b[0]=0 b[1]=2'],
  [{}, 'a[1+]', 'bash: 1+: syntax error: operand expected (error token is "+")', ''],
  [{}, 'a[1/0]', 'bash: 1/0: division by 0 (error token is "0")', ''],
  [{}, 'a[', 'bash: a[: bad array subscript (error token is "a[")', ''],
  [{}, 'a[1', 'bash: a[1: bad array subscript (error token is "a[1")', ''],
  [{}, 'a[1]]', 'bash: a[1]]: syntax error: invalid arithmetic operator (error token is "]")', ''],
  [{}, 'a[x]y', 'bash: a[x]y: syntax error in expression (error token is "y")', ''],
  [{}, 'x y z[', 'bash: x y z[: bad array subscript (error token is "z[")', ''],
  [{}, 'a[1]=b[2/0]', 'bash: 2/0: division by 0 (error token is "0")', ''],
  [{}, 'a [1]', 'bash: a [1]: syntax error: invalid arithmetic operator (error token is "[1]")', ''],
  [{ 'H[k]': '3', k: '1' }, 'H[k]++', '3', 'H[k]=4 k=1'],
  [{ 'H[k]': '3' }, 'H[k]*2', '6', 'H[k]=3'],
  [{ 'H[k]': '3' }, 'H[a b]+=2', '2', 'H[a b]=2 H[k]=3'],
  [{ 'H[k]': '3' }, 'H[1+1]=4', '4', 'H[1+1]=4 H[k]=3'],
  [{ 'H[k]': '3' }, 'H[]', 'bash: H[]: bad array subscript\nbash: H[]: bad array subscript\n0', 'H[k]=3'],
  [{ 'H[k]': '3' }, 'H[]=1', "bash: `H[]': not a valid identifier\n1", 'H[k]=3'],
  [{ 'H[k]': '3' }, 'H[@]=1', '1', 'H[@]=1 H[k]=3'],
  [{ 'H[@]': '2' }, 'H[@]', '2', 'H[@]=2'],
  [{}, '1 2', 'bash: 1 2: syntax error in expression (error token is "2")', ''],
  [{}, '1 x', 'bash: 1 x: syntax error in expression (error token is "x")', ''],
  [{}, 'x y', 'bash: x y: syntax error in expression (error token is "y")', ''],
  [{}, 'x y 09', 'bash: x y 09: value too great for base (error token is "09")', ''],
  [{}, '1 @', 'bash: 1 @: syntax error: invalid arithmetic operator (error token is "@")', ''],
  [{}, '@', 'bash: @: syntax error: operand expected (error token is "@")', ''],
  [{}, '1+@', 'bash: 1+@: syntax error: operand expected (error token is "@")', ''],
  [{}, '(1) @', 'bash: (1) @: syntax error: operand expected (error token is "@")', ''],
  [{}, 'x @', 'bash: x @: syntax error: invalid arithmetic operator (error token is "@")', ''],
  [{}, '1 $', 'bash: 1 $: syntax error: invalid arithmetic operator (error token is "$")', ''],
  [{}, '"1"', 'bash: "1": syntax error: operand expected (error token is ""1"")', ''],
  [{}, '1.5', 'bash: 1.5: syntax error: invalid arithmetic operator (error token is ".5")', ''],
  [{}, '1 ]', 'bash: 1 ]: syntax error: invalid arithmetic operator (error token is "]")', ''],
  [{}, '1;2', 'bash: 1;2: syntax error: invalid arithmetic operator (error token is ";2")', ''],
  [{}, 'a.b', 'bash: a.b: syntax error: invalid arithmetic operator (error token is ".b")', ''],
  [{}, '(1+2', 'bash: (1+2: missing `)\' (error token is "2")', ''],
  [{}, '()', 'bash: (): syntax error: operand expected (error token is ")")', ''],
  [{}, '(1))', 'bash: (1)): syntax error in expression (error token is ")")', ''],
  [{}, '((1)', 'bash: ((1): missing `)\' (error token is ")")', ''],
  [{}, '1 +', 'bash: 1 +: syntax error: operand expected (error token is "+")', ''],
  [{}, ' 1 + ', 'bash: 1 + : syntax error: operand expected (error token is "+ ")', ''],
  [{}, '\t1 +', 'bash: 1 +: syntax error: operand expected (error token is "+")', ''],
  [{}, '1 +\n', 'bash: 1 +\n: syntax error: operand expected (error token is "+\n")', ''],
  [{}, '1 *', 'bash: 1 *: syntax error: operand expected (error token is "*")', ''],
  [{}, '* 1', 'bash: * 1: syntax error: operand expected (error token is "* 1")', ''],
  [{}, '1 ** ', 'bash: 1 ** : syntax error: operand expected (error token is "** ")', ''],
  [{}, '!', 'bash: !: syntax error: operand expected (error token is "!")', ''],
  [{}, '~', 'bash: ~: syntax error: operand expected (error token is "~")', ''],
  [{}, '1 < ', 'bash: 1 < : syntax error: operand expected (error token is "< ")', ''],
  [{}, 'x =', 'bash: x =: syntax error: operand expected (error token is "=")', ''],
  [{}, '1 +\n2', '3', ''],
  [{}, '\n1 + 2\n', '3', ''],
  [{}, 'x\n=\n4', '4', 'x=4'],
  [{}, '1 ? 2 :\n 3', '2', ''],
  [{ x: '1+x' }, 'x', 'bash: 1+x: expression recursion level exceeded (error token is "x")', 'x=1+x'],
  [{ x: '(x)' }, 'x', 'bash: (x): expression recursion level exceeded (error token is "x)")', 'x=(x)'],
  [
    { x: 'y+1', y: 'x*2' },
    'x',
    'bash: y+1: expression recursion level exceeded (error token is "y+1")',
    'x=y+1 y=x*2',
  ],
  [
    { 'a[0]': 'a[0]+1' },
    'a[0]',
    'bash: a[0]+1: expression recursion level exceeded (error token is "a[0]+1")',
    'a[0]=a[0]+1',
  ],
  [{ x: 'x+1' }, 'x=x+1', 'bash: x+1: expression recursion level exceeded (error token is "x+1")', 'x=x+1'],
  [{ x: '1+x' }, '0 && x', '0', 'x=1+x'],
  [
    { 'a[0]': '1', 'a[1]': '2', 'a[2]': '3' },
    'a[-5]',
    'bash: a: bad array subscript\n0',
    'a[0]=1 a[1]=2 a[2]=3',
  ],
  [{}, '0X1F', '31', ''],
  [{}, '1 ? 0 ? 2 : 3 : 4', '3', ''],
  [{}, '0 ? 1 : 0 ? 2 : 3', '3', ''],
  [{}, '1 ? x = 2 : 3', '2', 'x=2'],
  [{}, '0 ? 1 : (x = 3)', '3', 'x=3'],
  [{}, '(1 ? 2 )', 'bash: (1 ? 2 ): `:\' expected for conditional expression (error token is ")")', ''],
  [{}, '(1 : 2)', 'bash: (1 : 2): missing `)\' (error token is ": 2)")', ''],
  [{}, '1 )', 'bash: 1 ): syntax error in expression (error token is ")")', ''],
  [{}, '1 :', 'bash: 1 :: syntax error in expression (error token is ":")', ''],
  [
    {},
    'x = 1 + y = 3',
    'bash: x = 1 + y = 3: attempted assignment to non-variable (error token is "= 3")',
    '',
  ],
  [{}, 'a || b = 1', 'bash: a || b = 1: attempted assignment to non-variable (error token is "= 1")', ''],
  [{}, '-2**2**2', '16', ''],
  [{}, '2 ** -3 ** 2', '512', ''],
  [{}, '!1 + 1', '1', ''],
  [{}, '~0 * 2', '-2', ''],
  [{}, '- 2 ** 2', '4', ''],
  [{}, '2 ** 3 * 2', '16', ''],
  [{}, '-2 ** 63', '-9223372036854775808', ''],
  [{}, 'x+=1', '1', 'x=1'],
  [{ x: '1', y: '1' }, '0 ? x++ : y++', '1', 'x=1 y=2'],
  [{ x: '1', y: '1' }, '1 ? x++ : y++', '1', 'x=2 y=1'],
  [{ x: '5' }, 'x++ + ++x', '12', 'x=7'],
  [{ i: '5' }, 'i<100000', '1', 'i=5'],
  [{ i: '99999' }, 'i++', '99999', 'i=100000'],
  [{}, '1 ! 2', 'bash: 1 ! 2: syntax error in expression (error token is "! 2")', ''],
  [{}, '1 ++x', 'bash: 1 ++x: syntax error in expression (error token is "++x")', ''],
  [{}, '1 ~ 2', 'bash: 1 ~ 2: syntax error in expression (error token is "~ 2")', ''],
  [{}, 'a[1]=b[2]=3', '3', 'a[1]=3 b[2]=3'],
  [{ i: '0' }, 'a[i]=i++', '0', 'a[1]=0 i=1'],
  [{ i: '0' }, 'a[i++]+=i', '1', 'a[0]=1 i=1'],
  [{ x: '3' }, '(x)++', 'bash: (x)++: syntax error: operand expected (error token is "+")', 'x=3'],
  [{ x: '3' }, 'x+++', 'bash: x+++: syntax error: operand expected (error token is "+")', 'x=4'],
  [{ x: '3' }, '++(x)', '3', 'x=3'],
  [{ x: '3' }, 'x--+1', '4', 'x=2'],
  [{ x: '3', y: '4' }, 'x = y++', '4', 'x=4 y=5'],
  [{ x: '3' }, 'x *= x += 2', '15', 'x=15'],
  [{}, '(((((1)))))', '1', ''],
  [{}, '((1+2)*(3+4))', '21', ''],
  [{}, '1 + (2', 'bash: 1 + (2: missing `)\' (error token is "2")', ''],
  [{ x: 'a[1]', 'a[1]': '7' }, 'x', '7', 'a[1]=7 x=a[1]'],
  [{ x: '1 +\n 2' }, 'x', '3', 'x=1 +\n 2'],
  [{ x: '\n' }, 'x+1', '1', 'x=\n'],
  [{ x: '5' }, 'x\n++', '5', 'x=6'],
  [{}, '8 % 3 * 2', '4', ''],
  [{}, '8 - 3 - 2', '3', ''],
  [{}, '2 ** 2 ** 3', '256', ''],
  [{}, '64 / 4 / 2', '8', ''],
  [{}, '1 << 2 << 3', '32', ''],
  [{}, '5 > 3 > 0', '1', ''],
  [{}, '1 == 2 == 0', '1', ''],
  [{}, '3 & 5 | 2 ^ 7', '5', ''],
  [{}, '0 || 0 || 3', '1', ''],
  [{}, '1 && 2 && 0', '0', ''],
  [{}, '0 || 1 && 0', '0', ''],
  [{}, '1 ? 2 : 3, 4', '4', ''],
  [{ x: '0' }, 'x++ || x++', '1', 'x=2'],
  [{ x: '0' }, 'x++ && x++', '0', 'x=1'],
];

describe('shell arithmetic (checked against bash 5.2)', () => {
  it.each(ROWS)('%j %j', (setup, expr, out, after) => {
    expect(run(setup, expr)).toEqual({ out, after });
  });
});

function caught(f: () => unknown): ArithError {
  try {
    f();
  } catch (e) {
    if (e instanceof ArithError) return e;
    throw e;
  }
  throw new Error('no ArithError');
}

describe('arithmetic error messages', () => {
  const none = mapScope(new Map(), []);

  it('prefixes the command that evaluated, as bash does', () => {
    const div = caught(() => evaluate('x=1/0', none));
    expect(arithMessage(div, 'let')).toBe('let: x=1/0: division by 0 (error token is "0")');
    const syntax = caught(() => evaluate('1 +', none));
    expect(arithMessage(syntax, '((')).toBe('((: 1 +: syntax error: operand expected (error token is "+")');
    const cond = caught(() => evaluate('1/0', none));
    expect(arithMessage(cond, '[[')).toBe('[[: 1/0: division by 0 (error token is "0")');
    expect(arithMessage(cond, 'x')).toBe('x: 1/0: division by 0 (error token is "0")');
    expect(arithMessage(cond)).toBe('1/0: division by 0 (error token is "0")');
  });

  it('passes on what the scope refuses, without a prefix or token', () => {
    const scope: ArithScope = {
      get: (name) => {
        if (name === 'y') throw new ArithError('y', 'unbound variable', null);
        return '1';
      },
      set: (name) => {
        throw new ArithError(name, 'readonly variable', null);
      },
      isAssoc: () => false,
    };
    expect(
      arithMessage(
        caught(() => evaluate('r=2', scope)),
        'let',
      ),
    ).toBe('r: readonly variable');
    expect(
      arithMessage(
        caught(() => evaluate('r++', scope)),
        '((',
      ),
    ).toBe('r: readonly variable');
    expect(arithMessage(caught(() => evaluate('y+1', scope)))).toBe('y: unbound variable');
    expect(evaluate('0 && (r=2)', scope)).toBe(0n);
  });
});

describe('arithmetic limits', () => {
  it('takes deep nesting without using up the stack', () => {
    const scope = mapScope(new Map(), []);
    expect(evaluate(`${'('.repeat(10000)}1${')'.repeat(10000)}`, scope)).toBe(1n);
    expect(evaluate(`${'- '.repeat(100001)}1`, scope)).toBe(-1n);
    expect(evaluate(`${'1+'.repeat(100000)}1`, scope)).toBe(100001n);
    expect(evaluate(`${'x='.repeat(10000)}7`, scope)).toBe(7n);
  });

  it("nests values up to bash's 1024 levels", () => {
    const vars = new Map<string, string>();
    for (let k = 0; k < 1022; k++) vars.set(`v${k}`, `((1+v${k + 1}))`);
    vars.set('v1022', '0');
    expect(evaluate('v0', mapScope(vars, []))).toBe(1022n);
    vars.set('v1022', 'v1023');
    vars.set('v1023', '1');
    expect(arithMessage(caught(() => evaluate('v0', mapScope(vars, []))))).toBe(
      'v1023: expression recursion level exceeded (error token is "v1023")',
    );
  });

  it('runs a 10^5 iteration loop well under a second', () => {
    const vars = new Map([['i', '0']]);
    const scope = mapScope(vars, []);
    // CPU time rather than wall time: the test machine may be busy with other work.
    const start = process.cpuUsage();
    while (evaluate('i<100000', scope)) evaluate('i++', scope);
    const used = process.cpuUsage(start);
    expect(vars.get('i')).toBe('100000');
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
  });
});
