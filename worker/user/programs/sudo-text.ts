// The texts sudo 1.9.13 (Debian 12) prints about itself: its usage lines, `sudo -h`, `sudo -V` as an
// ordinary user sees it, and the sudoers listing of `sudo -l` and `sudo -ll` for the playground's
// policy, which is Debian's /etc/sudoers with the group `sudo` needing no password:
//   Defaults env_reset, mail_badpass, secure_path="...", use_pty
//   root ALL=(ALL:ALL) ALL
//   %sudo ALL=(ALL:ALL) NOPASSWD: ALL

export const SECURE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** usage(): what a usage error prints on stderr (80 columns wide). */
export const USAGE = [
  'usage: sudo -h | -K | -k | -V',
  'usage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]',
  'usage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user] [-u user]',
  '            [command [arg ...]]',
  'usage: sudo [-ABbEHkNnPS] [-r role] [-t type] [-C num] [-D directory] [-g',
  '            group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user]',
  '            [VAR=value] [-i | -s] [command [arg ...]]',
  'usage: sudo -e [-ABkNnS] [-r role] [-t type] [-C num] [-D directory] [-g group]',
  '            [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] file ...',
]
  .map((line) => line + '\n')
  .join('');

/** help(): the first line, the usage, then the options. */
export const HELP_TEXT =
  'sudo - execute a command as another user\n\n' +
  USAGE +
  [
    '',
    'Options:',
    '  -A, --askpass                 use a helper program for password prompting',
    '  -b, --background              run command in the background',
    '  -B, --bell                    ring bell when prompting',
    '  -C, --close-from=num          close all file descriptors >= num',
    '  -D, --chdir=directory         change the working directory before running',
    '                                command',
    '  -E, --preserve-env            preserve user environment when running command',
    '      --preserve-env=list       preserve specific environment variables',
    '  -e, --edit                    edit files instead of running a command',
    '  -g, --group=group             run command as the specified group name or ID',
    "  -H, --set-home                set HOME variable to target user's home dir",
    '  -h, --help                    display help message and exit',
    '  -h, --host=host               run command on host (if supported by plugin)',
    '  -i, --login                   run login shell as the target user; a command',
    '                                may also be specified',
    '  -K, --remove-timestamp        remove timestamp file completely',
    '  -k, --reset-timestamp         invalidate timestamp file',
    "  -l, --list                    list user's privileges or check a specific",
    '                                command; use twice for longer format',
    '  -n, --non-interactive         non-interactive mode, no prompts are used',
    '  -P, --preserve-groups         preserve group vector instead of setting to',
    "                                target's",
    '  -p, --prompt=prompt           use the specified password prompt',
    '  -R, --chroot=directory        change the root directory before running command',
    '  -r, --role=role               create SELinux security context with specified',
    '                                role',
    '  -S, --stdin                   read password from standard input',
    '  -s, --shell                   run shell as the target user; a command may',
    '                                also be specified',
    '  -t, --type=type               create SELinux security context with specified',
    '                                type',
    '  -T, --command-timeout=timeout terminate command after the specified time limit',
    '  -U, --other-user=user         in list mode, display privileges for user',
    '  -u, --user=user               run command (or edit file) as specified user',
    '                                name or ID',
    '  -V, --version                 display version information and exit',
    "  -v, --validate                update user's timestamp without running a",
    '                                command',
    '  --                            stop processing command line arguments',
  ]
    .map((line) => line + '\n')
    .join('');

/** `sudo -V` for a user who is not root (root also gets the compiled-in defaults). */
export const VERSION_TEXT =
  'Sudo version 1.9.13p3\nSudoers policy plugin version 1.9.13p3\nSudoers file grammar version 50\n' +
  'Sudoers I/O plugin version 1.9.13p3\nSudoers audit plugin version 1.9.13p3\n';

/** The Defaults that apply to every user, as `sudo -l` lists them. */
const DEFAULTS = ['env_reset', 'mail_badpass', `secure_path=${SECURE_PATH.replace(/:/g, '\\:')}`, 'use_pty'];

/**
 * `sudo -l` (long: `-ll`) for USER, allowed as root or as a member of group sudo. The Defaults are
 * wrapped at 80 columns unless the output goes down a pipe, as sudo does.
 */
export function listing(user: string, host: string, asRoot: boolean, long: boolean, wrap: boolean): string {
  const defaults = wrap
    ? `    ${DEFAULTS.slice(0, 2).join(', ')},\n    ${DEFAULTS[2]},\n    ${DEFAULTS[3]}\n`
    : `    ${DEFAULTS.join(', ')}\n`;
  const head = `Matching Defaults entries for ${user} on ${host}:\n${defaults}\n`;
  const intro = `User ${user} may run the following commands on ${host}:\n`;
  if (!long) return head + intro + `    (ALL : ALL) ${asRoot ? '' : 'NOPASSWD: '}ALL\n`;
  const options = asRoot ? '' : '    Options: !authenticate\n';
  return (
    head +
    intro +
    `\nSudoers entry:\n    RunAsUsers: ALL\n    RunAsGroups: ALL\n${options}    Commands:\n\tALL\n`
  );
}
