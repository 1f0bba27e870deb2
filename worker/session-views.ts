// The tree's points of view: the terminal's foreground shell (the default: after `su` or
// `container exec` it shows what that shell sees), the host as the terminal's login task sees it,
// or a container, through its init task (the holder of its mount namespace), so a learner sees
// exactly what a process in the container sees. Every look is a quiet system call.

import type { Kernel } from './kernel/boot';
import type { Syscalls } from './kernel/syscall-table';
import { ContainerStore } from './user/programs/container-store';
import type { ViewInfo, ViewSpec } from './protocol';

/** The views on offer: the terminal, the host, then each container in name order. */
export function listViews(host: Syscalls): ViewInfo[] {
  const views: ViewInfo[] = [
    { spec: { kind: 'terminal' }, label: "The terminal's shell" },
    { spec: { kind: 'host' }, label: 'The host' },
  ];
  const store = new ContainerStore(host);
  const names = store.names();
  if (typeof names === 'number') return views;
  for (const name of names) {
    const c = store.read(name);
    const user = typeof c === 'number' ? '' : ` (${c.user})`;
    views.push({ spec: { kind: 'container', name }, label: `Container ${name}${user}` });
  }
  return views;
}

/**
 * The quiet calls of a container's init task, or null when there is no such container (any more):
 * the caller falls back to the host.
 */
export function containerView(kernel: Kernel, host: Syscalls, name: string): Syscalls | null {
  const c = new ContainerStore(host).read(name);
  if (typeof c === 'number') return null;
  return kernel.observe(c.init);
}

export function sameView(a: ViewSpec, b: ViewSpec): boolean {
  return a.kind === b.kind && (a.kind !== 'container' || (b.kind === 'container' && a.name === b.name));
}
