// Models mawk's command line (main.c, process_cmdline): -f FILE (several), -F SEP, -v NAME=VALUE,
// -W options (version, usage/help; the others accepted and ignored), `--`; without -f the first
// operand is the program; the rest become ARGV. mawk's own messages: "not an option", "option -f
// lacks argument", "improper assignment", "vacuous option"; usage goes to stderr when no program.

export const USAGE = `Usage: mawk [Options] [Program] [file ...]

Program:
    The -f option value is the name of a file containing program text.
    If no -f option is given, a "--" ends option processing; the following
    parameters are the program text.

Options:
    -f program-file  Program  text is read from file instead of from the
                     command-line.  Multiple -f options are accepted.
    -F value         sets the field separator, FS, to value.
    -v var=value     assigns value to program variable var.
    --               unambiguous end of options.

    Implementation-specific options are prefixed with "-W".  They can be
    abbreviated:

    -W version       show version information and exit.
    -W dump          show assembler-like listing of program and exit.
    -W help          show this message and exit.
    -W interactive   set unbuffered output, line-buffered input.
    -W exec file     use file as program as well as last option.
    -W random=number set initial random seed.
    -W sprintf=number adjust size of sprintf buffer.
    -W posix_space   do not consider "\\n" a space.
    -W usage         show this message and exit.
`;

export const VERSION = `mawk 1.3.4 20200120
Copyright 2008-2019,2020, Thomas E. Dickey
Copyright 1991-1996,2014, Michael D. Brennan

`;

export const LIMITS = `random-funcs:       srandom/random
regex-funcs:        internal
compiled limits:
sprintf buffer      8192
maximum-integer     2147483647
`;

export interface CommandLine {
  /** Program files named by -f, in order. */
  readonly files: string[];
  /** The program text when no -f was given. */
  program: string | null;
  fs: string | null;
  readonly assigns: string[];
  /** ARGV[1..]. */
  readonly operands: string[];
  /** Warnings to print first (vacuous -W options). */
  readonly warnings: string[];
}

/** What the command line asks for, or a request to stop: a message and the exit status. */
export type Parsed =
  { kind: 'run'; cmd: CommandLine } | { kind: 'stop'; status: number; stdout?: string; stderr?: string };

const W_OPTIONS = [
  'version',
  'dump',
  'help',
  'interactive',
  'exec',
  'random',
  'sprintf',
  'posix_space',
  'usage',
];

export function parseCommandLine(prog: string, argv: readonly string[]): Parsed {
  const cmd: CommandLine = { files: [], program: null, fs: null, assigns: [], operands: [], warnings: [] };
  let i = 0;
  const fail = (message: string): Parsed => ({ kind: 'stop', status: 2, stderr: `${prog}: ${message}\n` });
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a.length < 2 || a[0] !== '-') break;
    const opt = a[1];
    if (!'fFvW'.includes(opt)) return fail(`not an option: ${a}`);
    let value = a.slice(2);
    if (value === '') {
      if (i + 1 >= argv.length) return fail(`option -${opt} lacks argument`);
      value = argv[++i];
    }
    if (opt === 'f') cmd.files.push(value);
    else if (opt === 'F') cmd.fs = value;
    else if (opt === 'v') {
      if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(value)) return fail(`improper assignment: -v ${value}`);
      cmd.assigns.push(value);
    } else {
      const word = value.split('=')[0];
      const full = W_OPTIONS.find((w) => word.length > 0 && w.startsWith(word));
      if (full === 'version') return { kind: 'stop', status: 0, stdout: VERSION, stderr: LIMITS };
      if (full === 'usage' || full === 'help') return { kind: 'stop', status: 0, stderr: USAGE };
      if (full === 'exec') {
        if (i + 1 >= argv.length) return fail(`option -W exec lacks argument`);
        cmd.files.push(argv[++i]);
        i++;
        break;
      }
      if (!full) cmd.warnings.push(`${prog}: vacuous option: -W ${value}\n`);
    }
  }
  const rest = argv.slice(i);
  if (cmd.files.length === 0) {
    if (rest.length === 0) return { kind: 'stop', status: 0, stderr: USAGE };
    cmd.program = rest.shift()!;
  }
  cmd.operands.push(...rest);
  return { kind: 'run', cmd };
}

/** A command-line or -v assignment NAME=VALUE: its parts, or null when the operand is a file. */
export function assignment(text: string): [string, string] | null {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(text);
  return m ? [m[1], text.slice(m[0].length)] : null;
}
