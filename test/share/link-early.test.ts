// A share link decoded before the page mounts (src/share/link-early.ts): a plain address decodes
// nothing; a link's decoding is handed once to the session's start, for that address only.
import { describe, expect, it } from 'vitest';
import { encodeLink } from '../../src/share/link';
import { decodeEarly, takeDecoded, takeEarly } from '../../src/share/link-early';
import type { SessionLog } from '../../worker/protocol';

const LOG: SessionLog = {
  simulator: 'test',
  profile: 'rfc-v2',
  steps: [{ term: 1, op: 'line', text: 'ls', hash: '0000' }],
};

describe('early link decoding', () => {
  it('decodes nothing for an address without a link', async () => {
    await decodeEarly('#lesson=first-namespace');
    expect(takeEarly('#lesson=first-namespace')).toBeNull();
    await decodeEarly('');
    expect(takeEarly('')).toBeNull();
  });

  it("hands a link's decoding to the start of that address, once", async () => {
    const hash = `#${await encodeLink(LOG)}`;
    await decodeEarly(hash);
    expect(takeEarly('#s=1.other')).toBeNull();
    const decoded = await takeEarly(hash);
    expect(decoded?.ok && decoded.log.steps).toEqual(LOG.steps);
    expect(takeEarly(hash)).toBeNull();
  });

  it('keeps a refusal as a refusal', async () => {
    await decodeEarly('#s=1.@@@');
    const decoded = await takeEarly('#s=1.@@@');
    expect(decoded?.ok).toBe(false);
  });

  it('hands a finished decoding over synchronously, once, and only once it has finished', async () => {
    const hash = `#${await encodeLink(LOG)}`;
    const decoding = decodeEarly(hash);
    expect(takeDecoded(hash)).toBeNull();
    await decoding;
    expect(takeDecoded('#s=1.other')).toBeNull();
    const decoded = takeDecoded(hash);
    expect(decoded?.ok && decoded.log.steps).toEqual(LOG.steps);
    expect(takeDecoded(hash)).toBeNull();
    expect(takeEarly(hash)).toBeNull();
  });
});
