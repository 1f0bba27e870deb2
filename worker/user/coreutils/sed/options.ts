// Models sed.c's command line: glibc getopt_long over "bsnrzuEe:f:l:i::V:" and sed's long options
// (unique abbreviations accepted, operands may come before options, `--` ends them), each option
// handled as it is met, so -e and -f scripts compile in their order; usage() on a bad option (to
// standard error, status 1) and for --help (to standard output); --version's text.

export interface Option {
  /** The short letter, or the long name for options that have none. */
  readonly key: string;
  readonly value: string | null;
}

/**
 * The result of the scan: options in order and operands; `error` is getopt's diagnostic for the
 * option where it stopped (the options before it still take effect first, as sed handles each as
 * getopt returns it).
 */
export interface Scan {
  readonly options: Option[];
  readonly operands: string[];
  readonly error: string | null;
}

const SHORT_FLAGS = 'bsnrzuE';
const SHORT_WITH_ARG = 'efl';
const SHORT_OPTIONAL = 'i';
const SHORT_HIDDEN_ARG = 'V';

type HasArg = 0 | 1 | 2;

/** sed.c's longopts, in its order (getopt lists ambiguous candidates in this order). */
const LONG: readonly [string, HasArg, string][] = [
  ['binary', 0, 'b'],
  ['regexp-extended', 0, 'r'],
  ['debug', 0, 'debug'],
  ['expression', 1, 'e'],
  ['file', 1, 'f'],
  ['in-place', 2, 'i'],
  ['line-length', 1, 'l'],
  ['null-data', 0, 'z'],
  ['zero-terminated', 0, 'z'],
  ['quiet', 0, 'n'],
  ['posix', 0, 'posix'],
  ['silent', 0, 'n'],
  ['sandbox', 0, 'sandbox'],
  ['separate', 0, 's'],
  ['unbuffered', 0, 'u'],
  ['version', 0, 'version'],
  ['help', 0, 'help'],
  ['follow-symlinks', 0, 'follow-symlinks'],
];

function findLong(name: string): [string, HasArg, string] | { error: string } | null {
  const exact = LONG.find(([n]) => n === name);
  if (exact) return exact;
  const found = LONG.filter(([n]) => n.startsWith(name));
  if (found.length === 0) return null;
  const [first] = found;
  if (found.every(([, a, k]) => a === first[1] && k === first[2])) return first;
  return {
    error: `option '--${name}' is ambiguous; possibilities:${found.map(([n]) => ` '--${n}'`).join('')}`,
  };
}

/** getopt_long() over the whole argument vector. */
export function scanOptions(args: readonly string[]): Scan {
  const options: Option[] = [];
  const operands: string[] = [];
  const stop = (error: string): Scan => ({ options, operands, error });
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const found = findLong(name);
      if (found === null) return stop(`unrecognized option '${a}'`);
      if ('error' in found) return stop(found.error);
      const [full, hasArg, key] = found;
      if (eq >= 0 && hasArg === 0) return stop(`option '--${full}' doesn't allow an argument`);
      let value: string | null = eq >= 0 ? a.slice(eq + 1) : null;
      if (hasArg === 1 && value === null) {
        if (i + 1 >= args.length) return stop(`option '--${full}' requires an argument`);
        value = args[++i];
      }
      options.push({ key, value });
      continue;
    }
    if (a.length < 2 || a[0] !== '-') {
      operands.push(a);
      continue;
    }
    for (let k = 1; k < a.length; k++) {
      const c = a[k];
      if (SHORT_WITH_ARG.includes(c) || c === SHORT_HIDDEN_ARG) {
        if (k + 1 >= a.length && i + 1 >= args.length) {
          return stop(`option requires an argument -- '${c}'`);
        }
        options.push({ key: c, value: k + 1 < a.length ? a.slice(k + 1) : args[++i] });
        break;
      }
      if (c === SHORT_OPTIONAL) {
        options.push({ key: c, value: k + 1 < a.length ? a.slice(k + 1) : null });
        break;
      }
      if (!SHORT_FLAGS.includes(c)) return stop(`invalid option -- '${c}'`);
      options.push({ key: c, value: null });
    }
  }
  return { options, operands, error: null };
}

/** strtoimax() as -l reads it: leading blanks, a sign, digits; anything else stops it (0 if none). */
export function leadingInteger(text: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(text);
  return m ? Number(m[1]) : 0;
}

export const USAGE = `Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the \`l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
`;

/** --help adds where to report bugs. */
export const HELP_TAIL = 'E-mail bug reports to: <bug-sed@gnu.org>.\n';

export const VERSION = `sed (GNU sed) 4.9
Packaged by Debian
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Jay Fenlason, Tom Lord, Ken Pizzini,
Paolo Bonzini, Jim Meyering, and Assaf Gordon.

This sed program was built with SELinux support.
SELinux is disabled on this system.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
E-mail bug reports to: <bug-sed@gnu.org>.
`;
