// What the service worker precaches (build/precache.ts): every public file, the pages and every
// built file they reach by name (stylesheets, lazy chunks, the kernel worker and the chunks it
// imports), never the bench's floor page or what only it reaches, nor source maps; and a version
// that follows the files' bytes, not their order.
import { describe, expect, it } from 'vitest';
import { precacheList, precacheVersion, type FileContent } from '../../build/precache';

const bundle = new Map<string, FileContent>([
  ['index.html', '<script src="/assets/main-A1.js"></script><link href="/assets/main-C1.css">'],
  ['embed.html', '<script src="/assets/embed-E1.js"></script>'],
  ['bench/page/index-floor.html', '<script src="/assets/floor-F1.js"></script>'],
  [
    'assets/main-A1.js',
    'import("./panes-P1.js"); new Worker(`/assets/kernel-worker-K1.js`)\n//# sourceMappingURL=main-A1.js.map',
  ],
  ['assets/main-A1.js.map', '{"sources":["main.ts"]}'],
  ['assets/main-C1.css', 'body { background: url(/assets/bg-B1.png) }'],
  ['assets/bg-B1.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00])],
  ['assets/panes-P1.js', 'import "./comlink-S1.js"'],
  ['assets/kernel-worker-K1.js', 'import(`./coreutils-U1.js`)'],
  ['assets/coreutils-U1.js', 'export {}'],
  ['assets/embed-E1.js', 'import "./comlink-S1.js"'],
  ['assets/comlink-S1.js', 'export {}'],
  ['assets/floor-F1.js', 'new Worker("/assets/floor-worker-W1.js"); import "./comlink-S1.js"'],
  ['assets/floor-worker-W1.js', 'export {}'],
  ['assets/unused-X1.js', 'export {}'],
]);
const publicFiles = new Map<string, FileContent>([
  ['embed-host.html', '<iframe src="embed.html"></iframe>'],
  ['favicon.svg', '<svg/>'],
  ['manifest.webmanifest', '{"icons":[{"src":"icons/icon-192.png"}]}'],
  ['icons/icon-192.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff])],
  ['lessons/index.json', '["01-basics"]'],
  ['lessons/01-basics.md', '# Basics'],
]);

describe('precacheList', () => {
  it('lists the public files, the pages and everything they reach, sorted', () => {
    expect(precacheList({ bundle, publicFiles })).toEqual([
      'assets/bg-B1.png',
      'assets/comlink-S1.js',
      'assets/coreutils-U1.js',
      'assets/embed-E1.js',
      'assets/kernel-worker-K1.js',
      'assets/main-A1.js',
      'assets/main-C1.css',
      'assets/panes-P1.js',
      'embed-host.html',
      'embed.html',
      'favicon.svg',
      'icons/icon-192.png',
      'index.html',
      'lessons/01-basics.md',
      'lessons/index.json',
      'manifest.webmanifest',
    ]);
  });

  it('leaves out the floor page, what only it reaches, source maps and what nothing names', () => {
    const list = precacheList({ bundle, publicFiles });
    for (const name of [
      'bench/page/index-floor.html',
      'assets/floor-F1.js',
      'assets/floor-worker-W1.js',
      'assets/main-A1.js.map',
      'assets/unused-X1.js',
    ]) {
      expect(list).not.toContain(name);
    }
  });

  it('takes another exclusion rule', () => {
    const list = precacheList({ bundle, publicFiles, exclude: (name) => name.includes('panes') });
    expect(list).not.toContain('assets/panes-P1.js');
    expect(list).toContain('assets/comlink-S1.js');
    expect(list).toContain('bench/page/index-floor.html');
  });
});

describe('precacheVersion', () => {
  const files: Array<[string, FileContent]> = [
    ['index.html', '<html>'],
    ['assets/main-A1.js', 'code'],
    ['icons/icon-192.png', new Uint8Array([1, 2, 3])],
  ];

  it('is a short hex string that does not depend on the order', () => {
    const version = precacheVersion(files);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(precacheVersion([...files].reverse())).toBe(version);
  });

  it('changes when a byte, a name or the set of files changes', () => {
    const version = precacheVersion(files);
    expect(precacheVersion([['index.html', '<html> '], files[1], files[2]])).not.toBe(version);
    expect(precacheVersion([files[0], files[1], ['icons/icon-192.png', new Uint8Array([1, 2, 4])]])).not.toBe(
      version,
    );
    expect(precacheVersion([['index2.html', '<html>'], files[1], files[2]])).not.toBe(version);
    expect(precacheVersion(files.slice(1))).not.toBe(version);
  });
});
