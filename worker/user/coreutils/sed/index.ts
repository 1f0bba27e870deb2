// The sed tools of /usr/bin: GNU sed.

import type { Program } from '../../process';
import { sed } from './sed';

export const programs: Readonly<Record<string, Program>> = { sed };
