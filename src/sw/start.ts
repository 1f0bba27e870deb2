// Registers the service worker (dist/sw.js) and follows its updates (updates.ts); loaded by
// register.svelte.ts in an idle moment after the page's load. An open page asks for a new version
// once an hour.
import type { Component } from 'svelte';
import type { UpdateBarProps } from './register.svelte';
import { UpdateState } from './updates';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** The page's updates, once start() ran: UpdateBar.svelte applies them. */
export let updates: UpdateState | null = null;

/**
 * Registers the service worker; refused (a private window, a browser setting, an embed whose
 * storage is partitioned away), the page only loses offline use. `show` gets the notice to show
 * once an update is ready (UpdateBar.svelte, loaded only then).
 */
export async function start(
  container: ServiceWorkerContainer,
  show: (notice: Component<UpdateBarProps>) => void,
): Promise<void> {
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await container.register(`${import.meta.env.BASE_URL}sw.js`);
  } catch (error) {
    console.info('tracefs playground: no offline use here, the service worker was refused:', error);
    return;
  }
  // NOTE: a blocked registration (an automated browser's setting) resolves to nothing at all.
  if (!registration) return;
  const registered = registration;
  const onready = () => void import('./UpdateBar.svelte').then((m) => show(m.default));
  updates = new UpdateState(() => window.location.reload(), onready);
  updates.watch(registered, container);
  // NOTE: a failed check (offline) is no news; the next one or the next visit tries again.
  setInterval(() => void registered.update().catch(() => {}), UPDATE_CHECK_MS);
}
