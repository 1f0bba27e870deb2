// Makes sure a Chromium exists for the e2e suite before Playwright starts: the one named by
// CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download. When none is
// found it installs Debian's package (as root, where apt exists) or says exactly what to run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromiumCandidates } from './chromium-path.mjs';

function found() {
  return chromiumCandidates().find((p) => existsSync(p));
}

if (!found()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('e2e: no Chromium found; installing Debian package chromium ...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  } else {
    try {
      console.log('e2e: no Chromium found; trying Playwright download ...');
      execSync('npx playwright install chromium', { stdio: 'inherit' });
    } catch {
      // reported below
    }
  }
  if (!found()) {
    console.error(
      'e2e: no Chromium available. Install one of:\n' +
        '  sudo apt-get install chromium            (Debian/Ubuntu)\n' +
        '  npx playwright install chromium          (Playwright download)\n' +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
}
