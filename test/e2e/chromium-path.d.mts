export function chromiumCandidates(): string[];
export function chromiumExecutable(): string | undefined;
export const CHROMIUM_ARGS: string[];
