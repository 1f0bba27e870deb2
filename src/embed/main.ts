// The embed page's entry (embed.html): reads and checks the options, pins the theme, connects the
// host page's postMessage API and mounts the embed, which shows a static transcript until it is
// started. Unlike index.html, nothing here starts the kernel worker: that happens on start. The
// service worker is registered too, so an embed seen once works offline.
import { mount } from 'svelte';
import '../theme.css';
import EmbedApp from './EmbedApp.svelte';
import { EmbedState } from './embed.svelte';
import { HostApi } from './host-api';
import { parseOptions } from './options';
import { registerServiceWorker } from '../sw/register.svelte';
import { applyTheme } from './theme';

const { options, problems } = parseOptions(window.location.search, window.location.origin);
applyTheme(options.theme);

const embed = new EmbedState(options, new URL('./', window.location.href).href);
const framed = window.parent !== window;
const host = new HostApi(framed ? window.parent : null, options.origin, embed, (origin) => {
  embed.ignored++;
  console.warn(
    `tracefs embed: ignored a message from ${origin} (only ${options.origin} may talk to this embed)`,
  );
});
embed.host = host;
window.addEventListener('message', (ev) => void host.receive(ev));

const target = document.getElementById('embed');
if (!target) throw new Error('embed.html has no #embed element');
const app = mount(EmbedApp, { target, props: { embed, problems } });
host.send({ type: 'tracefs:ready' });
if (options.autorun) void embed.start();
registerServiceWorker();

export default app;
