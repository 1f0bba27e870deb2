// Models mawk's main loop (main.c, execute.c): compile the program (from the command line or -f
// files), set ENVIRON, ARGV and the -v/-F assignments, run BEGIN, then read the main input (the
// ARGV operands in turn, NAME=VALUE operands assigned when reached, standard input when there are
// none) record by record, then END; `exit` skips to END (or out of it). Errors end the program with
// status 2 in mawk's words. Text is handled as bytes, one character each, as mawk does in C locale.

import { encodeText } from '../../bytes';
import { latin1Bytes, latin1String } from '../../../kernel/lib/utf8';
import {
  readFileSync,
  type Proc,
  type ProcessContext,
  type Program as UserProgram,
  type Wait,
} from '../../process';
import { Tool } from '../tool';
import { compileProgram, type Compiled } from './compile';
import { EXIT, NEXTFILE } from './compile-call';
import { CompileError, FatalError, Jump, RuntimeError } from './errors';
import { Inputs, Outputs } from './io';
import { MainInput } from './main-input';
import { assignment, parseCommandLine, type CommandLine } from './options';
import { parse } from './parser';
import { unescape } from './lexer';
import { Runtime } from './runtime';
import { StrNum, toStr } from './value';

const bytes = (s: string) => latin1String(encodeText(s));

interface Source {
  text: string;
  /** For -f files: each file's name and first line in the joined text. */
  files: { name: string; first: number }[];
}

function loadProgram(t: Tool, cmd: CommandLine): Source | string {
  if (cmd.program !== null) return { text: bytes(cmd.program), files: [] };
  let text = '';
  const files: Source['files'] = [];
  for (const name of cmd.files) {
    const data =
      name === '-' || name === '/dev/stdin' ? readFileSync(t.sys, '/dev/stdin') : readFileSync(t.sys, name);
    if (!data) {
      const st = t.sys.stat(name);
      return st.ok
        ? `${t.name}: read error (Is a directory)\n`
        : `${t.name}: cannot open ${name} (No such file or directory)\n`;
    }
    files.push({ name, first: text.split('\n').length });
    text += latin1String(data);
  }
  return { text, files };
}

function compileMessage(err: CompileError, src: Source, prog: string): string {
  if (src.files.length === 0) return err.format(prog);
  const file = [...src.files].reverse().find((f) => f.first <= err.line) ?? src.files[0];
  return err.format(prog, `${file.name}: `, err.line - file.first + 1);
}

function setupRuntime(t: Tool, cmd: CommandLine, rt: Runtime): void {
  const env = rt.array('ENVIRON');
  for (const [k, v] of t.ctx.env) env.set(bytes(k), new StrNum(bytes(v)));
  const argv = rt.array('ARGV');
  argv.set(0, t.name);
  cmd.operands.forEach((a, i) => argv.set(i + 1, new StrNum(bytes(a))));
  rt.setGlobal('ARGC', cmd.operands.length + 1);
  if (cmd.fs !== null) {
    const fs = bytes(cmd.fs);
    rt.setGlobal('FS', unescape(fs));
  }
  for (const a of cmd.assigns) {
    const [name, value] = assignment(bytes(a))!;
    rt.setGlobal(name, new StrNum(unescape(value)));
  }
}

function* run(code: Compiled, rt: Runtime, main: MainInput, readsMain: boolean): Generator<Wait, void, void> {
  let exiting = false;
  const guard = (fn: () => number): boolean => {
    try {
      return fn() === EXIT;
    } catch (err) {
      if (err instanceof Jump) return true;
      throw err;
    }
  };
  if (readsMain && main.usesStdin()) yield* main.stdin().fillAll();
  if (code.begin) exiting = guard(code.begin);
  if (!exiting && (code.rules || code.end)) {
    for (;;) {
      let reader = main.current();
      if (!reader) {
        if (!main.openNext()) break;
        reader = main.current()!;
        if (readsMain) yield* reader.fillAll();
      }
      const rec = reader.next(rt.rsMode);
      if (rec === undefined) {
        yield* reader.fill();
        continue;
      }
      if (rec === null) {
        main.close();
        continue;
      }
      rt.nr++;
      rt.fnr++;
      rt.setRecordText(rec);
      if (!code.rules) continue;
      let result: number;
      try {
        result = code.rules();
      } catch (err) {
        if (!(err instanceof Jump)) throw err;
        result = EXIT;
      }
      if (result === EXIT) break;
      if (result === NEXTFILE) main.close();
    }
  }
  if (code.end) guard(code.end);
}

function awkFor(name: string): UserProgram {
  return function* (ctx: ProcessContext): Proc {
    const t = new Tool(ctx, name, 2);
    const say = (fd: number, text: string) => {
      if (text) t.sys.write(fd, latin1Bytes(text));
    };
    const parsed = parseCommandLine(name, ctx.argv.slice(1));
    if (parsed.kind === 'stop') {
      say(1, parsed.stdout ?? '');
      say(2, parsed.stderr ?? '');
      return parsed.status;
    }
    const cmd = parsed.cmd;
    for (const w of cmd.warnings) say(2, w);
    const src = loadProgram(t, cmd);
    if (typeof src === 'string') {
      say(2, src);
      return 2;
    }
    const outputs = new Outputs(t.sys, t.out);
    let main: MainInput | null = null;
    const rt = new Runtime(
      new Inputs(t.sys),
      outputs,
      () => main!.readSync(),
      () => Math.trunc(t.sys.clock() / 1e9),
    );
    main = new MainInput(t.sys, rt);
    let code: Compiled;
    let readsMain: boolean;
    try {
      const program = parse(src.text + '\n');
      readsMain = program.readsMain;
      setupRuntime(t, cmd, rt);
      code = compileProgram(program, rt);
    } catch (err) {
      if (err instanceof CompileError) {
        say(2, compileMessage(err, src, name));
        return 2;
      }
      if (err instanceof RuntimeError) {
        say(2, `${name}: run time error: ${err.message}\n\tFILENAME="" FNR=0 NR=0\n`);
        return 2;
      }
      throw err;
    }
    try {
      yield* run(code, rt, main, readsMain);
    } catch (err) {
      if (err instanceof RuntimeError) {
        const file = toStr(rt.filename, rt.convfmt);
        say(2, `${name}: run time error: ${err.message}\n\tFILENAME="${file}" FNR=${rt.fnr} NR=${rt.nr}\n`);
        rt.exitCode = 2;
      } else if (err instanceof FatalError) {
        say(2, `${name}: ${err.message}\n`);
        rt.exitCode = 2;
      } else throw err;
    }
    outputs.closeAll();
    return t.finish(rt.exitCode);
  };
}

export const awk = awkFor('awk');
export const mawk = awkFor('mawk');
