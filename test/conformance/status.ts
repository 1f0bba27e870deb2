// Conformance status: runs every case through the playground's shell and prints, per category, how
// many print exactly what real bash printed. `--update` rewrites pending.txt to exactly the failing
// cases (the list conformance.test.ts expects to fail), keeping the reasons written there by hand;
// `--list` prints each failing case with why it fails.
// Usage: npx tsx test/conformance/status.ts [--update] [--list]

import { difference, loadCases, loadPending, writePending } from './corpus';

const args = process.argv.slice(2);
const update = args.includes('--update');
const list = args.includes('--list');

const cases = loadCases();
const pending = loadPending();
const failing = new Map<string, string>();
const tally = new Map<string, { pass: number; total: number }>();

for (const c of cases) {
  const t = tally.get(c.category) ?? { pass: 0, total: 0 };
  t.total++;
  const why = difference(c);
  if (why) failing.set(c.id, why);
  else t.pass++;
  tally.set(c.category, t);
}

const width = Math.max(...[...tally.keys()].map((k) => k.length), 'total'.length);
const row = (name: string, pass: number, total: number) =>
  console.log(`${name.padEnd(width)}  ${String(pass).padStart(3)} / ${total}`);
for (const [category, t] of tally) row(category, t.pass, t.total);
row('total', cases.length - failing.size, cases.length);

if (list) for (const [id, why] of failing) console.log(`fails: ${id}  (${why})`);
const nowPassing = [...pending.keys()].filter((id) => !failing.has(id));
const nowFailing = [...failing.keys()].filter((id) => !pending.has(id));
for (const id of nowPassing) console.log(`passes now, still pending: ${id}`);
for (const id of nowFailing) console.log(`fails, not pending: ${id}`);

if (update) {
  writePending(failing, pending);
  console.log(`pending.txt: ${failing.size} case(s)`);
} else if (nowPassing.length || nowFailing.length) {
  console.log('pending.txt is out of date: run with --update');
}
