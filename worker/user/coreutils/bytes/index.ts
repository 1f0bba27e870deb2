// The bytes tools of /usr/bin: dumps (od, hexdump, xxd), the block copier dd, and the comparers
// cmp and diff.

import type { Program } from '../../process';
import { cmp } from './cmp';
import { dd } from './dd';
import { diff } from './diff';
import { hexdump } from './hexdump';
import { od } from './od';
import { xxd } from './xxd';

export const programs: Readonly<Record<string, Program>> = { cmp, dd, diff, hexdump, od, xxd };
