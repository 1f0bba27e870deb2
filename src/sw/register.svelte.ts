// Registers the service worker that keeps the playground working offline (dist/sw.js, made by
// build/service-worker.ts from sw/service-worker.ts), from both pages' entries (src/main.ts,
// src/embed/main.ts): only in production builds (the dev server has no sw.js) and where the
// browser has service workers. Only this trigger is in the first paint: the registration and the
// following of updates (start.ts, updates.ts) load after the page's load, in an idle moment (and
// on the playground after its first prompt, which UpdateNotice.svelte reports), so they never
// compete with the first prompt; the notice (UpdateBar.svelte) loads with an update.
import type { Component } from 'svelte';

export interface UpdateBarProps {
  /** Runs before "Reload now" reloads (the playground saves its session). */
  beforereload?: () => unknown;
}

/** The notice of an update installed and waiting: null until there is one. */
export const pending = $state<{ notice: Component<UpdateBarProps> | null }>({ notice: null });

let promptReady = () => {};
const firstPrompt = new Promise<void>((resolve) => (promptReady = resolve));

/** The playground's first prompt takes keys (or its kernel failed): registration may go on. */
export function firstPromptReady(): void {
  promptReady();
}

export function registerServiceWorker(options: { afterFirstPrompt?: boolean } = {}): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  const show = (bar: Component<UpdateBarProps>) => (pending.notice = bar);
  void Promise.all([loaded, options.afterFirstPrompt && firstPrompt]).then(() =>
    idle(() => void import('./start').then((m) => m.start(navigator.serviceWorker, show))),
  );
}

function idle(run: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}
