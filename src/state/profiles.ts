// The kernel profiles the playground boots, as the page names them: each one's title, a short
// label for narrow places, and its release (`uname -r`). The worker's own table is
// worker/kernel/profile.ts, which the page may not import (docs/architecture.md); the record below
// is typed by the protocol's KernelProfile, so a profile added there fails the page's type check
// until it is named here, and a test holds ids, titles and releases equal to the worker's.
import type { KernelProfile } from '../../worker/protocol';

export interface PageProfile {
  id: KernelProfile;
  title: string;
  /** The title cut to what a phone's masthead has room for. */
  label: string;
  release: string;
}

const NAMED: Readonly<Record<KernelProfile, Omit<PageProfile, 'id'>>> = {
  'rfc-v2': { title: 'Tracing namespaces RFC v2 (Linux 6.1)', label: 'RFC v2', release: '6.1.0' },
  'linux-6.12': { title: 'Linux 6.12 (upstream)', label: 'Linux 6.12', release: '6.12.0' },
};

/** Every profile, in the order the page offers them. */
export const PROFILES: readonly PageProfile[] = Object.entries(NAMED).map(([id, named]) => ({
  id: id as KernelProfile,
  ...named,
}));

/** The profile of a fresh session, and of every log made before there was a choice. */
export const DEFAULT_PROFILE: KernelProfile = 'rfc-v2';

/** Whether this playground has the profile a log (or an option, a lesson) names. */
export function isProfile(id: unknown): id is KernelProfile {
  return typeof id === 'string' && Object.hasOwn(NAMED, id);
}

export function profileOf(id: KernelProfile): PageProfile {
  return PROFILES.find((p) => p.id === id) ?? PROFILES[0];
}

/** `rfc-v2, linux-6.12`: the profiles there are, for sentences that name them. */
export const PROFILE_NAMES = PROFILES.map((p) => p.id).join(', ');
