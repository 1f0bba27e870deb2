// Models bash's job-control builtins (builtins/jobs.def, kill.def, fg_bg.def, suspend.def): `jobs`,
// `kill` through the kernel's kill(2), `fg` and `bg`, and `suspend` for su and container shells;
// `wait` and `disown` are in job-wait.ts.

import { strerror } from '../../kernel/lib/errno';
import { SIGKILL, SIGTERM } from '../../kernel/syscalls';
import { encodeText } from '../bytes';
import { isShellRequest, type Proc } from '../process';
import { output, shellError, type Builtin, type BuiltinContext } from './builtin-io';
import type { Job } from './jobs';
import { disown, wait } from './job-wait';

/** kill -l names (without SIG) and numbers of the signals the model knows. */
const SIGNALS: ReadonlyArray<[string, number]> = [
  ['HUP', 1],
  ['INT', 2],
  ['QUIT', 3],
  ['KILL', SIGKILL],
  ['USR1', 10],
  ['USR2', 12],
  ['PIPE', 13],
  ['ALRM', 14],
  ['TERM', SIGTERM],
  ['CHLD', 17],
  ['CONT', 18],
  ['STOP', 19],
  ['TSTP', 20],
];

function signalNumber(spec: string): number | null {
  if (/^\d+$/.test(spec)) return Number(spec) <= 64 ? Number(spec) : null;
  const name = spec.toUpperCase().replace(/^SIG/, '');
  return SIGNALS.find(([n]) => n === name)?.[1] ?? null;
}

/** A jobspec, or the current job; reports `NAME: SPEC: no such job` and returns null. */
function findJob(b: BuiltinContext, spec: string | undefined): Job | null {
  const found = b.sh.jobs.resolve(spec ?? '%+');
  if (typeof found !== 'string') return found;
  // NOTE: bash names an ambiguous spec by the text it matched (get_job_by_name), without `%` or `%?`.
  if (found === 'ambiguous')
    shellError(b.sys, `${b.argv[0]}: ${(spec ?? '').replace(/^%\??/, '')}: ambiguous job spec`);
  else shellError(b.sys, `${b.argv[0]}: ${spec ?? 'current'}: no such job`);
  return null;
}

const jobs: Builtin = (b) => {
  const flags = b.argv.slice(1).filter((a) => a.startsWith('-'));
  if (flags.some((f) => f !== '-l' && f !== '-p')) {
    shellError(b.sys, `jobs: ${flags[0]}: invalid option`);
    b.sys.write(2, encodeText('jobs: usage: jobs [-lp] [jobspec ...]\n'));
    return 2;
  }
  b.sh.jobs.scheduler.reapAll();
  const specs = b.argv.slice(1).filter((a) => !a.startsWith('-'));
  let status = 0;
  let only: Job[] | undefined;
  if (specs.length > 0) {
    only = [];
    for (const spec of specs) {
      const job = findJob(b, spec);
      if (job) only.push(job);
      // NOTE: bash's jobs fails for a spec that names no job, not for an ambiguous one (DUP_JOB).
      else if (b.sh.jobs.resolve(spec) === 'none') status = 1;
    }
  }
  if (flags.includes('-p'))
    return output(b, (only ?? b.sh.jobs.jobs).map((j) => `${j.pid}\n`).join('')) || status;
  return output(b, b.sh.jobs.list(flags.includes('-l'), only)) || status;
};

const KILL_USAGE =
  'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n';

const kill: Builtin = (b) => {
  const args = b.argv.slice(1);
  let sig = SIGTERM;
  if (args[0] === '-l') {
    return output(b, SIGNALS.map(([n, v]) => `${String(v).padStart(2)}) SIG${n}`).join('\n') + '\n');
  }
  if (args[0] === '-s' || args[0] === '-n') {
    const spec = args[1] ?? '';
    const n = signalNumber(spec);
    if (n === null) {
      shellError(b.sys, `kill: ${spec}: invalid signal specification`);
      return 1;
    }
    sig = n;
    args.splice(0, 2);
  } else if (args[0]?.startsWith('-') && args[0] !== '--') {
    const n = signalNumber(args[0].slice(1));
    if (n === null) {
      shellError(b.sys, `kill: ${args[0].slice(1)}: invalid signal specification`);
      return 1;
    }
    sig = n;
    args.shift();
  }
  if (args[0] === '--') args.shift();
  if (args.length === 0) {
    b.sys.write(2, encodeText(KILL_USAGE));
    return 2;
  }
  let status = 0;
  for (const arg of args) {
    let pid: number;
    if (arg.startsWith('%')) {
      const job = findJob(b, arg);
      if (!job) {
        status = 1;
        continue;
      }
      pid = job.pid;
    } else if (/^-?\d+$/.test(arg)) pid = Number(arg);
    else {
      shellError(b.sys, `kill: ${arg}: arguments must be process or job IDs`);
      status = 1;
      continue;
    }
    const r = b.sys.kill(pid, sig);
    if (r < 0) {
      shellError(b.sys, `kill: (${pid}) - ${strerror(r)}`);
      status = 1;
    }
  }
  return status;
};

/** fg [JOB]: the job runs in the foreground; a suspended shell takes the terminal again. */
function* fg(b: BuiltinContext): Proc {
  const job = findJob(b, b.argv[1]);
  if (!job) return 1;
  b.sh.jobs.drop(job);
  b.sys.write(1, encodeText(job.command + '\n'));
  let done = false;
  try {
    if (job.pending && isShellRequest(job.pending)) yield job.pending;
    for (;;) {
      const r = job.proc.next();
      if (r.done) {
        done = true;
        return r.value;
      }
      yield r.value;
    }
  } finally {
    if (!done) job.proc.return(130);
  }
}

const bg: Builtin = (b) => {
  const job = findJob(b, b.argv[1]);
  if (!job) return 1;
  if (job.state === 'running') {
    shellError(b.sys, `bg: job ${job.id} already in background`);
    return 0;
  }
  job.state = 'running';
  b.sh.jobs.scheduler.touch(job);
  return output(b, `[${job.id}]+ ${job.command} &\n`);
};

/** suspend: a shell started by su or container exec stops until `fg` in the shell below. */
function* suspend(b: BuiltinContext): Proc {
  if (b.sh.loginShell) {
    shellError(b.sys, 'suspend: cannot suspend a login shell');
    return 1;
  }
  yield { kind: 'suspend' };
  return 0;
}

export const JOB_BUILTINS: Readonly<Record<string, Builtin>> = { bg, disown, fg, jobs, kill, suspend, wait };
