// The kernel profiles as the machine offers them (worker/kernel/profile.ts): which names a boot or
// a replay may ask for (a name from a shared log or the page is untrusted input, so one this
// playground does not have is refused as data, naming what it has) and the greeting each kernel's
// terminals open with, which says what it models.

import { KERNEL_PROFILES, isKernelProfile, type KernelProfile } from './kernel/profile';
import type { Reply } from './protocol';

const MORE = "Type 'help' for the commands, 'ls' to look around.\n";

/** The greeting of a terminal, by the kernel it runs on. */
export const BANNERS: Readonly<Record<KernelProfile, string>> = {
  'rfc-v2':
    'tracefs playground: a model of Linux tracefs with tracing namespaces (RFC v2) and user_events.\n' + MORE,
  'linux-6.12':
    'tracefs playground: a model of Linux 6.12 tracefs and user_events (upstream, no tracing namespaces).\n' +
    MORE,
};

/** `profile` when this playground has it, else a refusal that names it and the profiles there are. */
export function knownProfile(profile: unknown): Reply<KernelProfile> {
  if (isKernelProfile(profile)) return { ok: true, value: profile };
  const have = KERNEL_PROFILES.map((p) => p.id).join(', ');
  // NOTE: the name is untrusted: JSON quotes it and shows a control character as an escape.
  const name = JSON.stringify(String(profile).slice(0, 40));
  return {
    ok: false,
    error: { kind: 'refused', message: `this playground has no kernel profile ${name} (it has ${have})` },
  };
}
