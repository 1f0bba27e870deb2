// The Vite build plugin that makes the site's service worker: once the bundle is complete it
// lists the files to precache (build/precache.ts: the pages, everything they load, the public
// folder; not the bench's floor page), derives a version from their bytes, bundles
// sw/service-worker.ts with both filled in (a separate Vite build, one classic script with no
// imports, as a service worker must be) and emits it as `sw.js` at the site root, where its scope
// is the whole site. The dev server has no service worker (src/sw/register.ts registers it only
// in production builds).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { precacheList, precacheVersion, type FileContent } from './precache.ts';

const SOURCE = fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url));
export const SW_FILE = 'sw.js';

export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      // NOTE: after every other plugin's, so the HTML pages and the workers' chunks are in the bundle.
      order: 'post',
      async handler(_options, output) {
        const bundle = new Map<string, FileContent>();
        for (const [name, file] of Object.entries(output)) {
          bundle.set(name, file.type === 'chunk' ? file.code : file.source);
        }
        const publicFiles = config.publicDir ? readTree(config.publicDir) : new Map<string, FileContent>();
        const files = precacheList({ bundle, publicFiles });
        const version = precacheVersion(
          files.map((name) => [name, bundle.get(name) ?? publicFiles.get(name)!]),
        );
        this.emitFile({
          type: 'asset',
          fileName: SW_FILE,
          source: await bundleWorker(config, files, version),
        });
      },
    },
  };
}

/** Every file under `dir`, by its path relative to it with `/` separators. */
function readTree(dir: string): Map<string, FileContent> {
  const files = new Map<string, FileContent>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
  }
  return files;
}

async function bundleWorker(config: ResolvedConfig, files: string[], version: string): Promise<string> {
  const result = await build({
    configFile: false,
    root: config.root,
    mode: config.mode,
    logLevel: 'warn',
    publicDir: false,
    define: {
      __PRECACHE_FILES__: JSON.stringify(files),
      __PRECACHE_VERSION__: JSON.stringify(version),
    },
    build: {
      write: false,
      target: 'es2022',
      minify: config.build.minify !== false,
      sourcemap: false,
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: SOURCE,
        output: { format: 'iife', entryFileNames: SW_FILE },
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const out of outputs) {
    if (!('output' in out)) continue;
    const chunk = out.output.find((file) => file.type === 'chunk' && file.isEntry);
    if (chunk?.type === 'chunk') return chunk.code;
  }
  throw new Error('service-worker: the service worker was not bundled');
}
