import { describe, expect, it } from 'vitest';
import { parse } from '../../../worker/user/shell/parser';
import type { Command, SimpleCommand } from '../../../worker/user/shell/ast';

function words(c: Command): string {
  return c.kind === 'simple' ? c.words.map((w) => w.raw).join(' ') : c.kind;
}

function simple(c: Command): SimpleCommand {
  if (c.kind !== 'simple') throw new Error(`not a simple command: ${c.kind}`);
  return c;
}

function shape(src: string): unknown {
  const r = parse(src);
  if (r.kind !== 'ok') return r;
  return r.list.map((ao) => [
    ao.first.commands.map(words),
    ...ao.rest.map((r) => [r.op, r.pipeline.commands.map(words)]),
  ]);
}

describe('parser', () => {
  it.each([
    ['echo a; echo b', [[['echo a']], [['echo b']]]],
    [
      'a | b | c && d || e',
      [
        [
          ['a', 'b', 'c'],
          ['&&', ['d']],
          ['||', ['e']],
        ],
      ],
    ],
    ['a;', [[['a']]]],
    ['', []],
  ])('%j', (src, expected) => {
    expect(shape(src)).toEqual(expected);
  });

  it('separates assignments, words and redirections', () => {
    const r = parse('A=1 B=$x cmd arg >out 2>&1 C=3');
    expect(r.kind).toBe('ok');
    if (r.kind !== 'ok') return;
    const cmd = simple(r.list[0].first.commands[0]);
    expect(cmd.assignments.map((a) => a.name)).toEqual(['A', 'B']);
    expect(cmd.words.map((w) => w.raw)).toEqual(['cmd', 'arg', 'C=3']);
    expect(cmd.redirections.map((x) => [x.fd, x.op, x.target.raw])).toEqual([
      [null, '>', 'out'],
      [2, '>&', '1'],
    ]);
  });

  it('marks and-or lists ended by & as background jobs', () => {
    const r = parse('a && b & c; d &');
    expect(
      r.kind === 'ok' && r.list.map((ao) => [simple(ao.first.commands[0]).words[0].raw, ao.background]),
    ).toEqual([
      ['a', true],
      ['c', false],
      ['d', true],
    ]);
  });

  it('marks negated pipelines', () => {
    const r = parse('! false');
    expect(r.kind === 'ok' && r.list[0].first.negated).toBe(true);
  });

  it.each([
    ['echo ;;', "syntax error near unexpected token `;;'"],
    ['echo >', "syntax error near unexpected token `newline'"],
    ['| echo', "syntax error near unexpected token `|'"],
    ['echo a; ; echo b', "syntax error near unexpected token `;'"],
    ['echo > > x', "syntax error near unexpected token `>'"],
    ['for i in a; do echo; fi', "syntax error near unexpected token `fi'"],
    ['if true; then fi', "syntax error near unexpected token `fi'"],
    ['case x in a) echo;; b esac', "syntax error near unexpected token `esac'"],
    ['{ }', "syntax error near unexpected token `}'"],
    ['f() echo', "syntax error near unexpected token `echo'"],
    ['echo a & ; echo b', "syntax error near unexpected token `;'"],
    ['& echo a', "syntax error near unexpected token `&'"],
  ])('%j is a syntax error', (src, message) => {
    expect(parse(src)).toEqual({ kind: 'error', message });
  });

  it.each([
    ['echo a &&', 'syntax error: unexpected end of file'],
    ['echo a |', 'syntax error: unexpected end of file'],
    ["echo 'a", "unexpected EOF while looking for matching `''"],
  ])('%j needs more input', (src, message) => {
    expect(parse(src)).toEqual({ kind: 'incomplete', message });
  });
});
