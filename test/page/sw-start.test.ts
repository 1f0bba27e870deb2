// Registering the service worker (src/sw/start.ts): a refused registration (it rejects) and a
// blocked one (it resolves to nothing, as in an automated browser) both leave the page as it is,
// with no update watching and no error.
import { describe, expect, it, vi } from 'vitest';
import { start, updates } from '../../src/sw/start';

describe('registering the service worker', () => {
  it('leaves the page alone when the registration is refused or blocked', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const show = vi.fn();
    const refused = { register: () => Promise.reject(new Error('SecurityError')) };
    await expect(start(refused as never, show)).resolves.toBeUndefined();
    expect(info).toHaveBeenCalledOnce();
    const blocked = { register: () => Promise.resolve(undefined) };
    await expect(start(blocked as never, show)).resolves.toBeUndefined();
    expect(updates).toBeNull();
    expect(show).not.toHaveBeenCalled();
    info.mockRestore();
  });
});
