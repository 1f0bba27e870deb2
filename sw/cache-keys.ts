// Which cached response answers a request, and which caches an activation deletes: the service
// worker's decisions as pure functions of URLs and names, so they are unit-tested without a
// browser (test/page/sw-cache-keys.test.ts). Shared by sw/service-worker.ts only.

/** Every cache this site's service worker makes is named with this prefix and its version. */
export const CACHE_PREFIX = 'tracefs-playground-';

export function cacheName(version: string): string {
  return CACHE_PREFIX + version;
}

/**
 * The precached URL that answers a GET of `url`, or null when the network does. A navigation to
 * the scope itself, with any query or fragment (`/`, `/?x`, `/#s=1.…`) or to `index.html`, gets
 * index.html; a navigation to another precached page (`embed.html?script=…`) gets that page,
 * whatever its query. Any other request is answered from the cache only when its exact URL, with
 * no query, was precached.
 */
export function cacheKeyFor(
  url: string,
  navigation: boolean,
  scope: string,
  precached: ReadonlySet<string>,
): string | null {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  const root = new URL(scope);
  if (target.origin !== root.origin || !target.pathname.startsWith(root.pathname)) return null;
  const page = target.origin + target.pathname;
  if (navigation) {
    const key = page === root.href || page === root.href + 'index.html' ? root.href + 'index.html' : page;
    return precached.has(key) ? key : null;
  }
  return target.search === '' && precached.has(page) ? page : null;
}

/**
 * The caches an activation deletes: every cache of ours but the current one and the newest older
 * one (the version the pages still open were loaded from, so their later chunks still load).
 * `names` is in the order the caches were made (`caches.keys()`), oldest first.
 */
export function staleCaches(names: readonly string[], current: string): string[] {
  const ours = names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current);
  return ours.slice(0, -1);
}
