// The awk tools of /usr/bin: mawk 1.3.4, also installed as awk.

import type { Program } from '../../process';
import { awk, mawk } from './main';

export const programs: Readonly<Record<string, Program>> = { awk, mawk };
