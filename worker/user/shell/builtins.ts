// Models the bash builtins the playground has (builtins/*.def): they run in the shell's own task,
// write their output through line-buffered stdio and report `bash: NAME: ...` on failure.

import { strerror } from '../../kernel/lib/errno';
import { encodeText } from '../bytes';
import { echoEscapes, formatPrintf } from './printf';
import { compareBytes } from './glob';
import { HELP, PAGE_COMMANDS_NOTE } from './help';
import { output, shellError, type Builtin } from './builtin-io';
import { JOB_BUILTINS } from './job-builtins';
import { TEST_BUILTINS } from './test-builtin';
import { VAR_BUILTINS } from './var-builtins';
import { set } from './set-builtin';
import { trap } from './trap-builtin';
import { shopt } from './shopt-builtin';
import { BUILTIN_NAMES, FLOW_BUILTINS } from './flow-builtins';
import { READ_BUILTINS } from './read-builtins';

export { shellError, type Builtin, type BuiltinContext } from './builtin-io';

const echo: Builtin = (b) => {
  let i = 1;
  let newline = true;
  let escapes = false;
  for (; i < b.argv.length && /^-[neE]+$/.test(b.argv[i]); i++) {
    for (const c of b.argv[i].slice(1)) {
      if (c === 'n') newline = false;
      else escapes = c === 'e';
    }
  }
  let text = b.argv.slice(i).join(' ');
  if (escapes) {
    const u = echoEscapes(text);
    text = u.text;
    if (u.stop) newline = false;
  }
  return output(b, newline ? text + '\n' : text);
};

const printf: Builtin = (b) => {
  let args = b.argv.slice(1);
  let target: string | null = null;
  const usage = () => {
    b.sys.write(2, encodeText('printf: usage: printf [-v var] format [arguments]\n'));
    return 2;
  };
  // NOTE: as bash's internal_getopt("v:"): a first argument starting with `-` is options.
  while (args.length > 0 && args[0].length > 1 && args[0].startsWith('-')) {
    if (args[0] === '--') {
      args = args.slice(1);
      break;
    }
    const c = args[0][1];
    if (c !== 'v') {
      shellError(b.sys, `printf: -${c}: invalid option`);
      return usage();
    }
    target = args[0].length > 2 ? args[0].slice(2) : (args[1] ?? null);
    if (target === null) {
      shellError(b.sys, 'printf: -v: option requires an argument');
      return usage();
    }
    args = args.slice(args[0].length > 2 ? 1 : 2);
  }
  if (args.length === 0) return usage();
  const m = target === null ? null : /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.+)\])?$/.exec(target);
  if (target !== null && !m) {
    shellError(b.sys, `printf: \`${target}': not a valid identifier`);
    return 2;
  }
  const r = formatPrintf(args[0], args.slice(1));
  for (const e of r.errors) shellError(b.sys, `printf: ${e}`);
  if (m) {
    if (m[2] === undefined) b.sh.setVar(m[1], r.output);
    else {
      const v = b.sh.arrayOf(m[1]);
      v.array!.set(v.assoc ? m[2] : String(Number(m[2]) || 0), r.output);
    }
    return r.status;
  }
  return output(b, r.output) || r.status;
};

const cd: Builtin = (b) => {
  let args = b.argv.slice(1);
  while (args.length > 0 && /^-[LPe@]+$/.test(args[0])) args = args.slice(1);
  if (args[0] === '--') args = args.slice(1);
  else if (args[0] !== undefined && /^-./.test(args[0]) && args[0] !== '-') {
    shellError(b.sys, `cd: ${args[0].slice(0, 2)}: invalid option`);
    b.sys.write(2, encodeText('cd: usage: cd [-L|[-P [-e]] [-@]] [dir]\n'));
    return 2;
  }
  if (args.length > 1) {
    shellError(b.sys, 'cd: too many arguments');
    return 1;
  }
  let dir: string | undefined = args[0];
  let print = false;
  if (dir === undefined) {
    dir = b.sh.getVar('HOME');
    if (dir === undefined) {
      shellError(b.sys, 'cd: HOME not set');
      return 1;
    }
  } else if (dir === '-') {
    dir = b.sh.getVar('OLDPWD');
    if (dir === undefined) {
      shellError(b.sys, 'cd: OLDPWD not set');
      return 1;
    }
    print = true;
  }
  if (dir === '') return 0;
  const err = b.sys.chdir(dir);
  if (err < 0) {
    shellError(b.sys, `cd: ${dir}: ${strerror(err)}`);
    return 1;
  }
  b.sh.setVar('OLDPWD', b.sh.getVar('PWD') ?? dir);
  b.sh.setVar('PWD', b.sys.getcwd());
  return print ? output(b, b.sys.getcwd() + '\n') : 0;
};

const pwd: Builtin = (b) => output(b, b.sys.getcwd() + '\n');

const exec: Builtin = (b) => {
  if (b.argv.length < 2) return 0;
  shellError(b.sys, `exec: ${b.argv[1]}: cannot replace the playground's shell; run it without exec`);
  return 1;
};

const history: Builtin = (b) => {
  const arg = b.argv[1];
  if (arg === '-c') {
    b.sh.history.length = 0;
    return 0;
  }
  if (arg !== undefined && !/^\d+$/.test(arg)) {
    shellError(b.sys, `history: ${arg}: numeric argument required`);
    return 1;
  }
  const all = b.sh.history;
  const first = arg === undefined ? 0 : Math.max(0, all.length - Number(arg));
  const lines = all.slice(first).map((line, i) => `${String(first + i + 1).padStart(5)}  ${line}\n`);
  return output(b, lines.join(''));
};

/** Usages up to this wide share their line with the summary in `help`'s list. */
const HELP_COLUMN = 36;

const help: Builtin = (b) => {
  const names = b.argv.slice(1);
  if (names.length === 0) {
    const lines = Object.keys(HELP)
      .sort(compareBytes)
      .map((n) => {
        const { usage, summary } = HELP[n];
        return usage.length <= HELP_COLUMN
          ? `${usage.padEnd(HELP_COLUMN)}  ${summary}\n`
          : `${usage}\n${' '.repeat(HELP_COLUMN + 2)}${summary}\n`;
      });
    return output(
      b,
      'Commands of this playground shell (help NAME describes one):\n' + lines.join('') + PAGE_COMMANDS_NOTE,
    );
  }
  let status = 0;
  let text = '';
  for (const n of names) {
    const h = Object.hasOwn(HELP, n) ? HELP[n] : undefined;
    if (!h) {
      shellError(
        b.sys,
        `help: no help topics match \`${n}'.  Try \`help help' or \`man -k ${n}' or \`info ${n}'.`,
      );
      status = 1;
      continue;
    }
    text += `${n}: ${h.usage}\n    ${h.summary}\n`;
    for (const line of h.details ?? []) text += `    ${line}\n`;
  }
  return output(b, text) || status;
};

const clear: Builtin = (b) => output(b, '\x1b[H\x1b[2J\x1b[3J');

const exit: Builtin = (b) => {
  const arg = b.argv[1];
  if (!b.sh.forked && b.sh.interactive) b.sys.write(2, encodeText('exit\n'));
  if (b.sh.jobs.hasStopped() && !b.sh.jobs.warnedStopped) {
    b.sh.jobs.warnedStopped = true;
    b.sys.write(2, encodeText('There are stopped jobs.\n'));
    return 1;
  }
  if (arg !== undefined && !/^-?\d+$/.test(arg)) {
    shellError(b.sys, `exit: ${arg}: numeric argument required`);
    b.sh.exitStatus = 2;
    return 2;
  }
  const status = arg === undefined ? b.sh.status : Number(arg) & 0xff;
  b.sh.exitStatus = status;
  return status;
};

export const BUILTINS: Readonly<Record<string, Builtin>> = {
  ...JOB_BUILTINS,
  ...TEST_BUILTINS,
  ...VAR_BUILTINS,
  set,
  trap,
  shopt,
  ...FLOW_BUILTINS,
  ...READ_BUILTINS,
  ':': () => 0,
  true: () => 0,
  false: () => 1,
  cd,
  clear,
  echo,
  exec,
  exit,
  help,
  history,
  printf,
  pwd,
};

/** The builtin of that name, if the shell has one (own properties only: `toString` is no builtin). */
export function findBuiltin(name: string): Builtin | null {
  return Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : null;
}

for (const name of Object.keys(BUILTINS)) BUILTIN_NAMES.add(name);
