// The files tools of /usr/bin: copying and moving, searching trees, building command lines, names,
// the environment, and what the system and its clock say.

import type { Program } from '../../process';
import { cp } from './cp';
import { date } from './date';
import { env, printenv } from './env';
import { find } from './find';
import { readlink, realpath } from './links';
import { mv } from './mv';
import { nproc, uname } from './system-info';
import { xargs } from './xargs';

export const programs: Readonly<Record<string, Program>> = {
  cp,
  date,
  env,
  find,
  mv,
  nproc,
  printenv,
  readlink,
  realpath,
  uname,
  xargs,
};
