// Models bash's input builtins (builtins/read.def, mapfile.def, getopts.def): `read` with -r -a -p
// -n -N -d -s -t -u, reading one byte at a time as bash does on a pipe (so what follows the line
// stays for the next reader), splitting on IFS into the named variables; `mapfile`/`readarray`;
// and `getopts` over the positional parameters or given words.

import { encodeText } from '../bytes';
import { isatty, readBlocking, sleepFor, type Proc, type Yielded } from '../process';
import { ERESTARTSYS } from '../../kernel/syscalls';

type Gen<T> = Generator<Yielded, T, void>;
import { decodeUtf8 } from '../../kernel/lib/utf8';
import { strerror } from '../../kernel/lib/errno';
import { shellError, type Builtin, type BuiltinContext } from './builtin-io';
import { ReadonlyError } from './state';

interface ReadOptions {
  raw: boolean;
  array: string | null;
  prompt: string | null;
  count: number | null;
  exact: boolean;
  delim: string;
  fd: number;
  /** `-t SECONDS`: give up after this long on the virtual clock (null: wait for ever). */
  timeout: number | null;
  names: string[];
}

function parseReadOptions(b: BuiltinContext): ReadOptions | number {
  const o: ReadOptions = {
    raw: false,
    array: null,
    prompt: null,
    count: null,
    exact: false,
    delim: '\n',
    fd: 0,
    timeout: null,
    names: [],
  };
  const args = b.argv.slice(1);
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (let k = 1; k < a.length; k++) {
      const c = a[k];
      if ('rse'.includes(c)) {
        if (c === 'r') o.raw = true;
        continue;
      }
      if (!'apnNdtui'.includes(c)) {
        shellError(b.sys, `read: -${c}: invalid option`);
        b.sys.write(
          2,
          encodeText(
            'read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n',
          ),
        );
        return 2;
      }
      const v = k + 1 < a.length ? a.slice(k + 1) : args[++i];
      if (v === undefined) {
        shellError(b.sys, `read: -${c}: option requires an argument`);
        b.sys.write(
          2,
          encodeText(
            'read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n',
          ),
        );
        return 2;
      }
      if (c === 'a') o.array = v;
      else if (c === 'p') o.prompt = v;
      else if (c === 'n' || c === 'N') {
        if (!/^\d+$/.test(v)) {
          shellError(b.sys, `read: ${v}: invalid number`);
          return 1;
        }
        o.count = Number(v);
        o.exact = c === 'N';
      } else if (c === 'd') o.delim = v === '' ? '\0' : v[0];
      else if (c === 't') {
        if (!/^(\d+\.?\d*|\.\d+)$/.test(v)) {
          shellError(b.sys, `read: ${v}: invalid timeout specification`);
          return 1;
        }
        o.timeout = Number(v);
      } else if (c === 'u') {
        if (!/^\d+$/.test(v) || !b.sys.isOpen(Number(v))) {
          shellError(b.sys, `read: ${v}: invalid file descriptor specification`);
          return 1;
        }
        o.fd = Number(v);
      }
      break;
    }
  }
  o.names = args.slice(i);
  return o;
}

/** Splits a line as `read` does: IFS whitespace trimmed, the last name takes the rest. */
export function splitRead(line: string, ifs: string, n: number): string[] {
  const white = [...ifs].filter((c) => c === ' ' || c === '\t' || c === '\n').join('');
  const isWhite = (c: string) => white.includes(c);
  const isIfs = (c: string) => ifs.includes(c);
  let i = 0;
  while (i < line.length && isWhite(line[i])) i++;
  const out: string[] = [];
  while (i < line.length) {
    if (n > 0 && out.length === n - 1) {
      let rest = line.slice(i);
      let end = rest.length;
      while (end > 0 && isWhite(rest[end - 1])) end--;
      rest = rest.slice(0, end);
      const last = rest.length - 1;
      if (last >= 0 && isIfs(rest[last]) && !isWhite(rest[last]) && (last === 0 || !isIfs(rest[last - 1])))
        rest = rest.slice(0, last);
      out.push(rest);
      return out;
    }
    let word = '';
    while (i < line.length && !isIfs(line[i])) word += line[i++];
    out.push(word);
    while (i < line.length && isWhite(line[i])) i++;
    if (i < line.length && isIfs(line[i]) && !isWhite(line[i])) {
      i++;
      while (i < line.length && isWhite(line[i])) i++;
    }
  }
  return out;
}

function* readBuiltin(b: BuiltinContext): Proc {
  const o = parseReadOptions(b);
  if (typeof o === 'number') return o;
  for (const n of [...o.names, ...(o.array === null ? [] : [o.array])]) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) {
      shellError(b.sys, `read: \`${n}': not a valid identifier`);
      return 1;
    }
  }
  if (o.prompt !== null && isatty(b.sys, o.fd)) b.sys.write(2, encodeText(o.prompt));
  // NOTE: `-t 0` asks whether input is ready without reading; the model has no select(2), so a
  // file or a pipe counts as ready and a terminal does not.
  if (o.timeout === 0) return isatty(b.sys, o.fd) ? 1 : 0;
  const deadline = o.timeout === null ? null : b.sys.clock() + o.timeout * 1e9;
  const bytes: number[] = [];
  let eof = false;
  let timedOut = false;
  const delim = o.delim.charCodeAt(0);
  for (;;) {
    if (o.count !== null && bytes.length >= o.count) break;
    const got =
      deadline === null ? yield* readBlocking(b.sys, o.fd, 1) : yield* readBefore(b, o.fd, deadline);
    if (got === null) {
      timedOut = true;
      break;
    }
    if (typeof got === 'number') {
      shellError(b.sys, `read: read error: ${o.fd}: ${strerror(got)}`);
      return 1;
    }
    if (got.length === 0) {
      eof = true;
      break;
    }
    const c = got[0];
    if (c === delim && !o.exact) break;
    if (c === 0x5c && !o.raw) {
      const next = yield* readBlocking(b.sys, o.fd, 1);
      if (typeof next === 'number' || next.length === 0) {
        eof = true;
        break;
      }
      if (next[0] === 0x0a) continue;
      bytes.push(0x01, next[0]);
      continue;
    }
    bytes.push(c);
  }
  const text = decodeUtf8(Uint8Array.from(bytes));
  const ifs = b.sh.getVar('IFS') ?? ' \t\n';
  const unescape = (s: string) => s.replace(/\x01(.)/gs, '$1');
  try {
    if (o.array !== null) {
      const words = splitRead(text, ifs, 0).map(unescape);
      b.sh.vars.delete(o.array);
      const arr = b.sh.arrayOf(o.array);
      words.forEach((w, i) => arr.array!.set(String(i), w));
    } else if (o.names.length === 0) b.sh.setVar('REPLY', unescape(text));
    else {
      const fields = o.exact ? [text] : splitRead(text, ifs, o.names.length);
      o.names.forEach((n, i) => b.sh.setVar(n, unescape(fields[i] ?? '')));
    }
  } catch (e) {
    if (!(e instanceof ReadonlyError)) throw e;
    shellError(b.sys, `${e.name}: readonly variable`);
    return 1;
  }
  return timedOut ? TIMED_OUT : eof ? 1 : 0;
}

/** What read -t returns when the time ran out (128 + SIGALRM, as bash). */
const TIMED_OUT = 142;

/** One byte before the virtual clock reaches `deadline`; null once it has. */
function* readBefore(b: BuiltinContext, fd: number, deadline: number): Gen<Uint8Array | number | null> {
  for (;;) {
    const got = b.sys.read(fd, 1);
    if (got !== -ERESTARTSYS) return got;
    const now = b.sys.clock();
    if (now >= deadline) return null;
    // NOTE: short naps let a background writer feed the input before the time is up.
    yield* sleepFor(b.sys, Math.min(deadline - now, NAP_NS));
  }
}

const NAP_NS = 10_000_000;

function* mapfile(b: BuiltinContext): Proc {
  let args = b.argv.slice(1);
  let trim = false;
  let delim = '\n';
  let fd = 0;
  let skip = 0;
  let max = 0;
  let origin = 0;
  while (args[0]?.startsWith('-')) {
    const a = args[0];
    if (a === '-t') trim = true;
    else if (a === '-s' || a === '-n' || a === '-O') {
      const n = Number(args[1]);
      if (a === '-s') skip = n;
      else if (a === '-n') max = n;
      else origin = n;
      args = args.slice(1);
    } else if (a === '-d') {
      delim = args[1] === '' ? '\0' : (args[1] ?? '\n')[0];
      args = args.slice(1);
    } else if (a === '-u') {
      fd = Number(args[1]);
      args = args.slice(1);
    }
    args = args.slice(1);
  }
  const name = args[0] ?? 'MAPFILE';
  const chunks: number[] = [];
  for (;;) {
    const got = yield* readBlocking(b.sys, fd, 65536);
    if (typeof got === 'number' || got.length === 0) break;
    for (const c of got) chunks.push(c);
  }
  const text = decodeUtf8(Uint8Array.from(chunks));
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === delim) {
      lines.push(text.slice(start, trim ? i : i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) lines.push(text.slice(start));
  const kept = lines.slice(skip, max > 0 ? skip + max : undefined);
  if (origin === 0) b.sh.vars.delete(name);
  const arr = b.sh.arrayOf(name);
  kept.forEach((l, i) => arr.array!.set(String(origin + i), l));
  return 0;
}

const getopts: Builtin = (b) => {
  const sh = b.sh;
  const spec = b.argv[1];
  const name = b.argv[2];
  if (spec === undefined || name === undefined) {
    shellError(b.sys, 'getopts: usage: getopts optstring name [arg ...]');
    return 2;
  }
  const args = b.argv.length > 3 ? b.argv.slice(3) : sh.positional;
  const silent = spec.startsWith(':');
  const opts = silent ? spec.slice(1) : spec;
  let ind = Number(sh.getVar('OPTIND') ?? '1') || 1;
  if (sh.optChar === 0 || ind !== sh.optIndSeen) sh.optChar = 1;
  const arg = args[ind - 1];
  const done = () => {
    sh.setVar(name, '?');
    sh.optChar = 0;
    return 1;
  };
  if (arg === undefined || !arg.startsWith('-') || arg === '-') return done();
  if (arg === '--') {
    sh.setVar('OPTIND', String(ind + 1));
    sh.optIndSeen = ind + 1;
    return done();
  }
  const c = arg[sh.optChar];
  let next = sh.optChar + 1;
  const advance = () => {
    if (next >= arg.length) {
      ind++;
      next = 1;
    }
    sh.optChar = next;
    sh.setVar('OPTIND', String(ind));
    sh.optIndSeen = ind;
  };
  const at = opts.indexOf(c);
  if (at < 0 || c === ':') {
    advance();
    sh.setVar(name, '?');
    if (silent) sh.setVar('OPTARG', c);
    else {
      sh.unsetVar('OPTARG');
      b.sys.write(2, encodeText(`bash: illegal option -- ${c}\n`));
    }
    return 0;
  }
  if (opts[at + 1] === ':') {
    let value: string | undefined;
    if (next < arg.length) {
      value = arg.slice(next);
      ind++;
    } else {
      value = args[ind];
      ind += value === undefined ? 1 : 2;
    }
    next = 1;
    sh.optChar = 1;
    sh.setVar('OPTIND', String(ind));
    sh.optIndSeen = ind;
    if (value === undefined) {
      if (silent) {
        sh.setVar(name, ':');
        sh.setVar('OPTARG', c);
      } else {
        sh.setVar(name, '?');
        sh.unsetVar('OPTARG');
        b.sys.write(2, encodeText(`bash: option requires an argument -- ${c}\n`));
      }
      return 0;
    }
    sh.setVar('OPTARG', value);
    sh.setVar(name, c);
    return 0;
  }
  advance();
  sh.setVar(name, c);
  sh.unsetVar('OPTARG');
  return 0;
};

export const READ_BUILTINS: Readonly<Record<string, Builtin>> = {
  read: readBuiltin,
  mapfile,
  readarray: mapfile,
  getopts,
};
