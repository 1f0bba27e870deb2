// The playground's help lines for the files tools (usage and a one-line summary each).

export const help: Readonly<Record<string, { usage: string; summary: string }>> = {
  cp: {
    usage: 'cp [-rRapfnuvTdHLP] [-t DIR] SOURCE... DEST',
    summary:
      'Copy files, or trees with -r; -p keeps mode and owner (the model cannot keep times); ' +
      'links: -P/-d/-a/-r copy them as links, -H follows operands, -L all, plain cp follows.',
  },
  date: {
    usage: 'date [-u] [-d DATE | -r FILE] [-R | -I[FMT] | +FORMAT]',
    summary: "Print the model's clock (boot at 2022-07-28 09:00:00 UTC plus time since), or DATE.",
  },
  env: {
    usage: 'env [-i] [-u NAME] [-0] [-C DIR] [NAME=VALUE]... [COMMAND [ARG]...]',
    summary: 'Print the environment, or run COMMAND in a changed one.',
  },
  find: {
    usage: 'find [-H] [-L] [-P] [PATH...] [EXPRESSION]',
    summary:
      'Walk trees (-P: links as they are, -L: followed, -H: operands followed): ' +
      '-name -iname -path -type -empty -newer -size -maxdepth -mindepth -depth, ' +
      '-print -print0 -exec CMD {} ; -exec CMD {} + -delete -prune -quit, ! -a -o ( ).',
  },
  mv: {
    usage: 'mv [-fnuvT] [-t DIR] SOURCE... DEST',
    summary:
      'Move (rename) files, directories and symbolic links; across mounts, copy then remove the source.',
  },
  nproc: {
    usage: 'nproc [--all] [--ignore=N]',
    summary: "Print the number of CPUs the model's kernel traces.",
  },
  printenv: { usage: 'printenv [-0] [NAME]...', summary: 'Print the environment, or the values of NAMEs.' },
  readlink: {
    usage: 'readlink [-f | -e | -m] [-nqsvz] FILE...',
    summary: 'Print what a symbolic link holds, or the canonical name with -f/-e/-m.',
  },
  realpath: {
    usage: 'realpath [-e | -m] [-LPqsz] [--relative-to=DIR] [--relative-base=DIR] FILE...',
    summary:
      'Print the absolute, canonical name of each FILE (links resolved; -s keeps them, -L after `..`).',
  },
  uname: {
    usage: 'uname [-asnrvmpio]',
    summary: "Print the modelled system's identity (Linux 6.1.0 x86_64).",
  },
  xargs: {
    usage: 'xargs [-0rtx] [-d DELIM] [-n N] [-L N] [-I R] [-s N] [-E EOF] [-a FILE] [COMMAND [ARG]...]',
    summary: 'Run COMMAND (default echo) with arguments read from standard input.',
  },
};
