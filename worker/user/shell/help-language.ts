// The playground's help lines for the shell language: its compound commands and the builtins that
// steer it (as bash's `help` lists them, shortened to one line each).

export const LANGUAGE_HELP: Readonly<Record<string, { usage: string; summary: string }>> = {
  '[': { usage: '[ EXPR ]', summary: 'Evaluate a conditional expression (the same as test).' },
  '[[': {
    usage: '[[ EXPR ]]',
    summary: 'Conditional command: patterns with ==, regular expressions with =~.',
  },
  '((': { usage: '(( EXPR ))', summary: 'Evaluate an arithmetic expression; true when it is not 0.' },
  alias: { usage: 'alias [NAME[=VALUE] ...]', summary: 'Define or display aliases.' },
  bash: {
    usage: 'bash [-c TEXT [NAME [ARG]...] | FILE [ARG]...]',
    summary: 'Run a script (or TEXT) in a new, non-interactive shell.',
  },
  break: { usage: 'break [N]', summary: 'Exit N enclosing for, while or until loops.' },
  builtin: {
    usage: 'builtin NAME [ARG]...',
    summary: 'Run a shell builtin, not a function of the same name.',
  },
  case: {
    usage: 'case WORD in [PATTERN [| PATTERN]...) COMMANDS ;;]... esac',
    summary: 'Run the commands of the first pattern WORD matches.',
  },
  command: {
    usage: 'command [-vV] NAME [ARG]...',
    summary: 'Run a command, not a function of the same name; -v says what NAME is.',
  },
  continue: { usage: 'continue [N]', summary: 'Go on with the next iteration of the Nth enclosing loop.' },
  declare: {
    usage: 'declare [-aAilrux] [-p] [NAME[=VALUE] ...]',
    summary: 'Set variable values and attributes (arrays, integers, readonly, export).',
  },
  eval: { usage: 'eval [ARG]...', summary: 'Run the arguments, joined, as shell commands.' },
  for: {
    usage: 'for NAME [in WORDS...]; do COMMANDS; done',
    summary: 'Run COMMANDS for each word; also for ((INIT; TEST; STEP)).',
  },
  function: {
    usage: 'NAME () { COMMANDS; }  or  function NAME { COMMANDS; }',
    summary: 'Define a shell function.',
  },
  getopts: { usage: 'getopts OPTSTRING NAME [ARG]...', summary: 'Parse positional parameters as options.' },
  if: {
    usage: 'if COMMANDS; then COMMANDS; [elif COMMANDS; then COMMANDS;]... [else COMMANDS;] fi',
    summary: 'Run commands on a condition.',
  },
  let: { usage: 'let ARG...', summary: 'Evaluate arithmetic expressions.' },
  local: { usage: 'local [OPTION] NAME[=VALUE] ...', summary: 'Define variables local to a function.' },
  mapfile: {
    usage: 'mapfile [-t] [-d DELIM] [-u FD] [ARRAY]',
    summary: 'Read lines from standard input into an indexed array.',
  },
  read: {
    usage: 'read [-r] [-a ARRAY] [-d DELIM] [-n N] [-p PROMPT] [-u FD] [NAME]...',
    summary: 'Read a line from standard input and split it into fields.',
  },
  readonly: { usage: 'readonly [-aA] [NAME[=VALUE] ...]', summary: 'Mark variables as unchangeable.' },
  return: { usage: 'return [N]', summary: 'Return from a shell function (or a sourced file) with status N.' },
  set: {
    usage: 'set [-eufxC] [-o OPTION] [--] [ARG]...',
    summary: 'Set shell options (errexit, nounset, xtrace, pipefail...) and positional parameters.',
  },
  sh: {
    usage: 'sh [-c TEXT [NAME [ARG]...] | FILE [ARG]...]',
    summary: "Run a script with Debian's sh (dash): the same language here, dash's messages.",
  },
  shift: { usage: 'shift [N]', summary: 'Shift positional parameters.' },
  source: {
    usage: 'source FILE [ARG]...',
    summary: 'Run the commands of FILE in this shell (also: . FILE).',
  },
  test: { usage: 'test [EXPR]', summary: 'Evaluate a conditional expression: files, strings, integers.' },
  trap: {
    usage: 'trap [-lp] [[ACTION] SIGNAL ...]',
    summary: 'Run ACTION when the shell exits (EXIT), a command fails (ERR) or a signal comes.',
  },
  typeset: { usage: 'typeset [-aAilrux] [-p] NAME[=VALUE] ...', summary: 'The same as declare.' },
  unalias: { usage: 'unalias [-a] NAME ...', summary: 'Remove aliases.' },
  unset: { usage: 'unset [-f] [-v] NAME ...', summary: 'Unset variables (or, with -f, functions).' },
  until: { usage: 'until COMMANDS; do COMMANDS; done', summary: 'Run COMMANDS while the test fails.' },
  while: { usage: 'while COMMANDS; do COMMANDS; done', summary: 'Run COMMANDS while the test succeeds.' },
};
