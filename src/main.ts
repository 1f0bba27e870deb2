// The page's entry: mounts the Svelte app; the service worker (offline use) is registered once the
// first prompt is ready (src/sw/register.svelte.ts).
import { mount } from 'svelte';
import App from './App.svelte';
import { registerServiceWorker } from './sw/register.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
const app = mount(App, { target });
registerServiceWorker({ afterFirstPrompt: true });
export default app;
