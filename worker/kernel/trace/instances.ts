// Models instance_mkdir()/instance_rmdir() of kernel/trace/trace.c (§f): a trace array per
// directory under instances/, with its own buffer, options and events/ tree. Removal is refused
// while any of its files but the per-event ones is open; it disables every event it had enabled.

import { EBUSY, EEXIST, ENOENT, ENOMEM } from '../lib/errno';
import type { Dentry } from '../fs/dentry';
import { tracefsCreateCallbackDir, tracefsCreateDir, tracefsRemove } from '../tracefs/tracefs';
import { createEventsDir } from './events-dir';
import { defaultPages, newTraceArray } from './trace-array';
import { createTraceFiles } from './trace-files';
import { eventEnableDisable, trace } from './trace-event';

function instanceMkdir(parent: Dentry, name: string): number {
  if (trace.arrays.some((tr) => tr.name === name)) return -EEXIST;
  const dir = tracefsCreateDir(name, parent);
  if (!dir) return -ENOMEM;
  const top = trace.arrays[0];
  const tr = newTraceArray(name, dir, defaultPages(), new Map(top.options), trace.seq);
  createTraceFiles(tr);
  if (!createEventsDir(tr)) {
    tracefsRemove(dir);
    return -ENOMEM;
  }
  trace.arrays.push(tr);
  return 0;
}

function instanceRmdir(name: string): number {
  const tr = trace.arrays.find((t) => t.name === name && t.name !== '');
  if (!tr) return -ENOENT;
  if (tr.pins > 0) return -EBUSY;
  for (const call of [...tr.enabled]) eventEnableDisable(tr, call, false);
  tr.removed = true;
  trace.arrays = trace.arrays.filter((t) => t !== tr);
  tracefsRemove(tr.dir);
  return 0;
}

/** Creates `instances/` under the tracefs root. */
export function createInstancesDir(root: Dentry): Dentry | null {
  const dir: Dentry | null = tracefsCreateCallbackDir('instances', root, {
    mkdir: (name) => (dir ? instanceMkdir(dir, name) : -ENOMEM),
    rmdir: (name) => instanceRmdir(name),
  });
  return dir;
}
