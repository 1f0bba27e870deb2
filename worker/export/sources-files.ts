// The export's sources read from the repository's files, for the headless runner and the tests
// (Node has no `?raw`).
import { readFileSync } from 'node:fs';
import type { ScriptSources } from './sources';

export function sourcesFromFiles(): ScriptSources {
  const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
  return { ueventC: read('../../native/uevent/uevent.c'), runtimeSh: read('./runtime.sh') };
}
