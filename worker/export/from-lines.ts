// A session log made from a file of commands, typed into a fresh machine as the headless runner
// runs them (worker/user/headless.ts): comment and blank lines at a prompt are left out, a command
// that runs long is let run to its end, and one that blocks gets Ctrl-C. The headless runner
// exports with it (`npm run -s sh -- --export FILE`), so a script needs no browser. The machine
// boots the kernel profile asked for (`--profile`), which the log records.

import type { KernelProfile, Reply, SessionLog, TerminalStep } from '../protocol';
import { Playground } from '../session';

function value<T>(r: Reply<T>): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The log of a session on a `profile` kernel in which terminal 1 was given the lines of `text`. */
export function logFromLines(text: string, title?: string, profile?: KernelProfile): SessionLog {
  const pg = new Playground();
  value(pg.boot(profile));
  let continuing = false;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    const trimmed = line.trim();
    if (!continuing && (trimmed === '' || trimmed.startsWith('#'))) continue;
    let step: TerminalStep = value(pg.input(1, line));
    while (step.state === 'blocked' || step.state === 'running')
      step = value(step.state === 'running' ? pg.resume(1) : pg.interrupt(1));
    continuing = step.state === 'more';
  }
  if (continuing) value(pg.endOfInput(1));
  const log = value(pg.log());
  return title ? { ...log, title } : log;
}
