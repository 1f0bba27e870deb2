// The playground's help lines for the text tools (usage and a one-line summary each).

export const help: Readonly<Record<string, { usage: string; summary: string }>> = {
  basename: {
    usage: 'basename NAME [SUFFIX] | basename -a [-s SUFFIX] [-z] NAME...',
    summary: 'Print NAME without its leading directories (and SUFFIX).',
  },
  cut: {
    usage: 'cut -b LIST | -c LIST | -f LIST [-d DELIM] [-s] [--complement] [--output-delimiter=S] [FILE]...',
    summary: 'Print the selected bytes or fields of each line (LIST like 1,3-5,7-).',
  },
  dirname: { usage: 'dirname [-z] NAME...', summary: 'Print each NAME without its last component.' },
  seq: {
    usage: 'seq [-s SEP] [-w] [-f FORMAT] [FIRST [INCREMENT]] LAST',
    summary: 'Print numbers from FIRST to LAST in steps of INCREMENT.',
  },
  sort: {
    usage: 'sort [-bdfghiMnrsuVz] [-k POS1[,POS2]]... [-t SEP] [-c|-C] [-m] [-o FILE] [FILE]...',
    summary: 'Sort lines of text files (bytewise under LC_ALL=C).',
  },
  tee: {
    usage: 'tee [-a] [-p] [--output-error[=MODE]] [FILE]...',
    summary: 'Copy standard input to standard output and to each FILE.',
  },
  tr: {
    usage: 'tr [-cdst] SET1 [SET2]',
    summary: 'Translate, squeeze and/or delete bytes of standard input.',
  },
  uniq: {
    usage: 'uniq [-cdDiuz] [-f N] [-s N] [-w N] [--group[=METHOD]] [INPUT [OUTPUT]]',
    summary: 'Fold adjacent matching lines into one (or report them).',
  },
  yes: { usage: 'yes [STRING]...', summary: 'Print STRING (default y) repeatedly until killed.' },
};
