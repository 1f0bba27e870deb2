// The playground's help lines for the files tools (usage and a one-line summary each).

export const help: Readonly<Record<string, { usage: string; summary: string }>> = {};
