// Writes public/lessons/certified.json, what the page says of each certified lesson (data.ts), after
// the recordings are made again (record.sh) or the model changes: `npx tsx test/certified/write-data.ts`.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { installAll } from '../../worker/install-all';
import { certifiedData, dataText, DATA_FILE } from './data';

installAll();
const data = certifiedData();
const options = (await resolveConfig(DATA_FILE)) ?? {};
writeFileSync(DATA_FILE, await format(dataText(data), { ...options, parser: 'json' }));
const all = [...Object.entries(data.lessons), ...Object.entries(data.scenarios)];
for (const status of ['exact', 'except', 'differs'] as const)
  process.stdout.write(`${status}: ${all.filter(([, d]) => d.status === status).length}\n`);
process.stdout.write(`not certifiable: ${Object.keys(data.notCertified).length}\n`);
