// Models bash's `trap` (builtins/trap.def): actions for EXIT, ERR, DEBUG, RETURN and the signals
// by name (with or without SIG, any case) or number, `trap -p` and `trap -l` as bash lists them.
// A trapped signal is caught in the kernel (kept pending for the task) and its action runs after
// the command during which it came; Ctrl-C at the terminal runs the INT action.

import { output, shellError, type Builtin } from './builtin-io';
import { SIGNAL_NAMES } from '../signal-names';

/** bash's names of signals 0..64 (`EXIT`, then Linux's, 29 as IO, the real-time ones). */
export function bashSignalName(n: number): string | null {
  if (n < 0 || n > 64 || n === 32 || n === 33) return null;
  if (n === 29) return 'IO';
  if (n < 32) return SIGNAL_NAMES[n];
  return n <= 49 ? `RTMIN${n === 34 ? '' : `+${n - 34}`}` : `RTMAX${n === 64 ? '' : `-${64 - n}`}`;
}

function trapName(spec: string): string | null {
  if (/^\d+$/.test(spec)) return bashSignalName(Number(spec));
  const n = spec.toUpperCase().replace(/^SIG/, '');
  if (n === 'ERR' || n === 'DEBUG' || n === 'RETURN' || n === 'POLL') return n === 'POLL' ? 'IO' : n;
  for (let i = 0; i <= 64; i++) if (bashSignalName(i) === n) return n;
  return null;
}

/** bash's display_signal_list(): five `N) SIGNAME` a line, a tab after each but the fifth. */
function signalList(): string {
  const names: string[] = [];
  for (let n = 1; n <= 64; n++) {
    const name = bashSignalName(n);
    if (name !== null) names.push(`${String(n).padStart(2)}) SIG${name}`);
  }
  return names.map((e, i) => e + ((i + 1) % 5 === 0 ? '\n' : '\t')).join('') + (names.length % 5 ? '\n' : '');
}

export const trap: Builtin = (b) => {
  const args = b.argv.slice(1).filter((a, i) => !(i === 0 && a === '--'));
  if (args.length === 0 || args[0] === '-p') {
    const names = args.length > 1 ? args.slice(1) : [...b.sh.traps.keys()];
    const text = names
      .filter((n) => b.sh.traps.has(n))
      .map(
        (n) => `trap -- '${b.sh.traps.get(n)!.replace(/'/g, "'\\''")}' ${signalNumber(n) ? 'SIG' + n : n}\n`,
      )
      .join('');
    return output(b, text);
  }
  if (args[0] === '-l') return output(b, signalList());
  let action: string | null = args[0];
  let specs = args.slice(1);
  if (specs.length === 0 || /^\d+$/.test(action)) {
    specs = args;
    action = null;
  } else if (action === '-') action = null;
  let status = 0;
  for (const spec of specs) {
    const name = trapName(spec);
    if (!name) {
      shellError(b.sys, `trap: ${spec}: invalid signal specification`);
      status = 1;
      continue;
    }
    if (action === null) b.sh.traps.delete(name);
    else b.sh.traps.set(name, action);
    const sig = signalNumber(name);
    // NOTE: a trapped signal is caught by the shell's task (an empty action ignores it); the shell
    // runs the action once the command that was running when it came has ended.
    if (sig > 0) b.sys.signal(sig, action === null ? 'default' : action === '' ? 'ignore' : 'catch');
  }
  return status;
};

/** The number of a signal named as `trap` stores it (`INT`, `RTMIN+1`); 0 for EXIT and the others. */
export function signalNumber(name: string): number {
  for (let n = 1; n <= 64; n++) if (bashSignalName(n) === name) return n;
  return 0;
}
