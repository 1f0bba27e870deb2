// Models GNU sed 4.9's main(): options in the order given (a script compiles with the settings of
// the options before it), the first operand as the script when there is no -e or -f, the w files
// created as the script is read, then every input file through one program. Exit status: 0; 1 for
// a bad script or usage; 2 when an input file could not be read; 4 for an I/O error (panic); q's
// and Q's own. Diagnostics go straight to standard error, as sed's fprintf(stderr) does, without
// flushing standard output first.

import { EBADF, EPIPE, strerror } from '../../../kernel/lib/errno';
import { latin1Bytes, latin1String } from '../../../kernel/lib/utf8';
import { O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY, SIGPIPE } from '../../../kernel/syscalls';
import { readFileSync, type Proc, type ProcessContext, type Wait } from '../../process';
import { Stdio } from '../../stdio';
import { readAll } from '../input';
import { Tool } from '../tool';
import type { ReadFiles } from './append';
import { argBytes, pathOf } from './bytes';
import { Executor } from './execute';
import { SedInput } from './input';
import { HELP_TAIL, USAGE, VERSION, leadingInteger, scanOptions } from './options';
import { OutputFile } from './output';
import { Compiler, type ScriptFiles } from './script';
import { SedExit } from './script-text';

/** lcmd_out_line_len: `l` folds at 70 columns, or at $COLS - 1. */
function defaultLineLength(cols: string | undefined): number {
  const n = cols === undefined ? 0 : leadingInteger(cols);
  return n > 1 ? n - 1 : 70;
}

/** The w files (one stream per name; /dev/stdout and /dev/stderr are sed's own) and R's files. */
function scriptFiles(t: Tool, streams: Stdio[]) {
  const written = new Map<string, OutputFile>();
  const read: ReadFiles = new Map();
  const files: ScriptFiles = {
    write(name) {
      const known = written.get(name);
      if (known) return known;
      let file: OutputFile;
      if (name === '/dev/stdout') file = OutputFile.stdio(name, t.out);
      else if (name === '/dev/stderr') file = OutputFile.stdio(name, new Stdio(t.sys, 2, 'none'));
      else {
        const fd = t.sys.open(pathOf(name), O_WRONLY | O_CREAT | O_TRUNC, 0o666);
        if (fd < 0) throw new SedExit(`couldn't open file ${name}: ${strerror(fd)}`, 4);
        const stream = new Stdio(t.sys, fd, 'full');
        streams.push(stream);
        file = OutputFile.stdio(name, stream);
      }
      written.set(name, file);
      return file;
    },
    read(name) {
      if (read.has(name)) return;
      const data = readFileSync(t.sys, pathOf(name));
      read.set(name, { text: data && latin1String(data), pos: 0 });
    },
  };
  return { files, read };
}

/** The text of -f FILE (`-` is standard input). */
function* scriptFile(t: Tool, name: string): Generator<Wait, string, void> {
  const fd = name === '-' ? 0 : t.sys.open(pathOf(name), O_RDONLY);
  if (fd < 0) throw new SedExit(`couldn't open file ${name}: ${strerror(fd)}`, 4);
  const all = yield* readAll(t.sys, fd);
  if (fd !== 0) t.sys.close(fd);
  if (all.err) throw new SedExit(`read error on ${name === '-' ? 'stdin' : name}: ${strerror(all.err)}`, 4);
  return latin1String(all.data);
}

function* run(t: Tool, streams: Stdio[]): Generator<Wait, number, void> {
  const ctx = t.ctx;
  const stderr = (message: string) => t.sys.write(2, latin1Bytes(message));
  const scan = scanOptions(ctx.argv.slice(1).map(argBytes));
  const settings = { extended: false, posix: false, sandbox: false, delimiter: '\n' };
  const { files, read } = scriptFiles(t, streams);
  const compiler = new Compiler(settings, files);
  let compiled = false;
  let quiet = false;
  let separate = false;
  let unbuffered = false;
  let inPlace: string | null = null;
  let lineLength = defaultLineLength(ctx.env.get('COLS'));
  for (const { key, value } of scan.options) {
    const arg = value ?? '';
    if (key === 'n') quiet = true;
    else if (key === 'e') compiler.compileString(arg);
    else if (key === 'f') compiler.compileFile(yield* scriptFile(t, arg), arg);
    else if (key === 'z') settings.delimiter = '\0';
    else if (key === 'i') {
      separate = true;
      inPlace = value === null ? '*' : value.includes('*') ? value : '*' + value;
    } else if (key === 'l') lineLength = leadingInteger(arg);
    else if (key === 'posix') settings.posix = true;
    else if (key === 'E' || key === 'r') settings.extended = true;
    else if (key === 's') separate = true;
    else if (key === 'sandbox') settings.sandbox = true;
    else if (key === 'u') unbuffered = true;
    else if (key === 'version' || key === 'help') {
      t.out.write(key === 'version' ? VERSION : USAGE + HELP_TAIL);
      return 0;
    } else if (key === 'V') {
      stderr(USAGE);
      return 1;
    }
    compiled ||= key === 'e' || key === 'f';
  }
  if (scan.error !== null) {
    stderr(`sed: ${scan.error}\n${USAGE}`);
    return 1;
  }
  const operands = scan.operands;
  if (!compiled) {
    const script = operands.shift();
    if (script === undefined) {
      stderr(USAGE);
      return 1;
    }
    compiler.compileString(script);
  }
  compiler.finish();
  if (operands.length === 0) {
    if (inPlace !== null) throw new SedExit('no input files', 4);
    operands.push('-');
  }
  const { delimiter } = settings;
  const input = new SedInput(
    { sys: t.sys, stdout: OutputFile.stdio('-', t.out), warn: stderr, separate, inPlace, delimiter },
    operands,
  );
  const executor = new Executor(compiler.commands, input, {
    sys: t.sys,
    quiet: quiet || compiler.quiet,
    posix: settings.posix,
    unbuffered,
    delimiter,
    lineLength,
    where: compiler.runtimeWhere,
    readFiles: read,
    stopped: () => t.out.error !== 0,
  });
  return yield* executor.run();
}

/** sed [OPTION]... {script-only-if-no-other-script} [input-file]... */
export function* sed(ctx: ProcessContext): Proc {
  const t = new Tool(ctx, 'sed', 4);
  const streams: Stdio[] = [];
  let status: number;
  try {
    status = yield* run(t, streams);
  } catch (e) {
    if (!(e instanceof SedExit)) throw e;
    ctx.sys.write(2, latin1Bytes(`sed: ${e.message}\n`));
    status = e.status;
  }
  for (const s of streams) {
    s.flush();
    ctx.sys.close(s.fd);
  }
  if (t.out.flush()) return status;
  if (t.out.error === EPIPE) {
    t.sys.kill(t.sys.pid, SIGPIPE);
    if (t.sys.termSignal()) return 128 + SIGPIPE;
  }
  // NOTE: sed's ck_fclose() reports a stdout that was closed as a failed close, any other error as a failed flush.
  const what = t.out.error === EBADF ? 'close' : 'flush';
  ctx.sys.write(2, latin1Bytes(`sed: couldn't ${what} stdout: ${strerror(t.out.error)}\n`));
  return 4;
}
