// The playground's help lines for the tools that run another command (usage and a one-line summary).

export const help: Readonly<Record<string, { usage: string; summary: string }>> = {
  timeout: {
    usage: 'timeout [-s SIG] [-k DURATION] [-v] [--preserve-status] [--foreground] DURATION COMMAND [ARG]...',
    summary: 'Run COMMAND; send it SIG (default TERM) if it still runs after DURATION on the virtual clock.',
  },
};
