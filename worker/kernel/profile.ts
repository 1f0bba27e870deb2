// The kernels the model can boot. Both share the VFS, tracefs and ring buffer; they differ in the
// user_events ABI and what surrounds it (docs/profiles.md):
//   rfc-v2      the tracing-namespaces RFC v2 (2022) on the status-page ABI of Linux 6.0–6.3
//   linux-6.12  upstream Linux 6.12: no namespaces, the enable-bit ABI of 6.4 and later
// A session names its profile; logs made before there was a choice name rfc-v2.

export type KernelProfile = 'rfc-v2' | 'linux-6.12';

export interface ProfileInfo {
  readonly id: KernelProfile;
  /** What the page shows. */
  readonly title: string;
  /** uname -r. */
  readonly release: string;
}

export const KERNEL_PROFILES: readonly ProfileInfo[] = [
  { id: 'rfc-v2', title: 'Tracing namespaces RFC v2 (Linux 6.1)', release: '6.1.0' },
  { id: 'linux-6.12', title: 'Linux 6.12 (upstream)', release: '6.12.0' },
];

export const DEFAULT_PROFILE: KernelProfile = 'rfc-v2';

export function isKernelProfile(id: unknown): id is KernelProfile {
  return KERNEL_PROFILES.some((p) => p.id === id);
}

export function profileInfo(id: KernelProfile): ProfileInfo {
  return KERNEL_PROFILES.find((p) => p.id === id)!;
}
