// Models GNU grep 3.8: -i -v -c -n -q -s -l -L -h -H -o -w -x -E -F -G -e -m, several files prefixed
// by name, input read line by line as it arrives (so it can follow a terminal or pipe), binary input
// (a NUL byte) reported as `grep: NAME: binary file matches`, status 0/1/2.

import { strerror } from '../../kernel/lib/errno';
import { encodeUtf8, latin1Bytes, latin1String } from '../../kernel/lib/utf8';
import { readBlocking, type Proc, type ProcessContext } from '../process';
import { closeInput, openInput } from './input';
import { escapeFixed, toJsRegex } from './regex';
import { Tool } from './tool';

interface Matcher {
  re: RegExp;
  invert: boolean;
}

function buildMatcher(
  t: Tool,
  patterns: string[],
  o: { extended: boolean; fixed: boolean; icase: boolean; word: boolean; line: boolean; invert: boolean },
): Matcher | string {
  const sources: string[] = [];
  for (const pat of patterns) {
    const bytes = latin1String(encodeUtf8(pat));
    const src = o.fixed ? escapeFixed(bytes) : toJsRegex(bytes, o.extended);
    if (src === null) return o.extended ? 'Unmatched ( or \\(' : 'Unmatched [, [^, [:, [., or [=';
    sources.push(src);
  }
  let src = sources.map((s) => `(?:${s})`).join('|');
  if (o.word) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
  if (o.line) src = `^(?:${src})$`;
  return { re: new RegExp(src, o.icase ? 'gi' : 'g'), invert: o.invert };
}

export function* grep(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'grep', 2);
  const p = t.options({
    flags: 'ivcnqslLhHowxEFGa',
    withArg: 'em',
    long: {
      'ignore-case': 'i',
      'invert-match': 'v',
      count: 'c',
      'line-number': 'n',
      quiet: 'q',
      silent: 'q',
      'no-messages': 's',
      'files-with-matches': 'l',
      'files-without-match': 'L',
      'only-matching': 'o',
      'word-regexp': 'w',
      'line-regexp': 'x',
      'extended-regexp': 'E',
      'fixed-strings': 'F',
      text: 'a',
      'regexp=': 'e',
      'max-count=': 'm',
    },
  });
  if (typeof p === 'number') return p;
  const operands = [...p.operands];
  let patterns = p.list.filter(([k]) => k === 'e').map(([, v]) => v);
  if (patterns.length === 0) {
    if (operands.length === 0) {
      t.out.flush();
      t.sys.write(
        2,
        latin1Bytes("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n"),
      );
      return 2;
    }
    patterns = [operands.shift()!];
  }
  patterns = patterns.flatMap((s) => s.split('\n'));
  const mode = p.list.filter(([k]) => 'EFG'.includes(k)).pop()?.[0];
  const matcher = buildMatcher(t, patterns, {
    extended: mode === 'E',
    fixed: mode === 'F',
    icase: p.has('i'),
    word: p.has('w'),
    line: p.has('x'),
    invert: p.has('v'),
  });
  if (typeof matcher === 'string') {
    t.error(matcher, 2);
    return t.finish(2);
  }
  const files = operands.length ? operands : ['-'];
  const withName = p.has('H') || (files.length > 1 && !p.has('h'));
  const maxCount = p.value('m') === undefined ? Infinity : Number(p.value('m'));
  let anyMatch = false;
  let trouble = false;
  for (const file of files) {
    const label = file === '-' ? '(standard input)' : file;
    const input = openInput(ctx.sys, file);
    if (typeof input === 'number') {
      if (!p.has('s')) t.error(`${file}: ${strerror(input)}`, 2);
      trouble = true;
      continue;
    }
    let count = 0;
    let lineNo = 0;
    let binary = false;
    let pending = '';
    let done = false;
    const emit = (line: string) => {
      lineNo++;
      matcher.re.lastIndex = 0;
      const hits = [...line.matchAll(matcher.re)];
      if (hits.length > 0 === matcher.invert) return;
      count++;
      anyMatch = true;
      if (p.has('q') || p.has('l') || p.has('L')) {
        done = true;
        return;
      }
      if (count >= maxCount) done = true;
      if (p.has('c')) return;
      if (binary && !p.has('a')) {
        t.error(`${label}: binary file matches`, t.status);
        done = true;
        return;
      }
      const prefix = (withName ? `${label}:` : '') + (p.has('n') ? `${lineNo}:` : '');
      const pieces = p.has('o') && !matcher.invert ? hits.map((h) => h[0]).filter((s) => s !== '') : [line];
      for (const piece of pieces) t.out.write(latin1Bytes(latin1String(encodeUtf8(prefix)) + piece + '\n'));
    };
    try {
      while (!done) {
        const got = yield* readBlocking(ctx.sys, input.fd, 65536);
        if (typeof got === 'number') {
          if (!p.has('s')) t.error(`${file}: ${strerror(got)}`, 2);
          trouble = true;
          break;
        }
        if (got.length === 0) {
          if (pending !== '') emit(pending);
          break;
        }
        if (got.includes(0)) binary = true;
        const lines = (pending + latin1String(got)).split('\n');
        pending = lines.pop()!;
        for (const line of lines) {
          if (done) break;
          emit(line);
        }
      }
    } finally {
      closeInput(ctx.sys, input);
    }
    if (p.has('q') && anyMatch) return t.finish(0);
    if (p.has('c')) t.out.write(`${withName ? `${label}:` : ''}${count}\n`);
    if ((p.has('l') && count > 0) || (p.has('L') && count === 0)) t.out.write(`${label}\n`);
  }
  return t.finish(trouble && !(p.has('q') && anyMatch) ? 2 : anyMatch ? 0 : 1);
}
