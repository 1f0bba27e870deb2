// Prints a lesson's solutions (public/lessons/NAME.md), every step's in order, one command a line:
// the session a learner who types each solution makes, for record-fixtures.sh to export.
//   npx tsx test/export/lesson-commands.ts public/lessons/NAME.md
import { readFileSync } from 'node:fs';
import { parseLesson } from '../../src/lessons/lesson-file';

const parsed = parseLesson(readFileSync(process.argv[2], 'utf8'));
if (!parsed.ok) {
  process.stderr.write(`${process.argv[2]}: ${parsed.error}\n`);
  process.exitCode = 1;
} else {
  for (const step of parsed.lesson.steps) for (const line of step.solution) process.stdout.write(`${line}\n`);
}
