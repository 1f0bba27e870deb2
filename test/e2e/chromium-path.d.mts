export function chromiumCandidates(): string[];
export function chromiumExecutable(): string | undefined;
