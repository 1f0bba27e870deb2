// Models bash 5.2's `wait` (builtins/wait.def) and `disown` (builtins/jobs.def) over the job table:
// `wait [-fn] [-p VAR] [ID...]` lets the scheduler run the jobs (and the clock move) until the named
// ones, all of them, or with -n the next one, have ended, and returns the status of the last ID (of
// the job -n found, 127 when there is none); `disown [-h] [-ar] [ID...]` takes jobs out of the table
// while their processes go on. A job a wait has collected is not found by `wait -n` again; the pid
// of a disowned job is still known to `wait`, which returns 0 for it at once, as bash 5.2 does.
// Simplified: `disown -h` keeps the job in the table, as bash does, but the model's hangup on the
// terminal's end reaches every job started on it all the same.

import { encodeText } from '../bytes';
import type { Proc, Wait } from '../process';
import { shellError, type BuiltinContext } from './builtin-io';
import type { Job } from './jobs';
import type { JobTable } from './job-table';
import { ReadonlyError } from './state';

/** Jobs a wait has returned: `wait -n` looks for the next one. */
const collected = new WeakSet<Job>();
/** The pids `disown` took out of each shell's table: `wait PID` still knows them. */
const disowned = new WeakMap<JobTable, Set<number>>();

const WAIT_USAGE = 'wait: usage: wait [-fn] [-p var] [id ...]\n';
const DISOWN_USAGE = 'disown: usage: disown [-h] [-ar] [jobspec ... | pid ...]\n';

/** internal_getopt(): the option letters given (an argument after `p`), or the status of a usage error. */
function builtinOptions(
  b: BuiltinContext,
  letters: string,
  usage: string,
): { flags: Set<string>; arg: string | null; operands: string[] } | number {
  const args = b.argv.slice(1);
  const flags = new Set<string>();
  let arg: string | null = null;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a.length < 2 || a[0] !== '-') break;
    for (let k = 1; k < a.length; k++) {
      const c = a[k];
      if (!letters.includes(c)) {
        shellError(b.sys, `${b.argv[0]}: -${c}: invalid option`);
        b.sys.write(2, encodeText(usage));
        return 2;
      }
      flags.add(c);
      if (c !== 'p') continue;
      const value = k + 1 < a.length ? a.slice(k + 1) : args[++i];
      if (value === undefined) {
        shellError(b.sys, `${b.argv[0]}: -p: option requires an argument`);
        b.sys.write(2, encodeText(usage));
        return 2;
      }
      arg = value;
      break;
    }
  }
  return { flags, arg, operands: args.slice(i) };
}

/** The job an ID names (`%N`, `%NAME`, a pid) in the shell's table. */
function jobOf(table: JobTable, id: string): Job | null {
  if (/^\d+$/.test(id)) return table.jobs.find((j) => String(j.pid) === id) ?? null;
  const found = table.resolve(id);
  return typeof found === 'string' ? null : found;
}

/** Lets the jobs run until `ready` says so; false when nothing can happen without outside input. */
function* runJobs(
  b: BuiltinContext,
  jobs: readonly Job[],
  ready: () => boolean,
): Generator<Wait, void, void> {
  const scheduler = b.sh.jobs.scheduler;
  while (!ready()) {
    if (scheduler.waitForProgress(b.sys)) continue;
    const blocked = jobs.find((j) => j.state === 'running' && j.pending && 'fd' in j.pending);
    yield (blocked?.pending as Wait | undefined) ?? { pid: b.sys.pid, fd: 0 };
  }
}

/** `-p VAR`: the variable gets the pid of the job whose status wait returns. */
function setPidVariable(b: BuiltinContext, name: string | null, job: Job | null): void {
  if (name === null) return;
  try {
    if (job) b.sh.setVar(name, String(job.pid));
    else b.sh.unsetVar(name);
  } catch (e) {
    if (!(e instanceof ReadonlyError)) throw e;
    shellError(b.sys, `wait: ${name}: readonly variable`);
  }
}

/** wait [-fn] [-p VAR] [ID...] */
export function* wait(b: BuiltinContext): Proc {
  const o = builtinOptions(b, 'fnp', WAIT_USAGE);
  if (typeof o === 'number') return o;
  if (o.arg !== null && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(o.arg)) {
    shellError(b.sys, `wait: \`${o.arg}': not a valid identifier`);
    return 1;
  }
  const table = b.sh.jobs;
  if (o.flags.has('n')) return yield* waitAny(b, o.operands, o.arg);
  if (o.operands.length === 0) {
    const all = [...table.jobs];
    yield* runJobs(b, all, () => all.every((j) => j.state !== 'running'));
    for (const job of all) collected.add(job);
    return 0;
  }
  const named: Array<Job | number> = o.operands.map((id) => {
    const job = /^(\d+|%.*)$/.test(id) ? jobOf(table, id) : null;
    if (job) return job;
    if (disowned.get(table)?.has(Number(id))) return 0;
    if (id.startsWith('%')) shellError(b.sys, `wait: ${id}: no such job`);
    else if (/^\d+$/.test(id)) shellError(b.sys, `wait: pid ${id} is not a child of this shell`);
    else {
      shellError(b.sys, `wait: \`${id}': not a pid or valid job spec`);
      return 1;
    }
    return 127;
  });
  const jobs = named.filter((n): n is Job => typeof n !== 'number');
  yield* runJobs(b, jobs, () => jobs.every((j) => j.state !== 'running'));
  for (const job of jobs) collected.add(job);
  const last = named[named.length - 1];
  setPidVariable(b, o.arg, typeof last === 'number' ? null : last);
  return typeof last === 'number' ? last : last.status;
}

/** wait -n [ID...]: the status of the next job to end among the named ones (or all); 127 if none. */
function* waitAny(b: BuiltinContext, ids: readonly string[], variable: string | null): Proc {
  const table = b.sh.jobs;
  let jobs = table.jobs.filter((j) => !collected.has(j));
  if (ids.length > 0) {
    const named = ids.map((id) => {
      const job = jobOf(table, id);
      if (!job) shellError(b.sys, `wait: ${id}: no such job`);
      return job;
    });
    jobs = jobs.filter((j) => named.includes(j));
  }
  const ended = () => jobs.find((j) => j.state === 'done') ?? null;
  yield* runJobs(b, jobs, () => ended() !== null || !jobs.some((j) => j.state === 'running'));
  const job = ended();
  setPidVariable(b, variable, job);
  if (!job) return 127;
  collected.add(job);
  // NOTE: bash reports the job it returns at once and forgets it (notify_and_cleanup in wait_for).
  const line = table.line(job);
  table.drop(job);
  if (table.announce && (b.sh.options.monitor || job.signal !== 0)) b.sys.write(2, encodeText(line));
  return job.status;
}

/** disown [-h] [-ar] [ID...]: the jobs leave the table (-h: stay, not to be hung up); they run on. */
export function disown(b: BuiltinContext): number {
  const o = builtinOptions(b, 'ahr', DISOWN_USAGE);
  if (typeof o === 'number') return o;
  const table = b.sh.jobs;
  const nohup = o.flags.has('h');
  if (o.operands.length === 0 && (o.flags.has('a') || o.flags.has('r'))) {
    const running = o.flags.has('r');
    for (const job of [...table.jobs]) if (!running || job.state === 'running') release(table, job, nohup);
    return 0;
  }
  let status = 0;
  for (const id of o.operands.length === 0 ? [null] : o.operands) {
    const job = id === null ? table.current() : jobOf(table, id);
    if (!job) {
      shellError(b.sys, `disown: ${id ?? 'current'}: no such job`);
      status = 1;
    } else release(table, job, nohup);
  }
  return status;
}

/** One job leaves the shell's table; its process goes on by itself (-h: it stays). */
function release(table: JobTable, job: Job, nohup: boolean): void {
  // NOTE: bash marks the job J_NOHUP; the model's hangups (jobs.ts) do not look at such a mark.
  if (nohup) return;
  table.jobs.splice(table.jobs.indexOf(job), 1);
  job.owner = null;
  if (job.state === 'done') table.scheduler.remove(job);
  const pids = disowned.get(table) ?? new Set<number>();
  pids.add(job.pid);
  disowned.set(table, pids);
}
