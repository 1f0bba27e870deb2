// The playground's help lines for the link tools (usage and a one-line summary each).

export const help: Readonly<Record<string, { usage: string; summary: string }>> = {
  ln: {
    usage: 'ln [-sfinrvTLPdb] [-S SUFFIX] [--backup[=CONTROL]] [-t DIR] TARGET... [LINK_NAME | DIR]',
    summary:
      'Make links: hard links by default, symbolic links with -s (-r relative); -f replaces, ' +
      '-n does not enter a link to a directory, -b keeps a backup.',
  },
};
