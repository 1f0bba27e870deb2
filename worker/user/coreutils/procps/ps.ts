// Models procps-ng 4.0.2 ps (ps/display.c, select.c) under LC_ALL=C: it reads /proc through system
// calls like the real one, picks processes (by default those of the caller's effective user on
// its terminal), and prints one line per process in pid order through the format list, as wide as
// the terminal (COLUMNS, else 80; unlimited when standard output is not a terminal; -w 132, -ww
// unlimited). With nothing to print it prints the header alone and exits 1; without /proc (a
// container that did not mount it) it says how to mount it and exits 47.
// NOTE: `--help SECTION` prints the short usage, not the section's list of options.

import { encodeText } from '../../bytes';
import { UserDb } from '../../passwd';
import { isatty, type Proc, type ProcessContext } from '../../process';
import { Stdio } from '../../stdio';
import type { Env } from './ps-columns';
import { activeColumns, OUTBUF_SIZE, showLine } from './ps-layout';
import { parseArgs, PsError, type PsOptions, type Selection } from './ps-options';
import { bootTime, pidLength, readAllProcs, readProc, type ProcInfo } from './ps-proc';

const USAGE =
  '\nUsage:\n ps [options]\n\n' +
  " Try 'ps --help <simple|list|output|threads|misc|all>'\n" +
  "  or 'ps --help <s|l|o|t|m|a>'\n" +
  ' for additional help text.\n\n' +
  'For more details see ps(1).\n';

export const PS_VERSION = 'ps from procps-ng 4.0.2\n';

/** want_this_proc(): the explicit lists and selection options, or the default (same user and tty). */
function wanted(p: ProcInfo, s: Selection, me: ProcInfo | null): boolean {
  if (s.running && p.state !== 'R') return false;
  const leader = p.sid === p.pid;
  const anySelection =
    s.all ||
    s.ttyNotLeaders ||
    s.notLeaders ||
    s.bsdA ||
    s.bsdX ||
    s.pids.length + s.euids.length + s.ruids.length > 0;
  if (!anySelection) return me !== null && p.euid === me.euid && p.ttyNr === me.ttyNr;
  return (
    s.all ||
    (s.bsdA && s.bsdX) ||
    (s.bsdA && p.ttyNr !== 0) ||
    (s.bsdX && !s.bsdA && me !== null && p.euid === me.euid) ||
    (s.ttyNotLeaders && p.ttyNr !== 0 && !leader) ||
    (s.notLeaders && !leader) ||
    s.pids.includes(p.pid) ||
    s.euids.includes(p.euid) ||
    s.ruids.includes(p.ruid)
  );
}

/** set_screen_size(): the terminal's width (80 here), unlimited off a terminal, COLUMNS over both. */
function screenColumns(ctx: ProcessContext, wide: number): number {
  let cols = isatty(ctx.sys, 1) ? 80 : OUTBUF_SIZE;
  const env = ctx.env.get('COLUMNS') ?? '';
  if (/^\d+$/.test(env) && Number(env) > 0 && Number(env) < OUTBUF_SIZE) cols = Number(env);
  if (wide === 1 && cols < 132) cols = 132;
  if (wide > 1) cols = OUTBUF_SIZE;
  return cols;
}

export function* ps(ctx: ProcessContext): Proc {
  const { sys } = ctx;
  if (!sys.stat('/proc/self').ok) {
    sys.write(2, encodeText('Error, do this: mount -t proc proc /proc\n'));
    return 47;
  }
  const out = new Stdio(sys, 1, isatty(sys, 1) ? 'line' : 'full');
  const users = new UserDb(sys);
  let options: PsOptions;
  try {
    options = parseArgs(ctx.argv.slice(1), users, pidLength(sys));
  } catch (e) {
    if (!(e instanceof PsError)) throw e;
    sys.write(2, encodeText(`error: ${e.message}\n${USAGE}`));
    return 1;
  }
  if (options.help || options.version) {
    out.write(options.help ? USAGE : PS_VERSION);
    out.flush();
    return 0;
  }
  const me = readProc(sys, 'self');
  const boot = bootTime(sys);
  const uptime = sys.clock() / 1e9;
  const env: Env = { now: boot + Math.floor(uptime), uptime, boot, users };
  const columns = options.columns;
  const active = activeColumns(columns, screenColumns(ctx, options.wide));
  if (options.headers && columns.some((c) => c.head !== '')) out.write(showLine(columns, null, env, active));
  let shown = 0;
  for (const p of readAllProcs(sys)) {
    if (!wanted(p, options.select, me)) continue;
    out.write(showLine(columns, p, env, active));
    shown++;
  }
  out.flush();
  return shown > 0 ? 0 : 1;
}
