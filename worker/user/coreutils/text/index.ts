// The text tools of /usr/bin: GNU coreutils' everyday filters and name tools as they behave under
// LC_ALL=C (bytes, not characters), one module per tool or family.

import type { Program } from '../../process';
import { cut } from './cut';
import { basename, dirname } from './names';
import { seq } from './seq';
import { sort } from './sort';
import { tee } from './tee';
import { tr } from './tr';
import { uniq } from './uniq';
import { yes } from './yes';

export const programs: Readonly<Record<string, Program>> = {
  basename,
  cut,
  dirname,
  seq,
  sort,
  tee,
  tr,
  uniq,
  yes,
};
