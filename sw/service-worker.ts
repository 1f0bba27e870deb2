// The playground's service worker (built into dist/sw.js by build/service-worker.ts, which fills
// in the list of built files and their version). After one visit the playground, its lessons and
// its embeds work with no network: install stores every built file in a cache named after the
// version; fetch answers those files and the navigations to the pages from that cache, anything
// else from the network (falling back to the cache a previous version left, for a page still
// running that version). A new version installs beside the running one and waits: it takes over
// only when the page asks (`skip-waiting`, sent when the person presses "Reload now") or once
// every page of the old one is closed. Activation deletes the caches of older versions, all but
// the newest (pages still open on it may yet load its chunks).
import { cacheKeyFor, cacheName, staleCaches } from './cache-keys';

declare const self: ServiceWorkerGlobalScope;
/** Filled in at build time: the files to precache, relative to the site root, and their version. */
declare const __PRECACHE_FILES__: readonly string[];
declare const __PRECACHE_VERSION__: string;

const VERSION = __PRECACHE_VERSION__;
const CACHE = cacheName(VERSION);
const SCOPE = self.registration.scope;
const URLS = __PRECACHE_FILES__.map((file) => new URL(file, SCOPE).href);
const PRECACHED = new Set(URLS);

/** What a page may send: `skip-waiting` (apply the update now), `version` (answered on the port). */
type Message = { type: 'skip-waiting' } | { type: 'version' };

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(activate());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const key = cacheKeyFor(request.url, request.mode === 'navigate', SCOPE, PRECACHED);
  if (key) event.respondWith(fromCache(key, request));
  else if (new URL(request.url).origin === self.location.origin) event.respondWith(fromNetwork(request));
});

self.addEventListener('message', (event) => {
  const message = event.data as Message | null;
  if (message?.type === 'skip-waiting') event.waitUntil(self.skipWaiting());
  else if (message?.type === 'version') event.ports[0]?.postMessage({ version: VERSION });
});

/** Fetches every file past the HTTP cache, so the cache holds exactly this version's bytes. */
async function precache(): Promise<void> {
  const cache = await caches.open(CACHE);
  await Promise.all(
    URLS.map(async (url) => {
      const response = await fetch(new Request(url, { cache: 'reload' }));
      if (!response.ok) throw new Error(`service worker: ${url} answered ${response.status}`);
      await cache.put(url, response.redirected ? await unredirected(response) : response);
    }),
  );
}

async function activate(): Promise<void> {
  const stale = staleCaches(await caches.keys(), CACHE);
  await Promise.all(stale.map((name) => caches.delete(name)));
  // NOTE: takes the pages that opened before the first install; an update only ever activates
  // when a page asked for it or no page of the old version is left, so no page changes under a user.
  await self.clients.claim();
}

async function fromCache(key: string, request: Request): Promise<Response> {
  const cached = await (await caches.open(CACHE)).match(key);
  return cached ?? fetch(request);
}

/** The network; when it fails or has lost the file, what an earlier version cached for that URL. */
async function fromNetwork(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) return response;
    return (await caches.match(request)) ?? response;
  } catch (error) {
    const cached = await caches.match(request);
    if (cached) return cached;
    throw error;
  }
}

/** A navigation may not be answered by a redirected response: the same bytes, without the redirect. */
async function unredirected(response: Response): Promise<Response> {
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}
