// The page: Svelte 5, with the kernel in a module web worker. The build has three pages: the
// playground (index.html), the embed for documentation (embed.html, which starts no worker until
// it runs) and the page benchmark's floor (bench/page/index-floor.html, the same stack echoing
// lines), so `npm run bench` measures the playground and its floor from one `vite preview`.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { serviceWorker } from './build/service-worker.ts';
import { firstPaintBudget } from './build/first-paint-budget.ts';
import { KERNEL_WORKER_NAME, LINK_WORKER_NAME } from './worker/protocol.ts';

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The kernel worker's file in the build: named apart so the page can start it early. */
const KERNEL_WORKER = /^assets\/kernel-worker-[\w-]+\.js$/;

/**
 * Puts a tiny classic script at the head of the built index.html that starts the kernel worker
 * while the page's own scripts still load: a worker starts only between the main thread's tasks,
 * and once the page script runs it holds the thread until the page is mounted. The page's kernel
 * client adopts that worker (src/kernel-client.ts), with the boot the worker announced if that came
 * before the client (a PreBootNotice). The dev server starts it the ordinary way.
 * When the address holds a share link, the worker's name says so: the session will be a replay,
 * so the worker loads the programs at once instead of booting ahead (worker/main.ts).
 */
function earlyKernelWorker(): Plugin {
  let base = '/';
  return {
    name: 'early-kernel-worker',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (ctx.path !== '/index.html') return;
        const file = Object.keys(ctx.bundle ?? {}).find((f) => KERNEL_WORKER.test(f));
        if (!file) throw new Error('early-kernel-worker: the kernel worker is not in the bundle');
        const start =
          `var name = /(?:^#|&)s=/.test(location.hash) ? ${JSON.stringify(LINK_WORKER_NAME)} : ${JSON.stringify(KERNEL_WORKER_NAME)};` +
          `var w = new Worker(${JSON.stringify(base + file)}, { type: 'module', name: name });` +
          'var early = { worker: w, error: null, preBooted: null };' +
          "w.addEventListener('error', function (ev) { early.error = ev.message || 'it could not be loaded'; });" +
          "w.addEventListener('message', function (ev) { if (ev.data && ev.data.preBooted) early.preBooted = ev.data.preBooted; }, { once: true });" +
          'window.__earlyKernelWorker = early;';
        return [{ tag: 'script', injectTo: 'head-prepend', children: `(function () { ${start} })();` }];
      },
    },
  };
}

export default defineConfig({
  plugins: [svelte(), earlyKernelWorker(), firstPaintBudget(), serviceWorker()],
  worker: {
    format: 'es',
    rolldownOptions: {
      output: {
        entryFileNames: (chunk) =>
          chunk.facadeModuleId?.endsWith('/worker/main.ts')
            ? 'assets/kernel-worker-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: {
        main: page('index.html'),
        floor: page('bench/page/index-floor.html'),
        embed: page('embed.html'),
      },
    },
  },
});
