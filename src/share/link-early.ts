// A share link decoded before the page mounts (src/main.ts waits for it), so that the page's state
// can ask the kernel worker for the replay synchronously while it is built (takeDecoded): the
// replay then runs in the worker while the page draws itself, instead of waiting for the codec
// to load and the link to decode after the mount. A plain address (no `s=` parameter) decodes
// nothing and waits for nothing.
import type { DecodeResult } from './link';

let early: { hash: string; result: Promise<DecodeResult>; decoded: DecodeResult | null } | null = null;

/** Starts decoding the link in `hash`, if it has one; resolves when it is decoded. */
export function decodeEarly(hash: string): Promise<unknown> {
  if (!/(?:^#|&)s=/.test(hash)) return Promise.resolve();
  const result = import('./link')
    .then((codec) => codec.decodeLink(hash))
    .catch((e: unknown): DecodeResult => ({
      ok: false,
      error: `The link could not be read (${String(e)}).`,
    }));
  const started = { hash, result, decoded: null as DecodeResult | null };
  early = started;
  return result.then((decoded) => void (started.decoded = decoded));
}

/** The early decoding of `hash` if it has finished, once (as `takeEarly`); null otherwise. */
export function takeDecoded(hash: string): DecodeResult | null {
  if (early === null || early.hash !== hash || early.decoded === null) return null;
  const { decoded } = early;
  early = null;
  return decoded;
}

/** The early decoding of `hash`, once (a later start decodes afresh); null when none was made. */
export function takeEarly(hash: string): Promise<DecodeResult> | null {
  if (early === null || early.hash !== hash) return null;
  const { result } = early;
  early = null;
  return result;
}
