// The playground's help lines for the process tools (usage and a one-line summary each).

export const help: Readonly<Record<string, { usage: string; summary: string }>> = {
  ps: {
    usage: 'ps [-eAadf] [-p PIDS] [-u USERS] [-o FORMAT] [--no-headers] | ps [aux]',
    summary: 'Report a snapshot of the processes, as /proc shows them.',
  },
};
