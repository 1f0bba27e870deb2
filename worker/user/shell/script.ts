// Models a non-interactive shell (bash's shell.c and reader): `bash FILE ARGS`, `bash -c TEXT
// [NAME ARGS]`, a script on standard input, and `./script` (a `#!` line naming bash or sh, or no
// `#!` at all, which bash runs itself after execve's ENOEXEC). The text is read and run command
// by command, so what precedes a syntax error runs; diagnostics carry `NAME: line N: `, a syntax
// error or an expansion error ends the shell, and background jobs are not announced. `sh` is
// Debian's dash: the same language here, with dash's `NAME: N: ` diagnostics and messages for a
// missing command and a syntax error.

import type { Syscalls } from '../../kernel/syscall-table';
import { decodeUtf8 } from '../../kernel/lib/utf8';
import { O_RDONLY } from '../../kernel/syscalls';
import { strerror } from '../../kernel/lib/errno';
import { encodeText } from '../bytes';
import { fileType, S_IFDIR, type Proc } from '../process';
import { readAll } from '../coreutils/input';
import { shellError } from './builtin-io';
import { ExpandError } from './expand-error';
import { executor } from './executor';
import { JobTable } from './job-table';
import { parse } from './parser';
import { ShellState } from './state';
import { permits, X_OK } from './test-ops';

/** How a script shell names itself in diagnostics. */
export interface ScriptIdentity {
  /** `$0`. */
  readonly name: string;
  /** dash (`sh`) rather than bash. */
  readonly dash: boolean;
  /** The text came from `-c`: a syntax error reads `bash: -c: line N: ...`. */
  readonly command: boolean;
}

/** A fresh non-interactive shell in `sys`, with the caller's exported variables. */
function scriptShell(
  sys: Syscalls,
  env: ReadonlyMap<string, string>,
  parent: ShellState,
  id: ScriptIdentity,
): ShellState {
  const sh = new ShellState(sys, [], undefined, sys.pid, new JobTable(parent.jobs.scheduler, null, false));
  for (const [k, v] of env) sh.setVar(k, v, true);
  sh.interactive = false;
  sh.scriptName = id.name;
  sh.dash = id.dash;
  sh.options.monitor = false;
  sh.options.histexpand = false;
  sh.ticker = parent.ticker;
  sh.markScript();
  return sh;
}

/** Runs `text` command by command as a non-interactive shell; returns its exit status. */
export function* runScriptText(sh: ShellState, text: string, id: ScriptIdentity): Proc {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let start = 0;
  while (start < lines.length && sh.exitStatus === null) {
    let end = start + 1;
    let parsed = parse(lines.slice(start, end).join('\n'));
    while (parsed.kind === 'incomplete' && end < lines.length) {
      end++;
      parsed = parse(lines.slice(start, end).join('\n'));
    }
    if (parsed.kind === 'incomplete') {
      parsed = parse(lines.slice(start, end).join('\n'), { lineOffset: start });
      if (parsed.kind === 'ok') for (const w of parsed.warnings ?? []) shellError(sh.sys, w);
    }
    sh.lineOffset = start;
    if (parsed.kind !== 'ok') {
      syntaxError(sh, id, parsed.message, lines, start, end);
      return (sh.status = 2);
    }
    try {
      yield* executor.runList(sh, parsed.list);
    } catch (e) {
      if (!(e instanceof ExpandError)) throw e;
      shellError(sh.sys, e.message);
      return (sh.status = e.scriptStatus);
    }
    sh.flow = null;
    start = end;
  }
  return sh.exitStatus ?? sh.status;
}

function syntaxError(
  sh: ShellState,
  id: ScriptIdentity,
  message: string,
  lines: string[],
  start: number,
  end: number,
): void {
  const lineNo = end;
  sh.lineNo = lineNo;
  const bad = /near unexpected token `(.*)'$/.exec(message);
  if (id.dash) {
    const what = bad ? `Syntax error: "${bad[1]}" unexpected` : 'Syntax error: end of file unexpected';
    sh.sys.write(2, encodeText(`${id.name}: ${lineNo}: ${what}\n`));
    return;
  }
  const prefix = id.command ? `${id.name}: -c: line ${lineNo}: ` : `${id.name}: line ${lineNo}: `;
  sh.sys.write(2, encodeText(`${prefix}${message}\n`));
  if (bad)
    sh.sys.write(2, encodeText(`${prefix}\`${lines.slice(start, end).join('\n').split('\n').pop()}'\n`));
}

/** `bash ARGS` / `sh ARGS` run in the calling (forked) task. */
export function* shellProgram(
  parent: ShellState,
  sys: Syscalls,
  argv: readonly string[],
  env: ReadonlyMap<string, string>,
): Proc {
  const dash = argv[0] === 'sh' || argv[0].endsWith('/sh');
  const self = dash ? 'sh' : 'bash';
  let i = 1;
  let command: string | null = null;
  const set: string[] = [];
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-c') {
      command = argv[++i] ?? null;
      if (command === null) {
        sys.write(2, encodeText(`${self}: -c: option requires an argument\n`));
        return 2;
      }
      continue;
    }
    if (/^[-+][euxvfC]+$/.test(a)) {
      set.push(a);
      continue;
    }
    break;
  }
  const rest = argv.slice(i);
  if (command !== null) {
    const name = rest[0] ?? self;
    const sh = scriptShell(sys, env, parent, { name, dash, command: true });
    sh.positional = rest.slice(1);
    sh.commandText = true;
    applySet(sh, set);
    return yield* runScriptText(sh, command, { name: dash ? name : self, dash, command: true });
  }
  if (rest.length === 0) {
    const all = yield* readAll(sys, 0);
    const sh = scriptShell(sys, env, parent, { name: self, dash, command: false });
    applySet(sh, set);
    return yield* runScriptText(sh, decodeUtf8(all.data), { name: self, dash, command: false });
  }
  return yield* runFile(parent, sys, rest[0], rest.slice(1), env, dash, set);
}

function applySet(sh: ShellState, flags: readonly string[]): void {
  const letters: Record<string, keyof ShellState['options']> = {
    e: 'errexit',
    u: 'nounset',
    x: 'xtrace',
    f: 'noglob',
    C: 'noclobber',
  };
  for (const f of flags) for (const c of f.slice(1)) if (letters[c]) sh.options[letters[c]] = f[0] === '-';
}

/** A script file run by bash or sh: `bash FILE ARGS`. */
export function* runFile(
  parent: ShellState,
  sys: Syscalls,
  file: string,
  args: readonly string[],
  env: ReadonlyMap<string, string>,
  dash: boolean,
  set: readonly string[] = [],
): Proc {
  const self = dash ? 'sh' : 'bash';
  const fd = sys.open(file, O_RDONLY);
  if (fd < 0) {
    if (dash)
      sys.write(
        2,
        encodeText(
          `${self}: 0: cannot open ${file}: ${strerror(fd).replace('No such file or directory', 'No such file')}\n`,
        ),
      );
    else sys.write(2, encodeText(`${self}: ${file}: ${strerror(fd)}\n`));
    return dash ? 2 : 127;
  }
  const all = yield* readAll(sys, fd);
  sys.close(fd);
  if (all.err) {
    sys.write(2, encodeText(`${self}: ${file}: ${strerror(all.err)}\n`));
    return 126;
  }
  const sh = scriptShell(sys, env, parent, { name: file, dash, command: false });
  sh.positional = [...args];
  applySet(sh, set);
  return yield* runScriptText(sh, decodeUtf8(all.data), { name: file, dash, command: false });
}

/**
 * `./script ARGS`: what execve does with a file (permission, a directory, a `#!` line), then the
 * interpreter; null when the name is not a script the playground can run (bash then says why).
 */
export function* execScript(
  parent: ShellState,
  sys: Syscalls,
  argv: readonly string[],
  env: ReadonlyMap<string, string>,
): Proc {
  const file = argv[0];
  const st = sys.stat(file);
  if (!st.ok) {
    shellError(sys, `${file}: ${strerror(st.err)}`);
    return 127;
  }
  if (fileType(st.value.mode) === S_IFDIR) {
    shellError(sys, `${file}: Is a directory`);
    return 126;
  }
  if (!permits(sys, st.value, X_OK)) {
    shellError(sys, `${file}: Permission denied`);
    return 126;
  }
  const fd = sys.open(file, O_RDONLY);
  if (fd < 0) {
    shellError(sys, `${file}: ${strerror(fd)}`);
    return 126;
  }
  const all = yield* readAll(sys, fd);
  sys.close(fd);
  const text = decodeUtf8(all.data);
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(text);
  let dash = false;
  if (shebang) {
    const [, interp, arg] = shebang;
    const shells: Record<string, boolean> = {
      '/bin/bash': false,
      '/usr/bin/bash': false,
      '/bin/sh': true,
      '/usr/bin/sh': true,
    };
    if (interp in shells) dash = shells[interp];
    else if (interp === '/usr/bin/env' && (arg === 'bash' || arg === 'sh')) dash = arg === 'sh';
    else {
      shellError(sys, `${file}: cannot execute: required file not found`);
      return 127;
    }
  }
  sys.exec(dash ? 'sh' : 'bash');
  const sh = scriptShell(sys, env, parent, { name: file, dash, command: false });
  sh.positional = argv.slice(1);
  return yield* runScriptText(sh, text, { name: file, dash, command: false });
}
