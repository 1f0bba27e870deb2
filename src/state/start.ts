// Where the page's session starts, and what the page says about it: a shared link in the address
// (opened as a fork; the address loses its fragment, so a reload restores the fork), this tab's
// saved session, another tab's newest, else a fresh kernel (session.svelte.ts chooses). A replayed
// session opens on the kernel profile its log names. The notices' sentences (notice.ts) are loaded
// when one is due, so the first prompt does without them.
import type { ReplayResult, SessionLog } from '../../worker/protocol';
import type { Notice } from './notice';
import type { SessionState, Start } from './session.svelte';

/** The notices' module; null when it cannot be loaded (the page goes on without a notice). */
export const notices = () => import('./notice').catch(() => null);

/** What starting needs of the page's state. */
export interface StartHost {
  readonly session: SessionState;
  notice: Notice | null;
  boot(): Promise<void>;
  replay(log: SessionLog, upTo: number): Promise<ReplayResult | null>;
}

/** Starts from the address `hash`, this tab's saved session, another tab's, or fresh. */
export function startSession(host: StartHost, hash: string): void {
  const now = host.session.startNow(hash);
  if (now) void startFrom(host, now);
  else void host.session.start(hash).then((start) => startFrom(host, start));
}

async function startFrom(host: StartHost, start: Start): Promise<void> {
  if (start.kind === 'link' || start.kind === 'link-error') {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  if (start.kind === 'fresh') return host.boot();
  if (start.kind === 'link-error') {
    const [, sentences] = await Promise.all([host.boot(), notices()]);
    const message = `This link cannot be opened: ${start.error} Here is a fresh playground.`;
    host.notice = sentences?.errorNotice(message) ?? null;
    return;
  }
  const result = await host.replay(start.log, start.log.steps.length);
  const sentences = await notices();
  if (!result || !sentences) return;
  host.notice =
    start.kind === 'link'
      ? sentences.linkNotice(start.log, result, result.simulator)
      : sentences.restoredNotice(start.log, result, result.simulator, start.savedAt, start.otherTab);
}
