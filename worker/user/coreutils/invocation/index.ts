// The tools of /usr/bin that run another command under conditions of their own (coreutils'
// "modified command invocation"): timeout.

import type { Program } from '../../process';
import { timeout } from './timeout';

export const programs: Readonly<Record<string, Program>> = {
  timeout,
};
