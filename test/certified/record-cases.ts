// The TypeScript half of test/certified/record.sh (run with tsx from the project root):
//   record-cases.ts cases DIR        writes DIR/{stock,rfc,612}/FILE.cmds, the command lines each case
//                                    runs on the real kernel, and DIR/targets.json (FILE → recording path)
//   record-cases.ts store DIR OUT KERNEL...
//                                    turns each runner output OUT/FILE.out of a case meant for one of
//                                    the KERNELs (stock, rfc, 612) into its recording
// Besides the cases, three listings of events/ (one per kernel) are recorded: the real kernel's static
// event systems, which the normaliser drops (docs/certified.md).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { asRecorded, certifiableCases, KERNELS, ROOT, STATIC_EVENTS, type Kernel } from './cases';
import { storeRecording } from './recording';

interface Target {
  kernel: Kernel;
  /** The recording's path from the project root. */
  path: string;
}

function writeCases(dir: string): void {
  const targets: Record<string, Target> = {};
  for (const kernel of KERNELS) mkdirSync(join(dir, kernel), { recursive: true });
  const add = (file: string, kernel: Kernel, path: string, lines: string[]) => {
    writeFileSync(join(dir, kernel, `${file}.cmds`), lines.map((l) => `${l}\n`).join(''));
    targets[file] = { kernel, path };
  };
  for (const c of certifiableCases()) {
    const lines = c.commands.filter((_, i) => !c.skipped.includes(i)).map(asRecorded);
    add(c.kind === 'lesson' ? `lesson-${c.name}` : c.name, c.kernel, relative(ROOT, c.recording), lines);
  }
  for (const kernel of KERNELS)
    add(`static-events-${kernel}`, kernel, relative(ROOT, STATIC_EVENTS[kernel]), ['ls -1 events']);
  writeFileSync(join(dir, 'targets.json'), JSON.stringify(targets, null, 2));
}

function store(dir: string, out: string, kernels: string[]): number {
  const targets = JSON.parse(readFileSync(join(dir, 'targets.json'), 'utf8')) as Record<string, Target>;
  let missing = 0;
  for (const [file, target] of Object.entries(targets)) {
    if (!kernels.includes(target.kernel)) continue;
    const from = join(out, `${file}.out`);
    if (!existsSync(from)) {
      process.stderr.write(`record: no output for ${file} (${target.kernel} kernel)\n`);
      missing++;
      continue;
    }
    const path = join(ROOT, target.path);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, storeRecording(readFileSync(from, 'utf8'), target.kernel));
    process.stdout.write(`recorded ${target.path}\n`);
  }
  return missing === 0 ? 0 : 1;
}

function main(argv: string[]): number {
  if (argv[0] === 'cases' && argv.length === 2) {
    writeCases(argv[1]);
    return 0;
  }
  if (argv[0] === 'store' && argv.length >= 4) return store(argv[1], argv[2], argv.slice(3));
  process.stderr.write('usage: record-cases.ts cases DIR | store DIR OUT KERNEL...\n');
  return 2;
}

process.exitCode = main(process.argv.slice(2));
