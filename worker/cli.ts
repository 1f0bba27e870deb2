// Headless runner for docs CI and tests: boots a fresh kernel, logs a root shell in at
// /sys/kernel/tracing and runs `-c 'COMMANDS'`, a script FILE, or commands from stdin, printing
// what a terminal would show (no prompt, no colour) and exiting with the last command's status.
// `--echo` prints each input line first after the notation of SCENARIOS.md: `# LINE` for root,
// `alice$ LINE` once `su alice` or `container exec` has started a user's shell.

import { readFileSync } from 'node:fs';
import { boot } from './kernel/boot';
import { runScript } from './user/headless';
import { PROGRAMS } from './user/coreutils/index';
import { installPrograms } from './user/program-table';

const USAGE = 'usage: npm run -s sh -- [--echo] [--uid N] (-c COMMANDS | FILE | < FILE)\n';

function main(argv: string[]): number {
  installPrograms(PROGRAMS);
  let echo = false;
  let uid: number | undefined;
  let text: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--echo') echo = true;
    else if (a === '--uid' && i + 1 < argv.length) uid = Number(argv[++i]);
    else if (a === '-c' && i + 1 < argv.length) text = argv[++i];
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else if (text === null && !a.startsWith('-')) text = readFileSync(a, 'utf8');
    else {
      process.stderr.write(USAGE);
      return 2;
    }
  }
  if (text === null) text = readFileSync(0, 'utf8');
  const result = runScript(boot(), text, { echo, uid, onOutput: (bytes) => process.stdout.write(bytes) });
  return result.status;
}

process.exitCode = main(process.argv.slice(2));
