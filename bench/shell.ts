// The shell against real bash on the same machine (the target: at most 3x bash's time):
// (f) a 10^5-iteration loop of arithmetic and `[ ]` tests, (g) 10^4 `echo` writes into a file,
// a tracefs file for the playground and a file in a temporary directory for bash. Real bash runs
// the same text non-interactively (`bash -c`); its process start is part of its time, a few ms.
// Without bash on the machine the pairs are left out, with a note.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boot } from '../worker/kernel/boot';
import { runScript } from '../worker/user/headless';
import { installAll } from '../worker/install-all';
import type { Pair } from './harness';

const LOOP = 'i=0; s=0; while [ $i -lt 100000 ]; do s=$((s + i % 7)); i=$((i + 1)); done; echo $s';
const ECHOES = (file: string) => `for ((i = 0; i < 10000; i++)); do echo "tick $i" > ${file}; done`;

function bash(text: string): () => void {
  return () => {
    const r = spawnSync('bash', ['-c', text], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bash failed: ${r.stderr}`);
  };
}

function playground(text: string, cwd = '/sys/kernel/tracing'): () => void {
  return () => {
    const r = runScript(boot(), text + '\n', { cwd });
    if (r.status !== 0) throw new Error(`the playground's shell failed: ${Buffer.from(r.output).toString()}`);
  };
}

export function shellPairs(): Pair[] {
  installAll();
  if (spawnSync('bash', ['-c', 'true']).status !== 0) {
    console.log('(f), (g): no bash on this machine to compare with; left out');
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'tracefs-bench-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return [
    {
      name: '(f) shell loop, floor: bash',
      unit: '10^5 iterations',
      floor: bash(LOOP),
      subject: playground(LOOP),
      target: { kind: 'max-time-ratio', value: 3 },
    },
    {
      name: '(g) echo > file, floor: bash',
      unit: '10^4 writes',
      floor: bash(ECHOES(join(dir, 'marker'))),
      subject: playground(ECHOES('trace_marker')),
      target: { kind: 'max-time-ratio', value: 3 },
    },
  ];
}
