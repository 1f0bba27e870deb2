// The playground's help lines for the awk tools (usage and a one-line summary each).

export const help: Readonly<Record<string, { usage: string; summary: string }>> = {
  awk: {
    usage: "awk [-F SEP] [-v NAME=VALUE]... [-f FILE | 'PROGRAM'] [FILE | NAME=VALUE]...",
    summary: 'Scan records (lines) for patterns and act on their fields: the awk language, as mawk runs it.',
  },
  mawk: {
    usage: "mawk [-F SEP] [-v NAME=VALUE]... [-f FILE | 'PROGRAM'] [FILE | NAME=VALUE]...",
    summary: 'The awk language interpreter (mawk 1.3.4) that awk is.',
  },
};
