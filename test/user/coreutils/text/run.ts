// Runs a text-tool script in /tmp of a fresh kernel: as text, or as the terminal's raw bytes (hex)
// for output that is not UTF-8.

import { boot } from '../../../../worker/kernel/boot';
import { runScript } from '../../../../worker/user/headless';
import { sh, type Ran } from '../../helpers';

export function run(script: string): Ran {
  return sh(`cd /tmp; ${script}`);
}

export function runBytes(script: string): { hex: string; status: number } {
  const r = runScript(boot(), `cd /tmp; ${script}`);
  return { hex: Buffer.from(r.output).toString('hex'), status: r.status };
}
