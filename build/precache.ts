// What the service worker precaches and under which version (build/service-worker.ts): the pages
// and everything they load, found by following the built files' names through their text, so
// chunks loaded late (the side panes, the link codec, the kernel worker and the chunks it imports)
// are in the list and the bench's floor page, which no page links to, is not. Pure: the build
// passes the files' bytes in.
import { createHash } from 'node:crypto';

export type FileContent = string | Uint8Array;

export interface PrecacheInput {
  /** The bundle's files by name (`index.html`, `assets/main-HASH.js`, ...). */
  bundle: ReadonlyMap<string, FileContent>;
  /** The public folder's files by name (`lessons/index.json`, `favicon.svg`, ...), all precached. */
  publicFiles: ReadonlyMap<string, FileContent>;
  /** Bundle files never precached, whoever names them (the bench's floor page, source maps). */
  exclude?: (name: string) => boolean;
}

/** Bundle files that are never worth precaching. */
export const EXCLUDED = (name: string): boolean => name.startsWith('bench/') || name.endsWith('.map');

/**
 * The files to precache, sorted: every public file, every HTML page of the bundle, and every
 * bundle file whose name (its last path segment, hashed by the build) appears in the text of one
 * already in the list.
 */
export function precacheList({ bundle, publicFiles, exclude = EXCLUDED }: PrecacheInput): string[] {
  const listed = new Set<string>(publicFiles.keys());
  const queue: Array<[string, FileContent]> = [...publicFiles];
  const candidates = new Map([...bundle].filter(([name]) => !exclude(name) && !publicFiles.has(name)));
  for (const [name, content] of candidates) {
    if (!name.endsWith('.html')) continue;
    listed.add(name);
    queue.push([name, content]);
  }
  while (queue.length > 0) {
    const text = asText(queue.pop()![1]);
    if (text === null) continue;
    for (const [name, content] of candidates) {
      if (listed.has(name) || !text.includes(baseName(name))) continue;
      listed.add(name);
      queue.push([name, content]);
    }
  }
  return [...listed].sort();
}

/** A short hash of the listed files' names and bytes: it changes when any of them does. */
export function precacheVersion(files: ReadonlyArray<readonly [string, FileContent]>): string {
  const hash = createHash('sha256');
  for (const [name, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    hash.update(name).update('\0').update(content).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/** Text files are searched for names; images and other binary files name nothing. */
function asText(content: FileContent): string | null {
  if (typeof content === 'string') return content;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(content);
  return text.includes('\uFFFD') ? null : text;
}
