// bash 5.2's `shopt` options, in its order, with their defaults in an interactive shell.

const DEFAULTS =
  'autocd:off assoc_expand_once:off cdable_vars:off cdspell:off checkhash:off checkjobs:off ' +
  'checkwinsize:on cmdhist:on compat31:off compat32:off compat40:off compat41:off compat42:off ' +
  'compat43:off compat44:off complete_fullquote:on direxpand:off dirspell:off dotglob:off ' +
  'execfail:off expand_aliases:on extdebug:off extglob:off extquote:on failglob:off ' +
  'force_fignore:on globasciiranges:on globskipdots:on globstar:off gnu_errfmt:off histappend:off ' +
  'histreedit:off histverify:off hostcomplete:on huponexit:off inherit_errexit:off ' +
  'interactive_comments:on lastpipe:off lithist:off localvar_inherit:off localvar_unset:off ' +
  'login_shell:off mailwarn:off no_empty_cmd_completion:off nocaseglob:off nocasematch:off ' +
  'noexpand_translation:off nullglob:off patsub_replacement:on progcomp:on progcomp_alias:off ' +
  'promptvars:on restricted_shell:off shift_verbose:off sourcepath:on varredir_close:off xpg_echo:off';

/** Every option bash 5.2 has, in its order, with its default. */
export const SHOPT_DEFAULTS: ReadonlyMap<string, boolean> = new Map(
  DEFAULTS.split(' ').map((e) => {
    const [name, value] = e.split(':');
    return [name, value === 'on'] as const;
  }),
);
