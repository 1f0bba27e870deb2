// Models GNU findutils 4.9 xargs: arguments read from standard input (or -a FILE) appended to the
// command (default echo) in batches bounded by -n, -L and -s (default 131072 bytes), or one line
// at a time with -I, each batch run in a child task with standard input from /dev/null; -t shows
// each command line on stderr first. Statuses: 123 if a command failed, 124 when one exited 255,
// 125 when one was killed, 127 when the command does not exist, 1 for bad input or usage.

import { ENOENT, strerror } from '../../../kernel/lib/errno';
import { utf8Length } from '../../../kernel/lib/utf8';
import { O_RDONLY } from '../../../kernel/syscalls';
import { encodeText } from '../../bytes';
import { readBlocking, type Proc, type ProcessContext, type Yielded } from '../../process';
import { quote, Tool, type ParsedOptions } from '../tool';
import { optionsEnd } from './leading-options';
import { shellQuote } from './shell-quote';
import { spawn } from './spawn';
import { ArgReader } from './xargs-input';

/** xargs' command buffer: `xargs --show-limits` says it uses 131072 bytes. */
const MAX_CHARS = 131072;

interface Settings {
  maxArgs: number;
  maxLines: number;
  replace: string | null;
  maxChars: number;
  eof: string | null;
  delimiter: number | null;
}

const ESCAPES: Readonly<Record<string, number>> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };

/** -d's argument: one character, or a backslash escape (\n, \0, \012, \x0a). */
function delimiterOf(spec: string): number | null {
  if (spec.length === 1) return spec.charCodeAt(0) & 0xff;
  if (spec[0] !== '\\') return null;
  const rest = spec.slice(1);
  if (rest.length === 1 && ESCAPES[rest] !== undefined) return ESCAPES[rest];
  if (/^x[0-9a-fA-F]{1,2}$/.test(rest)) return parseInt(rest.slice(1), 16);
  if (/^[0-7]{1,3}$/.test(rest)) return parseInt(rest, 8) & 0xff;
  return null;
}

/** The options in order: the last of -n, -L and -I wins, with xargs' warnings. */
function settingsOf(t: Tool, p: ParsedOptions): Settings | number {
  const s: Settings = {
    maxArgs: 0,
    maxLines: 0,
    replace: null,
    maxChars: MAX_CHARS,
    eof: null,
    delimiter: null,
  };
  let last: 'n' | 'L' | 'I' | null = null;
  const WARN: Readonly<Record<string, string>> = {
    Ln: 'options --max-lines and --max-args/-n are mutually exclusive, ignoring previous --max-lines value',
    nL: 'options --max-args and -L are mutually exclusive, ignoring previous --max-args value',
    IL: 'options --replace and -L are mutually exclusive, ignoring previous --replace value',
    nI: 'options --max-args and --replace/-I/-i are mutually exclusive, ignoring previous --max-args value',
    LI: 'options --max-lines and --replace/-I/-i are mutually exclusive, ignoring previous --max-lines value',
  };
  const warn = (key: string) => {
    if (WARN[key]) t.sys.write(2, encodeText(`xargs: warning: ${WARN[key]}\n`));
  };
  for (const [opt, value] of p.list) {
    if (opt === 'n' || opt === 'L' || opt === 's') {
      if (!/^\s*[+-]?[0-9]+$/.test(value)) return t.usage(`invalid number "${value}" for -${opt} option`);
      const n = Number(value);
      if (n < 1 && opt !== 's') return t.usage(`value ${n} for -${opt} option should be >= 1`);
      if (opt === 's') {
        if (n < 1) t.sys.write(2, encodeText(`xargs: value ${n} for -s option should be >= 1\n`));
        s.maxChars = Math.min(Math.max(n, 1), MAX_CHARS);
        continue;
      }
      if (last && last !== opt) warn(last + opt);
      if (opt === 'n' && last !== 'I') {
        [s.maxArgs, s.maxLines, s.replace, last] = [n, 0, null, 'n'];
      } else if (opt === 'L') [s.maxLines, s.maxArgs, s.replace, last] = [n, 0, null, 'L'];
    } else if (opt === 'I') {
      if (last && last !== 'I') warn(last + 'I');
      [s.replace, s.maxArgs, s.maxLines, last] = [value, 0, 0, 'I'];
    } else if (opt === 'E') s.eof = value === '' ? null : value;
    else if (opt === '0') s.delimiter = 0;
    else if (opt === 'd') {
      const d = delimiterOf(value);
      if (d === null) {
        t.error(
          `Invalid input delimiter specification ${value}: the delimiter must be either a single ` +
            'character or an escape sequence starting with \\.',
        );
        return t.finish();
      }
      s.delimiter = d;
    }
  }
  return s;
}

/** -i[R], -l[N] and -e[EOF] take their argument only when attached: spelled as -I, -L and -E. */
function optionalArgs(args: readonly string[]): string[] {
  return args.map((a) => {
    if (/^-i/.test(a)) return `-I${a.slice(2) || '{}'}`;
    if (/^-l/.test(a)) return `-L${a.slice(2) || '1'}`;
    if (/^-e/.test(a)) return `--eof=${a.slice(2)}`;
    if (a === '--replace') return '--replace={}';
    return a;
  });
}

/** The bytes argv takes in the command buffer: each argument and its NUL. */
const argSize = (args: readonly string[]) => args.reduce((n, a) => n + utf8Length(a) + 1, 0);

export function* xargs(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'xargs');
  const args = ctx.argv.slice(1);
  const { end, next } = optionsEnd(args, 'nILdEas', [
    'delimiter',
    'max-args',
    'max-lines',
    'eof',
    'arg-file',
    'max-chars',
  ]);
  const p = t.options(
    {
      flags: '0rtx',
      withArg: 'nILdEas',
      long: {
        null: '0',
        'delimiter=': 'd',
        'max-args=': 'n',
        'max-lines=': 'L',
        'replace=': 'I',
        'no-run-if-empty': 'r',
        verbose: 't',
        'eof=': 'E',
        'arg-file=': 'a',
        'max-chars=': 's',
        exit: 'x',
      },
    },
    optionalArgs(args.slice(0, end)),
  );
  if (typeof p === 'number') return p;
  const s = settingsOf(t, p);
  if (typeof s === 'number') return s;
  const command = args.length > next ? args.slice(next) : ['echo'];
  if (argSize(command) > s.maxChars) {
    t.error('cannot fit single argument within argument list size limit');
    return t.finish();
  }
  const file = p.value('a');
  let fd = 0;
  if (file !== undefined) {
    fd = ctx.sys.open(file, O_RDONLY);
    if (fd < 0) {
      t.error(`Cannot open input file ${quote(file)}: ${strerror(fd)}`);
      return t.finish();
    }
  }
  const verbose = p.has('t');
  let status = 0;
  let ran = false;
  /** Runs one command line; a status to exit with at once, or null to go on. */
  function* run(argv: readonly string[]): Generator<Yielded, number | null, void> {
    ran = true;
    if (verbose) ctx.sys.write(2, encodeText(argv.map(shellQuote).join(' ') + '\n'));
    const ended = yield* spawn(ctx, argv, { nullStdin: file === undefined });
    const name = argv[0];
    if (ended.kind === 'failed') {
      t.error(`${name}: ${strerror(ended.err)}`);
      return ended.err === -ENOENT ? 127 : 126;
    }
    if (ended.kind === 'signaled') {
      t.error(`${name}: terminated by signal ${ended.signal}`);
      return 125;
    }
    if (ended.status === 255) {
      t.error(`${name}: exited with status 255; aborting`);
      return 124;
    }
    if (ended.status !== 0) status = 123;
    return null;
  }
  const reader = new ArgReader({ delimiter: s.delimiter, wholeLines: s.replace !== null });
  let batch: string[] = [];
  let size = argSize(command);
  let lines = 0;
  const flush = function* (): Generator<Yielded, number | null, void> {
    const argv = [...command, ...batch];
    batch = [];
    size = argSize(command);
    lines = 0;
    return yield* run(argv);
  };
  let done = false;
  while (!done) {
    const got = yield* readBlocking(ctx.sys, fd, 4096);
    const atEnd = typeof got === 'number' || got.length === 0;
    const events = atEnd ? reader.finish() : reader.feed(got);
    for (const ev of events) {
      let exit: number | null = null;
      if (ev.kind === 'error') {
        // NOTE: xargs runs what it had before it exits, without waiting: its message comes first.
        t.error(ev.message);
        if (atEnd && batch.length) yield* flush();
        return t.finish(1);
      }
      if (ev.kind === 'line') {
        if (s.maxLines && ++lines >= s.maxLines && batch.length) exit = yield* flush();
      } else if (s.eof !== null && ev.text === s.eof && !atEnd) {
        done = true;
        break;
      } else if (s.replace !== null) {
        const r = s.replace;
        if (r === '') {
          t.error('command too long');
          return t.finish(1);
        }
        exit = yield* run(command.map((a) => a.replaceAll(r, ev.text)));
      } else {
        const need = utf8Length(ev.text) + 1;
        if (batch.length && size + need > s.maxChars) exit = yield* flush();
        if (exit === null && argSize(command) + need > s.maxChars) {
          t.error('argument line too long');
          return t.finish(1);
        }
        batch.push(ev.text);
        size += need;
        if (exit === null && s.maxArgs && batch.length >= s.maxArgs) exit = yield* flush();
      }
      if (exit !== null) return t.finish(exit);
    }
    if (atEnd) done = true;
  }
  if (fd !== 0) ctx.sys.close(fd);
  if (batch.length || (!ran && !p.has('r') && s.replace === null)) {
    const exit = yield* flush();
    if (exit !== null) return t.finish(exit);
  }
  return t.finish(status);
}
