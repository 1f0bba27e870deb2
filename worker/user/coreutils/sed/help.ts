// The playground's help lines for the sed tools (usage and a one-line summary each).

export const help: Readonly<Record<string, { usage: string; summary: string }>> = {
  sed: {
    usage: 'sed [-nEsuz] [-i[SUFFIX]] [-l N] [-e SCRIPT]... [-f FILE]... [SCRIPT] [FILE]...',
    summary: 'Stream editor: s/RE/TEXT/, addresses, p d a i c y N D h G x b t q... (GNU sed 4.9).',
  },
};
