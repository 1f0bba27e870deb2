// The page's table of kernel profiles (src/state/profiles.ts) names the profiles the worker boots
// (worker/kernel/profile.ts), which the page may not import: the same ids, titles and releases, in
// the same order, and only those count as this playground's.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, isProfile, PROFILE_NAMES, PROFILES } from '../../src/state/profiles';
import * as kernel from '../../worker/kernel/profile';

describe("the page's kernel profiles", () => {
  it('are the kernels the worker boots', () => {
    expect(PROFILES.map(({ id, title, release }) => ({ id, title, release }))).toEqual(
      kernel.KERNEL_PROFILES.map(({ id, title, release }) => ({ id, title, release })),
    );
    expect(DEFAULT_PROFILE).toBe(kernel.DEFAULT_PROFILE);
    expect(PROFILE_NAMES).toBe('rfc-v2, linux-6.12');
  });

  it('count only the profiles there are', () => {
    for (const id of ['rfc-v2', 'linux-6.12']) expect(isProfile(id)).toBe(true);
    for (const id of ['linux-9.9', '', 'toString', '__proto__', 7, null]) expect(isProfile(id)).toBe(false);
  });
});
