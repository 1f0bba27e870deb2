// The page's entry: mounts the Svelte app; the service worker (offline use) is registered once the
// first prompt is ready (src/sw/register.svelte.ts). A share link in the address is decoded first
// (share/link-early.ts), so that its replay starts in the worker as soon as the page has mounted.
// NOTE: a promise, not a top-level await: a module with a top-level await turns off the bundler's
// merging of small shared chunks, and each chunk is one more request before the first paint.
import { mount } from 'svelte';
import App from './App.svelte';
import { registerServiceWorker } from './sw/register.svelte';
import { decodeEarly } from './share/link-early';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
void decodeEarly(window.location.hash).then(() => {
  mount(App, { target });
  registerServiceWorker({ afterFirstPrompt: true });
});
