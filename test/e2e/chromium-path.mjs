// Where the e2e suite looks for Chromium, in order: $CHROMIUM_PATH, Debian's package, then
// whatever `npx playwright install chromium` put in Playwright's cache (undefined = its default).
import { existsSync } from 'node:fs';

export function chromiumCandidates() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
}

/** The executable to launch, or undefined to let Playwright use its own download. */
export function chromiumExecutable() {
  return chromiumCandidates().find((p) => existsSync(p));
}
