// Test helpers: run shell input on a freshly booted kernel through the headless runner, and read
// the terminal bytes back as text.

import { boot, type Kernel } from '../../worker/kernel/boot';
import { decodeUtf8 } from '../../worker/kernel/lib/utf8';
import { HeadlessSession, runScript, type HeadlessOptions } from '../../worker/user/headless';

export interface Ran {
  out: string;
  status: number;
}

/** Runs `script` (lines) as root in /sys/kernel/tracing on a fresh kernel. */
export function sh(script: string, options: HeadlessOptions = {}): Ran {
  const r = runScript(boot(), script, options);
  return { out: decodeUtf8(r.output), status: r.status };
}

/** A session that keeps its kernel, for several users on one machine. */
export function session(kernel: Kernel, options: HeadlessOptions = {}): (script: string) => Ran {
  const s = new HeadlessSession(kernel, options);
  return (script) => {
    const r = s.run(script);
    return { out: decodeUtf8(r.output), status: r.status };
  };
}

export const ALICE: HeadlessOptions = { uid: 1000, gid: 1000, cwd: '/home/alice' };
