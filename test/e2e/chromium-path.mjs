// Where the e2e suite (and the page benchmark) looks for Chromium, and the flags it is launched
// with. Where it looks, in order: $CHROMIUM_PATH, Debian's package, then
// whatever `npx playwright install chromium` put in Playwright's cache (undefined = its default).
import { existsSync } from 'node:fs';

export function chromiumCandidates() {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
}

/** The executable to launch, or undefined to let Playwright use its own download. */
export function chromiumExecutable() {
  return chromiumCandidates().find((p) => existsSync(p));
}

/** The flags the e2e suite and the page benchmark launch Chromium with. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
