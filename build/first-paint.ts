// What the playground's first paint loads, read from a built site: the page's entry script with the
// chunks index.html preloads, and the kernel worker's entry chunk (started by the page's head
// script) with the chunks it imports statically. Dynamic imports (the side panes, the programs of
// /usr/bin) load after the first prompt and are not counted. Sizes are gzip's, as served.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstPaintFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

const PAGE_SCRIPTS =
  /<(?:script type="module"[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g;
const WORKER_START = /new Worker\("\/?([^"]+\.js)"/;
/** Static imports in a minified ES chunk: `import{a as b}from"./x.js"`, `import"./y.js"`. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{][^;'"]*?from\s*)?["'](\.\/[^"']+\.js)["']/g;
const EXPORT_FROM = /\bexport\s*[{*][^;'"]*?from\s*["'](\.\/[^"']+\.js)["']/g;

/** The JavaScript files of the first paint in `dist` (paths relative to it), page first. */
export function firstPaintFiles(dist: string): FirstPaintFile[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const page = [...html.matchAll(PAGE_SCRIPTS)].map((m) => m[1]);
  const worker = WORKER_START.exec(html)?.[1];
  if (page.length === 0) throw new Error('first-paint: index.html loads no module script');
  if (worker === undefined) throw new Error('first-paint: index.html starts no kernel worker');
  const files = new Set<string>();
  for (const file of [...page, worker]) follow(dist, file, files);
  return [...files].map((file) => {
    const text = readFileSync(join(dist, file));
    return { file, bytes: text.length, gzip: gzipSync(text, { level: 9 }).length };
  });
}

function follow(dist: string, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const text = readFileSync(join(dist, file), 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const m of [...text.matchAll(STATIC_IMPORT), ...text.matchAll(EXPORT_FROM)]) {
    follow(dist, dir + m[1].slice(2), seen);
  }
}
