// `npm run bench:page`: the playground page against a floor page of the same stack (Vite, Svelte 5,
// xterm.js, a Comlink worker echoing lines; bench/page/index-floor.html), both served from the
// built dist, precompressed as a static host serves it (static-server.ts), and driven in real
// Chromium, interleaved so that the machine's noise falls on both alike (see docs/benchmarks.md,
// "Page"):
//   (a) cold load: a fresh browser context per sample, from navigation to the first prompt taking
//       a typed key (the key's echo drawn on screen);
//   (b) round trip: Enter on `echo hi` until its output and the next prompt are in the terminal;
//   (c) link replay: the cold load of a share link of 1,000 steps (replay-link.ts), against the
//       plain page's cold load of the same rounds;
//   (d) first paint: the JavaScript the first paint loads (gzip) against the build's budget.
// Times are taken inside the page (performance.now), not by polling from here. Prints a table and
// the ratios against the targets; writes nothing but dist, which it builds first when it is missing
// or older than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../test/e2e/chromium-path.mjs';
import { formatRow, median, percentile, spread } from './stats';
import { replayLink } from './replay-link';
import { firstPaintFiles } from '../../build/first-paint';
import { serveDist } from './static-server';

const PORT = Number(process.env.PAGE_BENCH_PORT ?? 4181);
const BASE = `http://127.0.0.1:${PORT}`;
const LOADS = Number(process.env.PAGE_BENCH_LOADS ?? 25);
const TRIPS = Number(process.env.PAGE_BENCH_TRIPS ?? 60);
const WARMUP = 3;

const PAGES = [
  { name: 'floor', url: `${BASE}/bench/page/index-floor.html` },
  { name: 'playground', url: `${BASE}/` },
] as const;
type PageName = (typeof PAGES)[number]['name'];

/** Steps in the link of (c). */
const LINK_STEPS = 1000;
/** (c)'s target: the link's prompt at most this long after the plain page's. */
const REPLAY_BUDGET_MS = 300;

/**
 * Runs in the page before any of its scripts: notes when the prompt is ready and when a typed `q`
 * shows after it. NOTE: a string: the page has no Node types, and functions compiled by tsx carry
 * helpers the page lacks.
 */
const COLD_LOAD_PROBE = `
  const probe = { ready: 0, keydown: 0, accepted: 0 };
  window.__probe = probe;
  const READY = '[data-testid="terminal"][data-ready="true"][data-state="idle"]';
  const watchReady = new MutationObserver(() => {
    if (!document.querySelector(READY)) return;
    probe.ready = performance.now();
    watchReady.disconnect();
  });
  watchReady.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-state'] });
  const keyShown = () => {
    const cursor = document.querySelector('.xterm-rows .xterm-cursor');
    const row = cursor && cursor.closest('.xterm-rows > div');
    return /[#$]\\s+q$/.test(((row && row.textContent) || '').trimEnd());
  };
  window.addEventListener('keydown', (ev) => {
    if (ev.key !== 'q' || probe.keydown) return;
    probe.keydown = performance.now();
    const watchKey = new MutationObserver(() => {
      if (!keyShown()) return;
      probe.accepted = performance.now();
      watchKey.disconnect();
    });
    watchKey.observe(document.querySelector('.xterm-rows'), { subtree: true, childList: true, characterData: true });
  }, { capture: true });
`;

/** The rest of the in-page code, as strings for the same reason. */
const IN_PAGE = {
  ready: 'window.__probe.ready > 0',
  accepted: 'window.__probe.accepted > 0 && window.__probe',
  /** The line being edited ends with what was typed. */
  typed: `(() => {
    const cursor = document.querySelector('.xterm-rows .xterm-cursor');
    const row = cursor && cursor.closest('.xterm-rows > div');
    return /echo\\shi$/.test(((row && row.textContent) || '').trimEnd());
  })()`,
  /** Times from the next keydown until the terminal has finished one more step (output and prompt written). */
  armTrip: `(() => {
    const term = document.querySelector('[data-testid="terminal"]');
    const before = Number(term.dataset.steps);
    window.__trip = new Promise((resolve) => {
      let t0 = 0;
      window.addEventListener('keydown', () => (t0 = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (Number(term.dataset.steps) > before && term.dataset.state === 'idle') {
          observer.disconnect();
          resolve(performance.now() - t0);
        }
      });
      observer.observe(term, { attributes: true });
    });
  })()`,
  trip: 'window.__trip',
  /** The row above the new prompt is the command's output. */
  answered: `(() => {
    const cursor = document.querySelector('.xterm-rows .xterm-cursor');
    const row = cursor && cursor.closest('.xterm-rows > div');
    const above = row && row.previousElementSibling;
    return !!above && (above.textContent || '').trim() === 'hi';
  })()`,
};

interface Probe {
  ready: number;
  keydown: number;
  accepted: number;
}

async function coldLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: COLD_LOAD_PROBE });
    await page.goto(url);
    await page.waitForFunction(IN_PAGE.ready);
    await page.keyboard.press('q');
    const { ready, keydown, accepted } = (await (
      await page.waitForFunction(IN_PAGE.accepted)
    ).jsonValue()) as Probe;
    // NOTE: the wait between the prompt being ready and the key being pressed is this script's, not the page's.
    // NOTE: a link's address is kilobytes long: its start is enough to tell the pages apart.
    if (process.env.PAGE_BENCH_DEBUG)
      console.log(url.slice(0, 40), Math.round(ready), Math.round(accepted - keydown));
    return ready + (accepted - keydown);
  } finally {
    await context.close();
  }
}

async function openReady(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-testid="terminal"][data-ready="true"][data-state="idle"]');
  return page;
}

/** Types `echo hi` (untimed), then times Enter until the step is done: output and prompt written. */
async function roundTrip(page: Page): Promise<number> {
  await page.keyboard.type('echo hi');
  await page.waitForFunction(IN_PAGE.typed);
  await page.evaluate(IN_PAGE.armTrip);
  await page.keyboard.press('Enter');
  const ms = (await page.evaluate(IN_PAGE.trip)) as number;
  await page.waitForFunction(IN_PAGE.answered);
  return ms;
}

/** Sources the built pages come from: dist is rebuilt when it is missing or older than any of them. */
const SOURCES = ['index.html', 'vite.config.ts', 'build', 'src', 'worker', 'bench/page', 'public'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(
    st.mtimeMs,
    ...readdirSync(path, { recursive: true, encoding: 'utf8' }).map((f) => statSync(join(path, f)).mtimeMs),
  );
}

function distIsStale(): boolean {
  const built = ['dist/index.html', 'dist/bench/page/index-floor.html'];
  if (!built.every((f) => existsSync(f))) return true;
  const builtAt = Math.min(...built.map((f) => statSync(f).mtimeMs));
  return SOURCES.some((src) => newest(src) > builtAt);
}

async function main(): Promise<void> {
  if (distIsStale()) {
    console.log('bench:page: building dist ...');
    if (spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status !== 0)
      throw new Error('build failed');
  }
  const server = await serveDist('dist', PORT);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const linked = { name: 'link' as const, url: `${BASE}/#${await replayLink(LINK_STEPS)}` };
    const rounds = [...PAGES, linked];
    const loads: Record<PageName | 'link', number[]> = { floor: [], playground: [], link: [] };
    for (let i = 0; i < WARMUP + LOADS; i++) {
      for (const p of i % 2 ? [...rounds].reverse() : rounds) {
        const ms = await coldLoad(browser, p.url);
        if (i >= WARMUP) loads[p.name].push(ms);
      }
    }
    const pages = {
      floor: await openReady(browser, PAGES[0].url),
      playground: await openReady(browser, PAGES[1].url),
    };
    const trips: Record<PageName, number[]> = { floor: [], playground: [] };
    for (let i = 0; i < WARMUP + TRIPS; i++) {
      for (const p of i % 2 ? [...PAGES].reverse() : PAGES) {
        const ms = await roundTrip(pages[p.name]);
        if (i >= WARMUP) trips[p.name].push(ms);
      }
    }
    report(loads, trips);
  } finally {
    await browser.close();
    server.close();
  }
}

function report(loads: Record<PageName | 'link', number[]>, trips: Record<PageName, number[]>): void {
  const loadRatio = median(loads.playground) / median(loads.floor);
  const replayMs = median(loads.link) - median(loads.playground);
  const files = firstPaintFiles('dist');
  const firstPaint = files.reduce((sum, f) => sum + f.gzip, 0);
  const budget = (JSON.parse(readFileSync('build/first-paint-budget.json', 'utf8')) as { gzipBytes: number })
    .gzipBytes;
  const p50Ratio = percentile(trips.playground, 0.5) / percentile(trips.floor, 0.5);
  const p99Ratio = percentile(trips.playground, 0.99) / percentile(trips.floor, 0.99);
  const verdict = (ratio: number, max: number) => (ratio <= max ? `meets <= ${max}x` : `MISSES <= ${max}x`);
  console.log(`page bench: ${LOADS} cold loads and ${TRIPS} round trips per page, interleaved\n`);
  console.log(
    [
      formatRow(['benchmark', 'floor', 'playground', 'playground / floor', 'target']),
      formatRow(['---', '---', '---', '---', '---']),
      formatRow([
        '(a) cold load to a prompt taking a key, median (IQR)',
        `${median(loads.floor).toFixed(0)} ms (±${(spread(loads.floor) * 100).toFixed(0)}%)`,
        `${median(loads.playground).toFixed(0)} ms (±${(spread(loads.playground) * 100).toFixed(0)}%)`,
        `${loadRatio.toFixed(2)}x`,
        verdict(loadRatio, 1.15),
      ]),
      formatRow([
        '(b) round trip `echo hi`, p50',
        `${percentile(trips.floor, 0.5).toFixed(1)} ms`,
        `${percentile(trips.playground, 0.5).toFixed(1)} ms`,
        `${p50Ratio.toFixed(2)}x`,
        verdict(p50Ratio, 1.5),
      ]),
      formatRow([
        '(b) round trip `echo hi`, p99',
        `${percentile(trips.floor, 0.99).toFixed(1)} ms`,
        `${percentile(trips.playground, 0.99).toFixed(1)} ms`,
        `${p99Ratio.toFixed(2)}x`,
        'none; reported',
      ]),
      formatRow([
        `(c) cold load of a ${LINK_STEPS}-step link, median (IQR)`,
        '',
        `${median(loads.link).toFixed(0)} ms (±${(spread(loads.link) * 100).toFixed(0)}%)`,
        `+${replayMs.toFixed(0)} ms over (a)`,
        replayMs <= REPLAY_BUDGET_MS
          ? `meets <= +${REPLAY_BUDGET_MS} ms`
          : `MISSES <= +${REPLAY_BUDGET_MS} ms`,
      ]),
      formatRow([
        '(d) first-paint JavaScript (page + kernel worker, gzip)',
        '',
        `${firstPaint} B in ${files.length} files`,
        `${((firstPaint / budget) * 100).toFixed(0)}% of the budget`,
        `${budget} B (build/first-paint-budget.json)`,
      ]),
    ].join('\n'),
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
