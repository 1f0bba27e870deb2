// The programs installed in the playground's /usr/bin: every command the shell runs in a child task.
// The shell finds them through program-table.ts once this table is installed there; their names are
// also listed in program-names.ts, for what must know them before (completion, `type`, PATH).

import type { Program } from '../process';
import { chmod, chown } from './attr';
import { cat } from './cat';
import { mkdir, rm, rmdir, touch } from './fileops';
import { grep } from './grep';
import { head, tail } from './head';
import { ls } from './ls';
import { stat } from './stat';
import { id, mount, sleep, umount, whoami } from './system';
import { tree } from './tree';
import { uevent } from '../programs/uevent';
import { explain } from '../programs/explain';
import { container } from '../programs/container';
import { su } from '../programs/su';
import { sudo } from '../programs/sudo';
import { wc } from './wc';
import { programs as textTools } from './text/index';
import { programs as sedTools } from './sed/index';
import { programs as awkTools } from './awk/index';
import { programs as byteTools } from './bytes/index';
import { programs as fileTools } from './files/index';
import { programs as linkTools } from './links/index';
import { programs as procTools } from './procps/index';
import { programs as invocationTools } from './invocation/index';

export const PROGRAMS: Readonly<Record<string, Program>> = {
  ...textTools,
  ...sedTools,
  ...awkTools,
  ...byteTools,
  ...fileTools,
  ...linkTools,
  ...procTools,
  ...invocationTools,
  cat,
  chmod,
  chown,
  container,
  explain,
  grep,
  head,
  id,
  ls,
  mkdir,
  mount,
  rm,
  rmdir,
  sleep,
  stat,
  su,
  sudo,
  tail,
  touch,
  tree,
  uevent,
  umount,
  wc,
  whoami,
};
