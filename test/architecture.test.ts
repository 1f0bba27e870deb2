// The layer table of docs/architecture.md, checked over the real import graph: who may import
// whom, no runtime import cycles, and no browser, worker or Node globals in the kernel.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...files(path));
    else if (/\.(ts|svelte)$/.test(name)) out.push(path);
  }
  return out;
}

interface Edge {
  to: string;
  typeOnly: boolean;
}

function imports(file: string): Edge[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const edges: Edge[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const spec = m[3] ?? m[4];
    if (!spec.startsWith('.')) continue;
    let to = relative(ROOT, resolve(ROOT, dirname(file), spec));
    if (!/\.(ts|svelte|js|mjs)$/.test(to)) to += '.ts';
    edges.push({ to, typeOnly: Boolean(m[2]) });
  }
  return edges;
}

const all = [...files('worker'), ...files('src')];
const graph = new Map(all.map((f) => [f, imports(f)]));

/** Which folders a folder's modules may import at runtime (besides their own folder). */
const ALLOWED: Array<[RegExp, RegExp[]]> = [
  [/^worker\/kernel\/lib\//, []],
  [/^worker\/kernel\/fs\//, [/^worker\/kernel\/lib\//]],
  [/^worker\/kernel\/mm\//, [/^worker\/kernel\/lib\//]],
  [/^worker\/kernel\/sched\//, [/^worker\/kernel\/(lib|fs|mm)\//]],
  [/^worker\/kernel\/proc\//, [/^worker\/kernel\/(lib|fs|sched)\//]],
  [/^worker\/kernel\/tracefs\//, [/^worker\/kernel\/(lib|fs)\//, /^worker\/kernel\/sched\/current\.ts$/]],
  [
    /^worker\/kernel\/trace\//,
    [/^worker\/kernel\/(lib|fs|tracefs)\//, /^worker\/kernel\/sched\/current\.ts$/],
  ],
  [
    /^worker\/kernel\/user-events\//,
    [/^worker\/kernel\/(lib|fs|mm|tracefs|trace|user-events)\//, /^worker\/kernel\/sched\/current\.ts$/],
  ],
  [/^worker\/kernel\/debug\//, [/^worker\/kernel\/(lib|trace)\//]],
  [
    /^worker\/user\//,
    [
      /^worker\/kernel\/syscall-table\.ts$/,
      /^worker\/kernel\/syscalls\.ts$/,
      /^worker\/kernel\/lib\/(errno|utf8)\.ts$/,
    ],
  ],
  [/^src\//, []],
];

function folderOf(file: string): string {
  return file.slice(0, file.lastIndexOf('/') + 1);
}

describe('architecture', () => {
  it('every runtime import follows the layer table', () => {
    const violations: string[] = [];
    for (const [file, edges] of graph) {
      const rule = ALLOWED.find(([re]) => re.test(file));
      if (!rule) continue;
      for (const edge of edges) {
        if (edge.to.startsWith(folderOf(file)) && !file.startsWith('worker/user/')) continue;
        if (file.startsWith('worker/user/') && edge.to.startsWith('worker/user/')) continue;
        if (file.startsWith('src/') && edge.to.startsWith('src/')) continue;
        if (file.startsWith('src/') && edge.to === 'worker/protocol.ts' && edge.typeOnly) continue;
        if (rule[1].some((re) => re.test(edge.to))) continue;
        violations.push(`${file} -> ${edge.to}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('has no runtime import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...stack.slice(stack.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      stack.push(file);
      for (const edge of graph.get(file) ?? []) if (!edge.typeOnly && graph.has(edge.to)) visit(edge.to);
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file);
    expect(cycles).toEqual([]);
  });

  it('the kernel and user space use no browser, worker or Node globals', () => {
    const offenders = [...graph.keys()]
      .filter((f) => /^worker\/(kernel|user)\//.test(f))
      .filter((f) =>
        // NOTE: bash's own words name a here-document; that is no browser global.
        /\b(window|(?<!here-)document|postMessage|self\.|process\.|console\.|globalThis)\b/.test(
          readFileSync(join(ROOT, f), 'utf8'),
        ),
      );
    expect(offenders).toEqual([]);
  });
});
