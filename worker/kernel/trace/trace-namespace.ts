// Models kernel/trace/trace_namespace.c (RFC v2 3/7, the seed): systems that take part in tracing
// namespaces register five operations; `mkdir namespaces/NAME` builds NAME/{options,root/} and asks
// every system to create its part (rolling back on failure); `rmdir` refuses while the namespace is
// referenced or busy; `options` shows every system's settings and hands each written line to them.

import {
  EBUSY,
  ECANCELED,
  EEXIST,
  EINVAL,
  ENODEV,
  ENOENT,
  ENOMEM,
  errnoName,
  fail,
  ok,
  type Result,
} from '../lib/errno';
import { encodeUtf8 } from '../lib/utf8';
import type { Dentry } from '../fs/dentry';
import { seqRead, type FileOperations } from '../fs/file';
import {
  tracefsCreateCallbackDir,
  tracefsCreateDir,
  tracefsCreateFile,
  tracefsRemove,
} from '../tracefs/tracefs';
import { runCommandLines } from './cmdline';
import type { Disposable } from '../lib/disposable';
import { kernelState } from '../lib/kernel-state';

export const TRACE_ROOT_DIR_NAME = 'root';
export const TRACE_OPTIONS_NAME = 'options';
export const NAMESPACE_ID_MAX = 2147483647;

export interface TraceNamespace {
  readonly name: string;
  readonly id: number;
  readonly dir: Dentry;
  /** The directory systems put their files in, meant to be bind-mounted into containers. */
  readonly root: Dentry;
  readonly options: Dentry;
  /** 1 for existing, +1 per open `options` file. */
  refs: number;
}

/** A system taking part in namespaces; parse answers -ECANCELED for "not my option". */
export interface NamespaceSystemOperations {
  create(ns: TraceNamespace): number;
  remove(ns: TraceNamespace): number;
  parse(ns: TraceNamespace, line: string): number;
  show(ns: TraceNamespace): string;
  isBusy(ns: TraceNamespace): boolean;
}

interface NamespaceSystem {
  readonly name: string;
  readonly ops: NamespaceSystemOperations;
}

const registry = kernelState(() => ({
  systems: [] as NamespaceSystem[],
  namespaces: [] as TraceNamespace[],
  usedIds: new Set<number>(),
  lastId: 0,
  /** Simulator-only (Q17): every create/remove call and its result, as `name.op(ns) = result`. */
  callLog: [] as string[],
}));

/** The create/remove calls made so far (simulator-only debug view, Q17). */
export function namespaceCallLog(): readonly string[] {
  return registry.callLog;
}

function logged(s: NamespaceSystem, op: 'create' | 'remove', ns: TraceNamespace): number {
  const ret = s.ops[op](ns);
  registry.callLog.push(`${s.name}.${op}(${ns.name}) = ${ret ? errnoName(ret) : '0'}`);
  return ret;
}

/** Registers a system at the head of the list: every loop visits the newest system first. */
export function registerNamespaceSystem(
  name: string,
  ops: Partial<NamespaceSystemOperations>,
): Result<Disposable> {
  if (!ops.create || !ops.remove || !ops.parse || !ops.show || !ops.isBusy) return fail(EINVAL);
  const system: NamespaceSystem = { name, ops: ops as NamespaceSystemOperations };
  registry.systems.unshift(system);
  return ok({ dispose: () => (registry.systems = registry.systems.filter((s) => s !== system)) });
}

export function namespaceSystemNames(): string[] {
  return registry.systems.map((s) => s.name);
}

/** Each system's `show` text for one namespace, in list order (what `options` concatenates). */
export function namespaceShows(name: string): Array<{ system: string; text: string }> | null {
  const ns = registry.namespaces.find((n) => n.name === name);
  if (!ns) return null;
  return registry.systems.map((s) => ({ system: s.name, text: s.ops.show(ns) }));
}

export function namespaces(): readonly TraceNamespace[] {
  return registry.namespaces;
}

/** idr_alloc_cyclic() over 1 … NAMESPACE_ID_MAX: the smallest free id after the last one handed out. */
function allocId(): number {
  for (let n = 0, id = registry.lastId + 1; n < NAMESPACE_ID_MAX; n++, id++) {
    if (id > NAMESPACE_ID_MAX) id = 1;
    if (!registry.usedIds.has(id)) {
      registry.usedIds.add(id);
      registry.lastId = id;
      return id;
    }
  }
  return -ENOMEM;
}

const optionsFops: FileOperations = {
  open(inode) {
    const ns = inode.private as TraceNamespace;
    if (!registry.namespaces.includes(ns)) return -ENOENT;
    ns.refs++;
    return 0;
  },
  release(inode) {
    (inode.private as TraceNamespace).refs--;
  },
  read: (file, count, ppos) =>
    seqRead(file, count, ppos, () => {
      const ns = file.inode.private as TraceNamespace;
      return encodeUtf8(registry.systems.map((s) => s.ops.show(ns)).join(''));
    }),
  write(file, data) {
    const ns = file.inode.private as TraceNamespace;
    if (data.length === 0) return 0;
    return runCommandLines(data, (line) => {
      if (registry.systems.length === 0) return -ENODEV;
      for (const s of registry.systems) {
        const ret = s.ops.parse(ns, line);
        if (ret !== -ECANCELED) return ret;
      }
      return -EINVAL;
    });
  },
};

/** Removes a namespace's entries in the kernel's order and frees its id. */
function destroyEntries(
  ns: { dir: Dentry | null; options: Dentry | null; root: Dentry | null },
  id: number,
): void {
  tracefsRemove(ns.root);
  tracefsRemove(ns.options);
  tracefsRemove(ns.dir);
  registry.usedIds.delete(id);
}

/** mkdir namespaces/NAME (§b.5). */
export function traceNamespaceAdd(parent: Dentry, name: string): number {
  if (registry.namespaces.some((ns) => ns.name === name)) return -EEXIST;
  const id = allocId();
  if (id < 0) return id;
  const dir = tracefsCreateDir(name, parent);
  const ns = { name, id, dir, options: null as Dentry | null, root: null as Dentry | null, refs: 1 };
  if (dir) ns.options = tracefsCreateFile(TRACE_OPTIONS_NAME, 0o640, dir, null, optionsFops);
  if (ns.options && dir) ns.root = tracefsCreateDir(TRACE_ROOT_DIR_NAME, dir);
  if (!dir || !ns.options || !ns.root) {
    destroyEntries(ns, id);
    return -ENOMEM;
  }
  const made = ns as TraceNamespace;
  ns.options.inode.private = made;
  const created: NamespaceSystem[] = [];
  for (const s of registry.systems) {
    const err = logged(s, 'create', made);
    if (err) {
      for (const done of created) logged(done, 'remove', made);
      destroyEntries(ns, id);
      return err;
    }
    created.push(s);
  }
  registry.namespaces.unshift(made);
  return 0;
}

/** rmdir namespaces/NAME (§b.6). */
export function traceNamespaceRemove(name: string): number {
  const ns = registry.namespaces.find((n) => n.name === name);
  if (!ns) return -ENOENT;
  if (ns.refs !== 1) return -EBUSY;
  if (registry.systems.some((s) => s.ops.isBusy(ns))) return -EBUSY;
  let err = 0;
  for (const s of registry.systems) {
    const ret = logged(s, 'remove', ns);
    if (ret && ret !== -ENOENT) err = ret;
  }
  if (err) return err;
  registry.namespaces = registry.namespaces.filter((n) => n !== ns);
  destroyEntries(ns, ns.id);
  return 0;
}

/** Creates `namespaces/` under the tracefs root (RFC 2/7). */
export function createNamespacesDir(root: Dentry): Dentry | null {
  const dir: Dentry | null = tracefsCreateCallbackDir('namespaces', root, {
    mkdir: (name) => (dir ? traceNamespaceAdd(dir, name) : -ENODEV),
    rmdir: (name) => traceNamespaceRemove(name),
  });
  return dir;
}
