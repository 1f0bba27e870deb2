// Models fs/namespace.c: mounts, bind mounts and per-task mount namespaces.
// A mount puts the tree below `root` on top of `mountpoint` in its parent mount.

import type { Dentry } from './dentry';
import { kernelState } from '../lib/kernel-state';

export interface Mount {
  readonly id: number;
  readonly root: Dentry;
  readonly mountpoint: Dentry | null;
  readonly parent: Mount | null;
  /** File system type and source as /proc/mounts would show them. */
  readonly fsType: string;
  readonly source: string;
}

export interface MountNamespace {
  readonly id: number;
  root: Mount;
  mounts: Mount[];
}

const ids = kernelState(() => ({ mount: 1, ns: 1 }));

export function newMountNamespace(root: Dentry, fsType: string, source: string): MountNamespace {
  const mnt: Mount = { id: ids.mount++, root, mountpoint: null, parent: null, fsType, source };
  return { id: ids.ns++, root: mnt, mounts: [mnt] };
}

/** Attaches `root` (a whole file system, or a bind of any directory) on top of a path. */
export function attachMount(
  ns: MountNamespace,
  parent: Mount,
  mountpoint: Dentry,
  root: Dentry,
  fsType: string,
  source: string,
): Mount {
  const mnt: Mount = { id: ids.mount++, root, mountpoint, parent, fsType, source };
  ns.mounts.push(mnt);
  return mnt;
}

/** The mount stacked last on (parent, dentry), if any (lookup_mnt). */
export function lookupMount(ns: MountNamespace, parent: Mount, dentry: Dentry): Mount | null {
  for (let i = ns.mounts.length - 1; i >= 0; i--) {
    const m = ns.mounts[i];
    if (m.parent === parent && m.mountpoint === dentry) return m;
  }
  return null;
}

export function hasChildMounts(ns: MountNamespace, mnt: Mount): boolean {
  return ns.mounts.some((m) => m.parent === mnt);
}

export function detachMount(ns: MountNamespace, mnt: Mount): void {
  ns.mounts = ns.mounts.filter((m) => m !== mnt);
}

/** Whether some mount in the namespace sits on this dentry (it is a mount point). */
export function isMountpoint(ns: MountNamespace, dentry: Dentry): boolean {
  return ns.mounts.some((m) => m.mountpoint === dentry);
}

/** Drops every mount sitting on a dentry that has been removed (what d_invalidate does). */
export function detachMountsOn(ns: MountNamespace, dead: (d: Dentry) => boolean): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const m of ns.mounts) {
      if (m.mountpoint && (dead(m.mountpoint) || (m.parent && !ns.mounts.includes(m.parent)))) {
        detachMount(ns, m);
        changed = true;
        break;
      }
    }
  }
}

/**
 * A copy of the whole mount tree, for a new container (CLONE_NEWNS). `map` receives each original
 * mount's copy, so the caller can move a task's root and working directory onto the copies.
 */
export function cloneMountNamespace(ns: MountNamespace, map = new Map<Mount, Mount>()): MountNamespace {
  const mounts: Mount[] = [];
  for (const m of ns.mounts) {
    const copy: Mount = {
      id: ids.mount++,
      root: m.root,
      mountpoint: m.mountpoint,
      parent: m.parent ? (map.get(m.parent) ?? null) : null,
      fsType: m.fsType,
      source: m.source,
    };
    map.set(m, copy);
    mounts.push(copy);
  }
  return { id: ids.ns++, root: map.get(ns.root) ?? mounts[0], mounts };
}

/** Whether `mnt` is `top` or mounted somewhere below it. */
function isBelow(mnt: Mount, top: Mount): boolean {
  for (let m: Mount | null = mnt; m; m = m.parent) if (m === top) return true;
  return false;
}

/**
 * pivot_root(new_root, put_old) followed by umount2(put_old, MNT_DETACH), as a container runtime
 * does them: `newRoot` (a mount of this namespace) becomes the namespace's root mount, the mounts
 * below it stay where they are, every other mount leaves the namespace. Returns old -> new mounts.
 */
export function pivotMountNamespace(ns: MountNamespace, newRoot: Mount): Map<Mount, Mount> {
  const map = new Map<Mount, Mount>();
  const kept = ns.mounts.filter((m) => isBelow(m, newRoot));
  const root: Mount = { ...newRoot, id: ids.mount++, mountpoint: null, parent: null };
  map.set(newRoot, root);
  const mounts = [root];
  for (const m of kept) {
    if (m === newRoot) continue;
    const copy: Mount = { ...m, id: ids.mount++, parent: map.get(m.parent!) ?? root };
    map.set(m, copy);
    mounts.push(copy);
  }
  ns.root = root;
  ns.mounts = mounts;
  return map;
}
