// The process tools of /usr/bin: procps-ng's ps, reading /proc as the real one does.

import type { Program } from '../../process';
import { ps } from './ps';

export const programs: Readonly<Record<string, Program>> = {
  ps,
};
