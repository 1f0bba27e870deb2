// The service worker's choices (sw/cache-keys.ts): which precached file answers a request (a
// navigation to the playground with any query or fragment gets index.html, one to the embed with
// its options gets embed.html, other files only by their exact URL) and which caches an
// activation deletes (all of ours but the current version's and the one before it).
import { describe, expect, it } from 'vitest';
import { cacheKeyFor, cacheName, staleCaches } from '../../sw/cache-keys';

const SCOPE = 'https://docs.example/play/';
const PRECACHED = new Set(
  ['index.html', 'embed.html', 'embed-host.html', 'assets/main-abc.js', 'lessons/index.json'].map(
    (file) => SCOPE + file,
  ),
);

describe('cacheKeyFor', () => {
  const cases: Array<[string, boolean, string | null]> = [
    [SCOPE, true, `${SCOPE}index.html`],
    [`${SCOPE}?lesson=x`, true, `${SCOPE}index.html`],
    [`${SCOPE}#s=1.AAAA`, true, `${SCOPE}index.html`],
    [`${SCOPE}?a=1#lesson=tracefs-basics&s=2.BBBB`, true, `${SCOPE}index.html`],
    [`${SCOPE}index.html`, true, `${SCOPE}index.html`],
    [`${SCOPE}index.html?x#y`, true, `${SCOPE}index.html`],
    [`${SCOPE}embed.html?script=ls&autorun=1`, true, `${SCOPE}embed.html`],
    [`${SCOPE}embed-host.html`, true, `${SCOPE}embed-host.html`],
    [`${SCOPE}bench/page/index-floor.html`, true, null],
    [`${SCOPE}no-such-page`, true, null],
    ['https://docs.example/', true, null],
    ['https://other.example/play/', true, null],
    [`${SCOPE}assets/main-abc.js`, false, `${SCOPE}assets/main-abc.js`],
    [`${SCOPE}lessons/index.json`, false, `${SCOPE}lessons/index.json`],
    [`${SCOPE}lessons/index.json?fresh`, false, null],
    [`${SCOPE}assets/main-abc.js.map`, false, null],
    [`${SCOPE}assets/other.js`, false, null],
    [SCOPE, false, null],
    ['https://other.example/play/assets/main-abc.js', false, null],
    ['not a url', true, null],
  ];
  it.each(cases)('%s (navigation: %s) -> %s', (url, navigation, key) => {
    expect(cacheKeyFor(url, navigation, SCOPE, PRECACHED)).toBe(key);
  });

  it('works at the site root too', () => {
    const root = new Set(['https://a.test/index.html', 'https://a.test/embed.html']);
    expect(cacheKeyFor('https://a.test/?x#s=1.A', true, 'https://a.test/', root)).toBe(
      'https://a.test/index.html',
    );
    expect(cacheKeyFor('https://a.test/embed.html?theme=dark', true, 'https://a.test/', root)).toBe(
      'https://a.test/embed.html',
    );
  });
});

describe('staleCaches', () => {
  it('keeps the current version and the newest older one of ours, and caches not ours', () => {
    const names = [cacheName('v1'), 'someone-else', cacheName('v2'), cacheName('v3'), cacheName('v4')];
    expect(staleCaches(names, cacheName('v4'))).toEqual([cacheName('v1'), cacheName('v2')]);
  });

  it('deletes nothing at the first install, or when the only other one is the previous version', () => {
    expect(staleCaches([cacheName('v1')], cacheName('v1'))).toEqual([]);
    expect(staleCaches([cacheName('v1'), cacheName('v2')], cacheName('v2'))).toEqual([]);
  });

  it('keeps the newest other cache when the current one was made earlier (a reinstall)', () => {
    const names = [cacheName('v1'), cacheName('v2'), cacheName('v3')];
    expect(staleCaches(names, cacheName('v1'))).toEqual([cacheName('v2')]);
  });
});
