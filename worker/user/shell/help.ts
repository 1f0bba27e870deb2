// The playground's own `help` text: one line per command the shell has (builtins and programs),
// a short description for `help NAME`, and the well-known commands it lacks (to say so).

import { help as textHelp } from '../coreutils/text/help';
import { help as sedHelp } from '../coreutils/sed/help';
import { help as awkHelp } from '../coreutils/awk/help';
import { help as byteHelp } from '../coreutils/bytes/help';
import { help as fileHelp } from '../coreutils/files/help';
import { help as linkHelp } from '../coreutils/links/help';
import { help as procHelp } from '../coreutils/procps/help';
import { help as invocationHelp } from '../coreutils/invocation/help';
import { LANGUAGE_HELP } from './help-language';

export interface HelpEntry {
  readonly usage: string;
  readonly summary: string;
  /** More lines for `help NAME`. */
  readonly details?: readonly string[];
}

/** The commands the page answers itself (they act on the session, not the kernel). */
export const PAGE_COMMANDS_NOTE =
  'In the page, also: share [TITLE] (a link to this session), share --script (this session as a\n' +
  'bash script for a real kernel), undo [N] (go back N steps).\n';

export const HELP: Readonly<Record<string, HelpEntry>> = {
  ...textHelp,
  ...sedHelp,
  ...awkHelp,
  ...byteHelp,
  ...fileHelp,
  ...linkHelp,
  ...procHelp,
  ...invocationHelp,
  ...LANGUAGE_HELP,
  ':': { usage: ': [arguments]', summary: 'Do nothing, successfully.' },
  cat: { usage: 'cat [-nA] [FILE]...', summary: 'Print files (or standard input) to standard output.' },
  cd: { usage: 'cd [DIR | -]', summary: 'Change the working directory (default $HOME; - is $OLDPWD).' },
  chmod: {
    usage: 'chmod [-R] MODE FILE...',
    summary: 'Change mode bits (octal, or symbolic like u+x,go-w).',
  },
  chown: { usage: 'chown [-R] OWNER[:GROUP] FILE...', summary: 'Change owner and group (names or numbers).' },
  bg: { usage: 'bg [JOB]', summary: 'Continue a stopped job in the background.' },
  clear: { usage: 'clear', summary: 'Clear the terminal screen.' },
  container: {
    usage: 'container run|exec|ls|rm [ARG]...',
    summary: 'Run containers: their own mount namespace, a minimal root, bind mounts, a default user.',
    details: [
      'run NAME [--bind SRC:DST]... [--user USER]',
      '    Start container NAME (root only): a new mount namespace whose root is an empty ramfs',
      '    with /etc (copies of passwd and group), /tmp, /dev/null and /dev/pts, plus each host',
      '    path SRC bound at DST. Nothing else of the host, tracefs included, is visible inside.',
      '    USER (default root) is who `exec` runs as. An init process (`pause`) holds it.',
      'exec [--user USER] NAME [CMD [ARG]...]',
      '    A shell inside NAME as its user, at `/` (prompt USER@NAME); `exit` or Ctrl-D leaves.',
      '    With CMD, run that command inside instead. `suspend` stops the shell; `fg` resumes it.',
      'ls',
      '    Each container: user, init pid, processes running besides init, bind mounts.',
      'rm [-f] NAME',
      '    Remove NAME; refused while processes run in it (-f kills them first).',
      'State: /run/containers/NAME/config, readable by every root shell of the machine.',
    ],
  },
  disown: {
    usage: 'disown [-h] [-ar] [%JOB | PID]...',
    summary: 'Remove jobs from the job table; their processes go on.',
  },
  echo: {
    usage: 'echo [-neE] [ARG]...',
    summary: 'Write arguments to standard output, one write() per line.',
  },
  exec: {
    usage: 'exec [REDIRECTION]...',
    summary: "Change the shell's own descriptors: exec 3<>FILE, exec 3>&-.",
  },
  exit: { usage: 'exit [N]', summary: 'Leave the shell with status N.' },
  explain: {
    usage: 'explain PATH | -w FILE TEXT | ERRNO | certified',
    summary:
      'Explain a tracefs file, a write to one, or an errno (a playground program, not a Linux command).',
    details: [
      'PATH: what a tracefs file or directory is, what reading and writing it do.',
      "-w FILE 'TEXT': how the kernel reads TEXT written to FILE, token by token: dynamic_events,",
      '    set_event, namespaces/NAME/options, or register (a DIAG_IOCSREG command).',
      'ERRNO: a name (EBUSY) or number (16), and what gives it in tracefs and user_events.',
      "certified: what a lesson's Certified mark means, and what its comparison with a real kernel hides.",
    ],
  },
  export: {
    usage: 'export [-p] [NAME[=VALUE]]...',
    summary: 'Mark variables for the environment of commands.',
  },
  false: { usage: 'false', summary: 'Return an unsuccessful status.' },
  fg: { usage: 'fg [JOB]', summary: 'Bring a job (or a suspended shell) to the foreground.' },
  grep: { usage: 'grep [-ivcnqlhHEFwxo] PATTERN [FILE]...', summary: 'Print lines matching a pattern.' },
  head: { usage: 'head [-n N | -c N] [FILE]...', summary: 'Print the first lines (default 10) of files.' },
  help: { usage: 'help [NAME]', summary: 'List the commands, or describe one.' },
  history: { usage: 'history [-c] [N]', summary: 'Show the numbered command history.' },
  id: { usage: 'id [-u | -g | -G] [-n] [USER]', summary: 'Print user and group ids.' },
  jobs: {
    usage: 'jobs [-lp]',
    summary: 'List background jobs (COMMAND & starts one; they run on the virtual clock).',
  },
  kill: {
    usage: 'kill [-s SIG | -SIG] PID | %JOB...',
    summary: 'Send a signal (default TERM) to a process or a job; kill -l lists signals.',
  },
  ls: { usage: 'ls [-laA1RdiF] [FILE]...', summary: 'List directory contents.' },
  mkdir: { usage: 'mkdir [-p] [-m MODE] DIR...', summary: 'Create directories.' },
  mount: { usage: 'mount [--bind SOURCE TARGET]', summary: 'Bind-mount a directory, or list mounts.' },
  printf: { usage: 'printf [-v VAR] FORMAT [ARG]...', summary: 'Formatted output, one write() per line.' },
  pwd: { usage: 'pwd', summary: 'Print the working directory.' },
  rm: { usage: 'rm [-rf] FILE...', summary: 'Remove files (or directories with -r).' },
  rmdir: { usage: 'rmdir [-p] DIR...', summary: 'Remove directories.' },
  sleep: {
    usage: 'sleep SECONDS',
    summary: "Let time pass on the model's clock; background jobs run at their own times meanwhile.",
  },
  stat: {
    usage: 'stat [-c FORMAT] FILE...',
    summary: 'Show file status (%a %A %U %G %u %g %n %s %F %i %h %y ...).',
  },
  su: { usage: 'su [-] [USER]', summary: "Start USER's shell (root only; no passwords); exit returns." },
  sudo: {
    usage: 'sudo [-u USER] [-g GROUP] [-E] [-i | -s] [COMMAND [ARG]...] | sudo -l [CMD] | sudo -v | -k',
    summary: 'Run COMMAND as root (or USER): root and the members of group sudo may, without a password.',
  },
  suspend: { usage: 'suspend', summary: 'Stop an su or container shell; fg in the shell below resumes it.' },
  tail: { usage: 'tail [-n N | -c N] [FILE]...', summary: 'Print the last lines (default 10) of files.' },
  touch: { usage: 'touch FILE...', summary: 'Create empty files.' },
  tree: { usage: 'tree [-a] [-d] [-L N] [DIR]...', summary: 'List a directory tree.' },
  true: { usage: 'true', summary: 'Return a successful status.' },
  type: { usage: 'type NAME...', summary: 'Tell whether a name is a builtin or a program.' },
  uevent: {
    usage: 'uevent COMMAND [ARG]...',
    summary: 'Use the user_events ABI: register, unregister, write, enabled, emit.',
    details: [
      'emit [-d DIR] [--count N] [--interval DURATION] ...  writes N times, DURATION apart',
      '    (e.g. 500ms, 1s) on the virtual clock, keeping its descriptors open meanwhile.',
    ],
  },
  umount: { usage: 'umount TARGET', summary: 'Remove a mount.' },
  unset: { usage: 'unset NAME...', summary: 'Remove variables.' },
  wait: {
    usage: 'wait [-fn] [-p VAR] [PID | %JOB]...',
    summary: 'Wait for background jobs (-n: the next one) to end (time passes meanwhile).',
  },
  wc: { usage: 'wc [-lwc] [FILE]...', summary: 'Count lines, words and bytes.' },
  whoami: { usage: 'whoami', summary: 'Print the current user name.' },
};

/** Real commands a tutorial might type that this shell does not have: they get a hint towards `help`. */
export const WELL_KNOWN = new Set(
  (
    'bc df du file free gawk gcc git hostname less make man more nano perf python python3 strace ' +
    'tac top trace-cmd vi vim watch which'
  ).split(' '),
);

export function lackingHint(name: string): string {
  return `(this playground's shell has no '${name}'; 'help' lists the commands it has)`;
}
