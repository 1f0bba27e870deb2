// A build step that fails `npm run build` when the first paint's JavaScript (build/first-paint.ts:
// page and kernel worker, gzip) grows past the budget written in build/first-paint-budget.json, so
// the page stays instant as the shell and its tools grow. Raise the budget only on purpose, with
// the page benchmark's figures (docs/benchmarks.md) to show the cold load still meets its target.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { firstPaintFiles } from './first-paint.ts';

const BUDGET_FILE = fileURLToPath(new URL('./first-paint-budget.json', import.meta.url));

export function firstPaintBudget(): Plugin {
  let outDir = 'dist';
  return {
    name: 'first-paint-budget',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const budget = (JSON.parse(readFileSync(BUDGET_FILE, 'utf8')) as { gzipBytes: number }).gzipBytes;
      const files = firstPaintFiles(outDir);
      const total = files.reduce((sum, f) => sum + f.gzip, 0);
      const list = files.map((f) => `  ${f.file} ${f.gzip} B`).join('\n');
      if (total > budget) {
        this.error(
          `first paint is ${total} B of gzip JavaScript, over the budget of ${budget} B ` +
            `(build/first-paint-budget.json):\n${list}`,
        );
      }
      this.info?.(`first paint: ${total} B of ${budget} B (gzip)`);
    },
  };
}
