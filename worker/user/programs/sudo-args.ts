// Models sudo 1.9.13's parse_args(): getopt_long with a leading `+` (the command's own options are
// left alone), one mode among -h, -V, -K, -l, -v and running a command (-k may go with any), -i and
// -s for a shell, leading VAR=value operands for the command's environment, and the usage errors
// sudo gives for what does not go together. Not modelled (rejected as invalid options): -a, -b, -C,
// -c, -e, -R, -r, -T, -t, and -h's remote host.

import { getoptInOrder, type GetoptSpec } from '../coreutils/invocation/getopt-order';

export type SudoMode = 'help' | 'version' | 'kill' | 'list' | 'validate' | 'run';

export interface SudoRequest {
  mode: SudoMode;
  /** -l given twice: the long listing. */
  longList: boolean;
  /** -k: forget the cached credentials first (there are none: no passwords). */
  invalidate: boolean;
  user: string | null;
  group: string | null;
  /** -U: whose privileges -l lists. */
  otherUser: string | null;
  login: boolean;
  shell: boolean;
  preserveEnv: boolean;
  /** --preserve-env=LIST: these variables are kept besides the usual ones. */
  keepVars: string[];
  setHome: boolean;
  preserveGroups: boolean;
  chdir: string | null;
  assignments: Array<[string, string]>;
  command: string[];
}

const SPEC: GetoptSpec = {
  short: 'ABD:EHg:hiKklnPp:SsU:u:Vv',
  long: {
    askpass: { key: 'A', arg: 'none' },
    bell: { key: 'B', arg: 'none' },
    chdir: { key: 'D', arg: 'required' },
    'preserve-env': { key: 'E', arg: 'optional' },
    group: { key: 'g', arg: 'required' },
    'set-home': { key: 'H', arg: 'none' },
    help: { key: 'h', arg: 'none' },
    login: { key: 'i', arg: 'none' },
    'remove-timestamp': { key: 'K', arg: 'none' },
    'reset-timestamp': { key: 'k', arg: 'none' },
    list: { key: 'l', arg: 'none' },
    'non-interactive': { key: 'n', arg: 'none' },
    'preserve-groups': { key: 'P', arg: 'none' },
    prompt: { key: 'p', arg: 'required' },
    stdin: { key: 'S', arg: 'none' },
    shell: { key: 's', arg: 'none' },
    'other-user': { key: 'U', arg: 'required' },
    user: { key: 'u', arg: 'required' },
    version: { key: 'V', arg: 'none' },
    validate: { key: 'v', arg: 'none' },
  },
};

const MODES: Readonly<Record<string, SudoMode>> = {
  h: 'help',
  V: 'version',
  K: 'kill',
  l: 'list',
  v: 'validate',
};

/** What sudo prints before its usage lines: a message of its own, or nothing (null). */
export interface UsageError {
  readonly usage: string | null;
}

/** Parses argv[1..]: the request, or the usage error to print. */
export function parseSudoArgs(args: readonly string[]): SudoRequest | UsageError {
  const p = getoptInOrder(SPEC, args);
  if ('error' in p) return { usage: p.error };
  const r: SudoRequest = {
    mode: 'run',
    longList: false,
    invalidate: false,
    user: null,
    group: null,
    otherUser: null,
    login: false,
    shell: false,
    preserveEnv: false,
    keepVars: [],
    setHome: false,
    preserveGroups: false,
    chdir: null,
    assignments: [],
    command: [],
  };
  const modes = new Set<SudoMode>();
  for (const [key, arg] of p.options) {
    if (Object.hasOwn(MODES, key)) {
      if (key === 'l' && modes.has('list')) r.longList = true;
      modes.add(MODES[key]);
    } else if (key === 'k') r.invalidate = true;
    else if (key === 'u') r.user = arg ?? '';
    else if (key === 'g') r.group = arg ?? '';
    else if (key === 'U') r.otherUser = arg ?? '';
    else if (key === 'i') r.login = true;
    else if (key === 's') r.shell = true;
    else if (key === 'E') {
      if (arg === undefined) r.preserveEnv = true;
      else r.keepVars.push(...arg.split(',').filter(Boolean));
    } else if (key === 'H') r.setHome = true;
    else if (key === 'P') r.preserveGroups = true;
    else if (key === 'D') r.chdir = arg ?? '';
  }
  if (modes.size > 1)
    return { usage: 'Only one of the -e, -h, -i, -K, -l, -s, -v or -V options may be specified' };
  if (r.login && r.shell) return { usage: 'you may not specify both the -i and -s options' };
  if (r.login && r.preserveEnv) return { usage: 'you may not specify both the -i and -E options' };
  r.mode = [...modes][0] ?? 'run';
  let operands = p.operands;
  while (r.mode === 'run' && operands.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(operands[0])) {
    const eq = operands[0].indexOf('=');
    r.assignments.push([operands[0].slice(0, eq), operands[0].slice(eq + 1)]);
    operands = operands.slice(1);
  }
  r.command = operands;
  if (r.otherUser !== null && r.mode !== 'list')
    return { usage: 'the -U option may only be used with the -l option' };
  return fitsMode(r) ? r : { usage: null };
}

/** Whether the options and operands go with the mode, as sudo's usage checks have it. */
function fitsMode(r: SudoRequest): boolean {
  const extra = r.user !== null || r.group !== null || r.login || r.shell;
  const command = r.command.length > 0;
  switch (r.mode) {
    case 'help':
    case 'version':
      return !extra && !command && !r.invalidate;
    case 'kill':
      return !extra && !command;
    case 'validate':
      return !r.login && !r.shell && !command;
    case 'list':
      return !r.login && !r.shell && (command || r.user === null);
    case 'run':
      return (
        command ||
        r.login ||
        r.shell ||
        (r.invalidate && r.user === null && r.group === null && r.assignments.length === 0)
      );
  }
}
