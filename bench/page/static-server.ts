// The page benchmark's web server: the built dist from memory, each file compressed with gzip once
// when the server starts, as a static host or a CDN serves precompressed files. `vite preview`
// compresses every response as it sends it, and on the benchmark's machine that work shares the
// cores with the browser being measured, charged to whichever page loads more bytes.
import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
/** Types worth compressing (the images are compressed already). */
const TEXT = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.map', '.md', '.txt']);

interface Served {
  type: string;
  plain: Buffer;
  gzip: Buffer | null;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Serves `dist` on 127.0.0.1:`port`; resolves once it listens. */
export function serveDist(dist: string, port: number): Promise<Server> {
  const files = new Map<string, Served>();
  for (const file of filesUnder(dist)) {
    const ext = extname(file);
    const plain = readFileSync(file);
    const path = '/' + relative(dist, file).split('\\').join('/');
    files.set(path, {
      type: TYPES[ext] ?? 'application/octet-stream',
      plain,
      gzip: TEXT.has(ext) ? gzipSync(plain, { level: 9 }) : null,
    });
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const served = files.get(path.endsWith('/') ? path + 'index.html' : path);
    if (!served) {
      res.writeHead(404).end();
      return;
    }
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const zipped = accepts ? served.gzip : null;
    const body = zipped ?? served.plain;
    res.writeHead(200, {
      'Content-Type': served.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ...(zipped ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
