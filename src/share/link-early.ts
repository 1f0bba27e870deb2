// A share link decoded before the page mounts (src/main.ts awaits it): the page's first message to
// the kernel worker is delivered only once the page's thread is free after mounting, so a replay
// asked for right after the mount can run in the worker while the page draws itself, instead of
// waiting for the codec to load and the link to decode after the mount. A plain address (no `s=`
// parameter) decodes nothing and waits for nothing.
import type { DecodeResult } from './link';

let early: { hash: string; result: Promise<DecodeResult> } | null = null;

/** Starts decoding the link in `hash`, if it has one; resolves when it is decoded. */
export function decodeEarly(hash: string): Promise<unknown> {
  if (!/(?:^#|&)s=/.test(hash)) return Promise.resolve();
  const result = import('./link')
    .then((codec) => codec.decodeLink(hash))
    .catch((e: unknown): DecodeResult => ({
      ok: false,
      error: `The link could not be read (${String(e)}).`,
    }));
  early = { hash, result };
  return result;
}

/** The early decoding of `hash`, once (a later start decodes afresh); null when none was made. */
export function takeEarly(hash: string): Promise<DecodeResult> | null {
  if (early === null || early.hash !== hash) return null;
  const { result } = early;
  early = null;
  return result;
}
