// Models bash's builtins that steer execution (builtins/break.def, return.def, shift.def,
// eval.def, source.def, command.def, builtin.def, let.def, getopts.def, alias.def,
// type.def, times.def, umask.def, hash.def): they change the shell's flow or run text as commands.

import { readFileSync, type Proc } from '../process';
import { decodeUtf8 } from '../../kernel/lib/utf8';
import { strerror } from '../../kernel/lib/errno';
import { ENOENT } from '../../kernel/lib/errno';

import { encodeText } from '../bytes';
import { output, shellError, type Builtin, type BuiltinContext } from './builtin-io';
import { isProgramName, PROGRAM_TWINS } from '../program-names';
import { ArithError, arithMessage, evaluate } from './arith';
import { arithScope } from './arith-scope';
import { executor } from './executor';
import { functionText } from './print-cmd';

function numericArg(b: BuiltinContext, arg: string | undefined, fallback: number): number | null {
  if (arg === undefined) return fallback;
  if (!/^-?\d+$/.test(arg)) {
    shellError(b.sys, `${b.argv[0]}: ${arg}: numeric argument required`);
    return null;
  }
  return Number(arg);
}

const loopControl =
  (kind: 'break' | 'continue'): Builtin =>
  (b) => {
    const n = numericArg(b, b.argv[1], 1);
    if (n === null) return 1;
    if (n < 1) {
      shellError(b.sys, `${kind}: ${b.argv[1]}: loop count out of range`);
      return 1;
    }
    if (b.sh.loopDepth === 0) {
      shellError(b.sys, `${kind}: only meaningful in a \`for', \`while', or \`until' loop`);
      return 0;
    }
    b.sh.flow = { kind, levels: Math.min(n, b.sh.loopDepth) };
    return 0;
  };

const returnBuiltin: Builtin = (b) => {
  if (b.sh.funcNames.length === 0 && b.sh.sourceDepth === 0) {
    shellError(b.sys, "return: can only `return' from a function or sourced script");
    return 2;
  }
  const arg = b.argv[1];
  let status = b.sh.status;
  if (arg !== undefined) {
    if (!/^-?\d+$/.test(arg)) {
      shellError(b.sys, `return: ${arg}: numeric argument required`);
      status = 2;
    } else status = Number(arg) & 0xff;
  }
  b.sh.status = status;
  b.sh.flow = { kind: 'return' };
  return status;
};

const shift: Builtin = (b) => {
  const n = numericArg(b, b.argv[1], 1);
  if (n === null) return 1;
  if (n < 0 || n > b.sh.positional.length) {
    if (n < 0) shellError(b.sys, `shift: ${b.argv[1]}: shift count out of range`);
    return 1;
  }
  b.sh.positional = b.sh.positional.slice(n);
  return 0;
};

const evalBuiltin: Builtin = (b) => {
  const text = b.argv.slice(1).join(' ');
  if (text.trim() === '') return 0;
  return executor.runText(b.sh, text, '');
};

function* sourceRun(b: BuiltinContext, text: string, args: readonly string[]): Proc {
  const sh = b.sh;
  const positional = sh.positional;
  if (args.length > 0) sh.positional = [...args];
  sh.sourceDepth++;
  try {
    yield* executor.runText(sh, text, '');
    if (sh.flow?.kind === 'return') sh.flow = null;
    return sh.status;
  } finally {
    sh.sourceDepth--;
    if (args.length > 0) sh.positional = positional;
  }
}

const source: Builtin = (b) => {
  const file = b.argv[1];
  if (file === undefined) {
    shellError(b.sys, `${b.argv[0]}: filename argument required`);
    b.sys.write(2, encodeText(`${b.argv[0]}: usage: ${b.argv[0]} filename [arguments]\n`));
    return 2;
  }
  const data = readFileSync(b.sys, file);
  if (!data) {
    const st = b.sys.stat(file);
    shellError(b.sys, `${file}: ${st.ok ? 'Is a directory' : strerror(-ENOENT)}`);
    return 1;
  }
  return sourceRun(b, decodeUtf8(data), b.argv.slice(2));
};

const letBuiltin: Builtin = (b) => {
  const args = b.argv.slice(1);
  if (args.length === 0) {
    shellError(b.sys, 'let: expression expected');
    return 1;
  }
  let last = 0n;
  for (const a of args) {
    try {
      last = evaluate(a, arithScope(b.sh));
    } catch (e) {
      if (!(e instanceof ArithError)) throw e;
      shellError(b.sys, arithMessage(e, 'let'));
      return 1;
    }
  }
  return last === 0n ? 1 : 0;
};

/** What a name is to the shell, for `type` and `command -v`. */
function kindOf(
  b: BuiltinContext,
  name: string,
): 'keyword' | 'function' | 'builtin' | 'file' | 'alias' | null {
  if (b.sh.aliases.has(name)) return 'alias';
  if (KEYWORDS.has(name)) return 'keyword';
  if (b.sh.functions.has(name)) return 'function';
  if (BUILTIN_NAMES.has(name) && !b.sh.disabled.has(name)) return 'builtin';
  if (isProgramName(name) || PROGRAM_TWINS.has(name)) return 'file';
  return null;
}

const KEYWORDS = new Set(
  'if then else elif fi case esac for select while until do done in function time { } ! [[ ]] coproc'.split(
    ' ',
  ),
);
/** The builtins, filled in by builtins.ts (which knows them all). */
export const BUILTIN_NAMES = new Set<string>();

const type: Builtin = (b) => {
  let args = b.argv.slice(1);
  let terse = false;
  while (args[0]?.startsWith('-') && args[0] !== '--') {
    if (args[0].includes('t')) terse = true;
    args = args.slice(1);
  }
  let status = 0;
  let text = '';
  for (const n of args) {
    const k = kindOf(b, n);
    if (k === null) {
      output(b, text);
      text = '';
      if (!terse) shellError(b.sys, `type: ${n}: not found`);
      status = 1;
      continue;
    }
    if (terse) text += `${k}\n`;
    else if (k === 'alias') text += `${n} is aliased to \`${b.sh.aliases.get(n)}'\n`;
    else if (k === 'keyword') text += `${n} is a shell keyword\n`;
    else if (k === 'function') text += `${n} is a function\n${functionText(b.sh.functions.get(n)!)}\n`;
    else if (k === 'builtin') text += `${n} is a shell builtin\n`;
    else text += `${n} is /usr/bin/${n}\n`;
  }
  return output(b, text) || status;
};

const command: Builtin = (b) => {
  let args = b.argv.slice(1);
  let verbose: 'v' | 'V' | null = null;
  while (args[0] && /^-[pvV]+$/.test(args[0])) {
    if (args[0].includes('v')) verbose = 'v';
    if (args[0].includes('V')) verbose = 'V';
    args = args.slice(1);
  }
  if (args.length === 0) return 0;
  if (verbose === 'v') {
    let text = '';
    let status = 0;
    for (const n of args) {
      const k = kindOf(b, n);
      if (k === null) status = 1;
      else if (k === 'file') text += `/usr/bin/${n}\n`;
      else if (k === 'alias') text += `alias ${n}='${b.sh.aliases.get(n)}'\n`;
      else text += `${n}\n`;
    }
    return output(b, text) || status;
  }
  if (verbose === 'V') return type({ ...b, argv: ['type', ...args] });
  return executor.runArgv(b.sh, b.sys, args, 'command');
};

const builtin: Builtin = (b) => {
  const args = b.argv.slice(1);
  if (args.length === 0) return 0;
  if (!BUILTIN_NAMES.has(args[0])) {
    shellError(b.sys, `builtin: ${args[0]}: not a shell builtin`);
    return 1;
  }
  return executor.runArgv(b.sh, b.sys, args, 'builtin');
};

const alias: Builtin = (b) => {
  const args = b.argv.slice(1).filter((a) => a !== '-p');
  if (args.length === 0) {
    const text = [...b.sh.aliases]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([k, v]) => `alias ${k}='${v.replace(/'/g, "'\\''")}'\n`)
      .join('');
    return output(b, text);
  }
  let status = 0;
  let text = '';
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) b.sh.aliases.set(a.slice(0, eq), a.slice(eq + 1));
    else if (b.sh.aliases.has(a)) text += `alias ${a}='${b.sh.aliases.get(a)!.replace(/'/g, "'\\''")}'\n`;
    else {
      output(b, text);
      text = '';
      shellError(b.sys, `alias: ${a}: not found`);
      status = 1;
    }
  }
  return output(b, text) || status;
};

const unalias: Builtin = (b) => {
  let status = 0;
  for (const a of b.argv.slice(1)) {
    if (a === '-a') b.sh.aliases.clear();
    else if (!b.sh.aliases.delete(a)) {
      shellError(b.sys, `unalias: ${a}: not found`);
      status = 1;
    }
  }
  return status;
};

const times: Builtin = (b) => output(b, '0m0.000s 0m0.000s\n0m0.000s 0m0.000s\n');

const umask: Builtin = (b) => {
  const arg = b.argv[1];
  if (arg === undefined) {
    const mask = b.sys.umask(0);
    b.sys.umask(mask);
    return output(b, mask.toString(8).padStart(4, '0') + '\n');
  }
  if (!/^[0-7]{1,4}$/.test(arg)) {
    shellError(b.sys, `umask: ${arg}: octal number out of range`);
    return 1;
  }
  b.sys.umask(parseInt(arg, 8));
  return 0;
};

const enable: Builtin = (b) => {
  let args = b.argv.slice(1);
  let off = false;
  while (args[0]?.startsWith('-')) {
    if (args[0].includes('n')) off = true;
    args = args.slice(1);
  }
  if (args.length === 0) {
    const names = [...BUILTIN_NAMES].filter((n) => off === b.sh.disabled.has(n)).sort();
    return output(b, names.map((n) => `enable ${off ? '-n ' : ''}${n}\n`).join(''));
  }
  let status = 0;
  for (const n of args) {
    if (!BUILTIN_NAMES.has(n)) {
      shellError(b.sys, `enable: ${n}: not a shell builtin`);
      status = 1;
    } else if (off) b.sh.disabled.add(n);
    else b.sh.disabled.delete(n);
  }
  return status;
};

const hash: Builtin = (b) => {
  if (b.argv.length === 1) return output(b, 'hash: hash table empty\n');
  return 0;
};

export const FLOW_BUILTINS: Readonly<Record<string, Builtin>> = {
  break: loopControl('break'),
  continue: loopControl('continue'),
  return: returnBuiltin,
  shift,
  eval: evalBuiltin,
  source,
  '.': source,
  let: letBuiltin,
  type,
  command,
  builtin,
  alias,
  unalias,
  times,
  umask,
  hash,
  enable,
};
