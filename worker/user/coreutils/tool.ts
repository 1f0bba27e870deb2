// Models what every GNU coreutils program shares: getopt_long-style option parsing (options may
// follow operands, `--` ends them), `PROG: message` diagnostics that flush stdout first (error(3)),
// `Try 'PROG --help'` usage errors, and close_stdout's `write error` at exit.

import { strerror } from '../../kernel/lib/errno';
import { encodeText } from '../bytes';
import { isatty, type ProcessContext } from '../process';
import { Stdio } from '../stdio';
import { HELP } from '../shell/help';
import { quote as quoteArg, quoteFile } from './text/quoting';

export interface OptionSpec {
  /** Short options without an argument, e.g. 'laR1'. */
  readonly flags?: string;
  /** Short options that take an argument, e.g. 'n'. */
  readonly withArg?: string;
  /** Long options: name → the short option it stands for; a trailing `=` means it takes an argument. */
  readonly long?: Readonly<Record<string, string>>;
}

export interface ParsedOptions {
  /** Options in order, as [short name, argument]. */
  readonly list: [string, string][];
  readonly operands: string[];
  has(name: string): boolean;
  /** The last argument given to an option. */
  value(name: string): string | undefined;
}

export class Tool {
  readonly out: Stdio;
  status = 0;

  constructor(
    readonly ctx: ProcessContext,
    readonly name: string,
    /** The status for serious trouble (ls uses 2). */
    readonly exitFailure = 1,
  ) {
    this.out = new Stdio(ctx.sys, 1, isatty(ctx.sys, 1) ? 'line' : 'full');
  }

  get sys() {
    return this.ctx.sys;
  }

  /** error(3): flushes stdout, then writes `NAME: message` to stderr in one write. */
  error(message: string, status = this.exitFailure): void {
    this.out.flush();
    this.sys.write(2, encodeText(`${this.name}: ${message}\n`));
    this.status = status;
  }

  /** A usage error: the message, then the `Try ... --help` line; returns the status to exit with. */
  usage(message: string, status = this.exitFailure): number {
    this.error(message, status);
    this.sys.write(2, encodeText(`Try '${this.name} --help' for more information.\n`));
    return this.finish(status);
  }

  /** Parses argv[1..]; on a bad option prints the usage error and returns the exit status instead. */
  options(spec: OptionSpec, argv = this.ctx.argv.slice(1)): ParsedOptions | number {
    const list: [string, string][] = [];
    const operands: string[] = [];
    const flags = spec.flags ?? '';
    const withArg = spec.withArg ?? '';
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (a === '--') {
        operands.push(...argv.slice(i + 1));
        break;
      }
      if (a.startsWith('--')) {
        const eq = a.indexOf('=');
        const key = eq < 0 ? a.slice(2) : a.slice(2, eq);
        if (key === 'help') return this.help();
        const long = spec.long ?? {};
        const target = long[key] ?? long[key + '='];
        if (target === undefined) return this.usage(`unrecognized option '${a}'`);
        if (key + '=' in long) {
          const v = eq >= 0 ? a.slice(eq + 1) : argv[++i];
          if (v === undefined) return this.usage(`option '--${key}' requires an argument`);
          list.push([target, v]);
        } else list.push([target, '']);
        continue;
      }
      if (a.length < 2 || a[0] !== '-') {
        operands.push(a);
        continue;
      }
      for (let k = 1; k < a.length; k++) {
        const c = a[k];
        if (withArg.includes(c)) {
          const v = k + 1 < a.length ? a.slice(k + 1) : argv[++i];
          if (v === undefined) return this.usage(`option requires an argument -- '${c}'`);
          list.push([c, v]);
          break;
        }
        if (!flags.includes(c)) return this.usage(`invalid option -- '${c}'`);
        list.push([c, '']);
      }
    }
    return {
      list,
      operands,
      has: (n) => list.some(([k]) => k === n),
      value: (n) => list.filter(([k]) => k === n).pop()?.[1],
    };
  }

  private help(): number {
    const h = Object.hasOwn(HELP, this.name) ? HELP[this.name] : undefined;
    this.out.write(`Usage: ${h ? h.usage : this.name}\n${h ? h.summary + '\n' : ''}`);
    return this.finish(0);
  }

  /** close_stdout(): flushes; a failed write becomes `NAME: write error: TEXT` and a failure status. */
  finish(status = this.status): number {
    if (this.out.flush()) return status;
    this.sys.write(2, encodeText(`${this.name}: write error: ${strerror(this.out.error)}\n`));
    return this.exitFailure;
  }
}

/** quote(): an argument in a diagnostic as coreutils quotes it under LC_ALL=C (`'it\\'s'`). */
export const quote = quoteArg;

/** quoteaf(): a file name in a diagnostic, always quoted for the shell (`"it's"`, `'a b'`). */
export function quoteaf(name: string): string {
  return quoteFile(name, true);
}

/** quotef(): a file name in a diagnostic, quoted for the shell only when it needs it. */
export function quotef(name: string): string {
  return quoteFile(name);
}
