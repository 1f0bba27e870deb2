// Models the environment sudo 1.9.13 gives a command under Debian's `Defaults env_reset` (sudoers
// env.c rebuild_env): of the caller's variables only those in env_keep and env_check survive, in
// their order, PATH becoming secure_path; then MAIL, LOGNAME, USER, HOME and SHELL of the target
// user, then SUDO_COMMAND, SUDO_USER, SUDO_UID, SUDO_GID, the variables --preserve-env=LIST names,
// then the VAR=value of the command line.
// With -E the caller's environment stays whole but for PATH, LOGNAME and USER (and HOME with -H).
// Simplified: env_check's test for unsafe values (a `%` or `/` in TZ, TERM...) is not made.

import type { PasswdEntry } from '../passwd';
import { SECURE_PATH } from './sudo-text';

/** Debian 12's env_keep (`sudo -V` as root). */
const ENV_KEEP = new Set([
  'XDG_CURRENT_DESKTOP',
  'XAUTHORIZATION',
  'XAUTHORITY',
  'PS2',
  'PS1',
  'PATH',
  'LS_COLORS',
  'KRB5CCNAME',
  'HOSTNAME',
  'DPKG_COLORS',
  'DISPLAY',
  'COLORS',
]);

/** env_check: kept when their value looks safe. */
const ENV_CHECK = new Set(['TZ', 'TERM', 'LINGUAS', 'LANGUAGE', 'LANG', 'COLORTERM']);

function kept(name: string): boolean {
  return ENV_KEEP.has(name) || ENV_CHECK.has(name) || name.startsWith('LC_');
}

export interface SudoEnvOptions {
  /** -E: keep the caller's environment. */
  readonly preserve: boolean;
  /** --preserve-env=LIST: variables kept besides the usual ones. */
  readonly keepVars: readonly string[];
  /** -H: HOME is the target's even with -E. */
  readonly setHome: boolean;
  readonly target: PasswdEntry;
  /** Who ran sudo: the real uid and gid and the name. */
  readonly invoker: { readonly name: string; readonly uid: number; readonly gid: number };
  /** SUDO_COMMAND: the command's path and arguments. */
  readonly command: string;
  /** VAR=value operands before the command. */
  readonly assignments: ReadonlyArray<readonly [string, string]>;
}

/** The environment the command runs with. */
export function sudoEnvironment(
  callerEnv: ReadonlyMap<string, string>,
  o: SudoEnvOptions,
): Map<string, string> {
  const env = new Map<string, string>();
  for (const [name, value] of callerEnv) if (o.preserve || kept(name)) env.set(name, value);
  if (!o.preserve) env.set('MAIL', `/var/mail/${o.target.name}`);
  else if (o.setHome) env.set('HOME', o.target.home);
  env.set('PATH', SECURE_PATH);
  env.set('LOGNAME', o.target.name);
  env.set('USER', o.target.name);
  if (!o.preserve) {
    env.set('HOME', o.target.home);
    env.set('SHELL', o.target.shell);
  }
  env.set('SUDO_COMMAND', o.command);
  env.set('SUDO_USER', o.invoker.name);
  env.set('SUDO_UID', String(o.invoker.uid));
  env.set('SUDO_GID', String(o.invoker.gid));
  for (const name of o.keepVars) {
    const value = callerEnv.get(name);
    if (value !== undefined) env.set(name, value);
  }
  for (const [name, value] of o.assignments) env.set(name, value);
  return env;
}
