import { describe, expect, it } from 'vitest';
import { Incomplete, LexError, tokenize, type Token } from '../../../worker/user/shell/lexer';

/** A compact view of tokens: words as their parts, operators as themselves. */
function view(src: string): unknown {
  const tokens = tokenize(src);
  if (tokens instanceof Incomplete) return { incomplete: tokens.quote };
  if (tokens instanceof LexError) return { error: tokens.message };
  return tokens
    .filter((t): t is Exclude<Token, { kind: 'eof' }> => t.kind !== 'eof')
    .map((t) => {
      if (t.kind === 'op') return t.op;
      if (t.kind === 'redir') return `${t.fd ?? ''}${t.op}`;
      return t.word.parts.map((p) =>
        p.kind === 'text'
          ? p.quoted
            ? `'${p.text}'`
            : p.text
          : p.kind === 'param'
            ? `$${p.name}${p.op}`
            : `~${p.kind === 'tilde' ? p.user : ''}`,
      );
    });
}

describe('lexer', () => {
  it.each([
    ['echo hi', [['echo'], ['hi']]],
    ['echo \'a b\' "c d" e\\ f', [['echo'], ["'a b'"], ["'c d'"], ['e', "' '", 'f']]],
    ['echo "$HOME/x" ${A}b $?', [['echo'], ["''", '$HOME', "'/x'"], ['$A', 'b'], ['$?']]],
    ['a;b&&c||d|e', [['a'], ';', ['b'], '&&', ['c'], '||', ['d'], '|', ['e']]],
    [
      'cat <f >g >>h 2>&1 3<>x 4>&- &>all',
      [['cat'], '<', ['f'], '>', ['g'], '>>', ['h'], '2>&', ['1'], '3<>', ['x'], '4>&', ['-'], '&>', ['all']],
    ],
    ['echo 12 # comment', [['echo'], ['12']]],
    ['echo a#b', [['echo'], ['a#b']]],
    ['echo ~ ~alice/x a~', [['echo'], ['~'], ['~alice', '/x'], ['a~']]],
    ["echo $'a\\tb'", [['echo'], ["'a\tb'"]]],
    ['echo ""', [['echo'], ["''"]]],
    ['echo a\\\nb', [['echo'], ['ab']]],
  ])('%j', (src, expected) => {
    expect(view(src)).toEqual(expected);
  });

  it.each([
    ["echo 'abc", "'"],
    ['echo "abc', '"'],
    ['echo abc\\', null],
  ])('%j is incomplete', (src, quote) => {
    expect(view(src)).toEqual({ incomplete: quote });
  });

  it('rejects a bad substitution', () => {
    expect(view('echo ${a!}')).toEqual({ error: '${a!}: bad substitution' });
  });
});
