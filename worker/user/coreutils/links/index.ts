// The link tools of /usr/bin: ln. The helpers beside it (canonicalize.ts, link-mode.ts,
// backup.ts, names.ts) are for every tool that meets symbolic links.

import type { Program } from '../../process';
import { ln } from './ln';

export const programs: Readonly<Record<string, Program>> = {
  ln,
};
