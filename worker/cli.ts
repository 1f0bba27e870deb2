// Headless runner for docs CI and tests: boots a fresh kernel, logs a root shell in at
// /sys/kernel/tracing and runs `-c 'COMMANDS'`, a script FILE, or commands from stdin, printing
// what a terminal would show (no prompt, no colour) and exiting with the last command's status.
// `--echo` prints each input line first after the notation of SCENARIOS.md: `# LINE` for root,
// `alice$ LINE` once `su alice` or `container exec` has started a user's shell. `--export`
// prints instead the session those commands make as a bash script for a real kernel (docs/export.md).
// `--profile NAME` boots that kernel profile (rfc-v2, the default, or linux-6.12); the exported
// script names it and guards for it.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { boot } from './kernel/boot';
import { DEFAULT_PROFILE, KERNEL_PROFILES, isKernelProfile, type KernelProfile } from './kernel/profile';
import { runScript } from './user/headless';
import { installAll } from './install-all';
import { exportScript } from './export/index';
import { sourcesFromFiles } from './export/sources-files';
import { logFromLines } from './export/from-lines';

const USAGE =
  'usage: npm run -s sh -- [--echo | --export] [--profile NAME] [--uid N] (-c COMMANDS | FILE | < FILE)\n';
const PROFILE_NAMES = KERNEL_PROFILES.map((p) => p.id).join(', ');

function main(argv: string[]): number {
  installAll();
  let echo = false;
  let uid: number | undefined;
  let text: string | null = null;
  let exporting = false;
  let title: string | undefined;
  let profile: KernelProfile = DEFAULT_PROFILE;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--echo') echo = true;
    else if (a === '--export') exporting = true;
    else if (a === '--profile' && i + 1 < argv.length) {
      const name = argv[++i];
      if (!isKernelProfile(name)) {
        process.stderr.write(`sh: --profile: no kernel profile '${name}' (profiles: ${PROFILE_NAMES})\n`);
        return 2;
      }
      profile = name;
    } else if (a === '--uid' && i + 1 < argv.length) uid = Number(argv[++i]);
    else if (a === '-c' && i + 1 < argv.length) text = argv[++i];
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else if (text === null && !a.startsWith('-')) {
      text = readFileSync(a, 'utf8');
      title = basename(a).replace(/\.[^.]*$/, '');
    } else {
      process.stderr.write(USAGE);
      return 2;
    }
  }
  if (text === null) text = readFileSync(0, 'utf8');
  if (exporting) {
    process.stdout.write(exportScript(logFromLines(text, title, profile), { sources: sourcesFromFiles() }));
    return 0;
  }
  const result = runScript(boot({ profile }), text, {
    echo,
    uid,
    onOutput: (bytes) => process.stdout.write(bytes),
  });
  return result.status;
}

process.exitCode = main(process.argv.slice(2));
