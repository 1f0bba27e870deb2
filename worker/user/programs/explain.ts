// The playground's `explain`, a teaching aid and not a Linux command: it says what a tracefs file
// is and what reading and writing it do (`explain PATH`), how the kernel would read a text written
// to dynamic_events, a namespace's options, set_event, or sent as a register command, token by
// token with the refusing token marked (`explain -w FILE 'TEXT'`), and what an errno means here
// (`explain EBUSY`, `explain 16`), and what a lesson's "Certified" mark means (`explain certified`,
// explain-certified.ts). It re-states the kernel's grammar in user space (it may not import the
// kernel's parsers); test/user/programs/explain-agrees.test.ts keeps the two in step.
// It explains the kernel it runs on, known from uname(2) (explain-kernel.ts): the tracing-namespaces
// RFC v2 kernel, or Linux 6.12 (explain-upstream.ts, explain-errno-612.ts, explain-dynevents-612.ts),
// where it also knows /proc/sys/kernel/user_events_max.
// Exit status: 0 explained, 1 nothing to explain (a missing path, a path it does not know, an
// errno it does not know), 2 a usage error.

import { errnoName, strerror } from '../../kernel/lib/errno';
import { Tool } from '../coreutils/tool';
import { fileType, S_IFDIR, type Proc, type ProcessContext } from '../process';
import { TOPICS } from './explain-certified';
import { describeTracefs, type Found } from './explain-dirs';
import { ERRNO_MEANINGS } from './explain-errno';
import { UPSTREAM_ERRNO_MEANINGS } from './explain-errno-612';
import { explainKernel, type ExplainKernel } from './explain-kernel';
import { wrap } from './explain-out';
import { absolutePath, tracefsPath } from './explain-path';
import { USER_EVENTS_MAX, USER_EVENTS_MAX_PATH } from './explain-upstream';
import { explainWrite } from './explain-write';

export const EXPLAIN_USAGE =
  'Usage: explain PATH\n' +
  "       explain -w FILE 'TEXT'\n" +
  '       explain ERRNO\n' +
  '       explain certified\n' +
  'A playground program, not a Linux command: it explains this tracefs model.\n' +
  '  PATH      a tracefs file or directory: what it is, what reads and writes do\n' +
  '  -w FILE   how the kernel reads TEXT written to FILE, token by token: FILE is\n' +
  '            dynamic_events, set_event, namespaces/NAME/options, or register (the\n' +
  "            command of a DIAG_IOCSREG, as 'uevent register FD TEXT' sends it).\n" +
  "            TEXT is read as echo 'TEXT' >> FILE writes it, one write() per line;\n" +
  "            use -- before a TEXT that starts with '-'\n" +
  '  ERRNO     an errno name (EBUSY) or number (16): what it means here\n' +
  "  certified what a lesson's Certified mark means, and what its comparison with\n" +
  '            a real kernel hides\n';

/** The usage on Linux 6.12: no namespace options file, and the kernel it follows. */
export const EXPLAIN_USAGE_612 =
  'Usage: explain PATH\n' +
  "       explain -w FILE 'TEXT'\n" +
  '       explain ERRNO\n' +
  '       explain certified\n' +
  'A playground program, not a Linux command: it explains this tracefs model as\n' +
  'the running kernel has it (uname -r): here Linux 6.12, upstream user_events.\n' +
  '  PATH      a tracefs file or directory, or /proc/sys/kernel/user_events_max:\n' +
  '            what it is, what reads and writes do\n' +
  '  -w FILE   how the kernel reads TEXT written to FILE, token by token: FILE is\n' +
  '            dynamic_events, set_event, or register (the command of a\n' +
  "            DIAG_IOCSREG, as 'uevent register FD TEXT' sends it).\n" +
  "            TEXT is read as echo 'TEXT' >> FILE writes it, one write() per line;\n" +
  "            use -- before a TEXT that starts with '-'\n" +
  '  ERRNO     an errno name (EBUSY) or number (16): what it means here\n' +
  "  certified what a lesson's Certified mark means, and what its comparison with\n" +
  '            a real kernel hides\n';

const ERRNO_LIKE = /^(E[A-Z0-9]+|[0-9]+)$/;

export function* explain(ctx: ProcessContext): Proc {
  const tool = new Tool(ctx, 'explain', 2);
  return tool.finish(run(tool));
}

function run(tool: Tool): number {
  const kernel = explainKernel(tool.sys);
  const argv = tool.ctx.argv.slice(1);
  const end = argv.indexOf('--');
  if (argv.length === 0 || (end < 0 ? argv : argv.slice(0, end)).includes('--help')) {
    tool.out.write(kernel === 'linux-6.12' ? EXPLAIN_USAGE_612 : EXPLAIN_USAGE);
    return 0;
  }
  const opts = tool.options({ withArg: 'w', long: { write: 'w=' } }, argv);
  if (typeof opts === 'number') return opts;
  const [operand, extra] = opts.operands;
  if (operand === undefined) return tool.usage('missing operand');
  if (extra !== undefined) return tool.usage(`extra operand '${extra}'`);
  const file = opts.value('w');
  if (file !== undefined) return explainWrite(tool, file, operand, kernel);
  const topic = TOPICS.get(operand);
  if (topic !== undefined) {
    tool.out.write(topic);
    return 0;
  }
  if (ERRNO_LIKE.test(operand)) return explainErrno(tool, operand, kernel);
  return explainPath(tool, operand, kernel);
}

/** `explain EBUSY` / `explain 16`, from the table of the running kernel. */
function explainErrno(tool: Tool, arg: string, kernel: ExplainKernel): number {
  const meanings = kernel === 'linux-6.12' ? UPSTREAM_ERRNO_MEANINGS : ERRNO_MEANINGS;
  const n = /^[0-9]+$/.test(arg) ? Number(arg) : [...meanings.keys()].find((e) => errnoName(e) === arg);
  const meaning = n === undefined ? undefined : meanings.get(n);
  if (n === undefined || meaning === undefined) {
    tool.error(`${arg}: not an errno this playground gives`, 1);
    return 1;
  }
  tool.out.write(`${errnoName(n)} (${n}): ${strerror(n)}\n`);
  tool.out.write(wrap('  ', meaning.join(' '), 2));
  return 0;
}

/** Linux 6.12's kernel.user_events_max, the one file outside tracefs explain describes. */
function sysctlEntry(tool: Tool, path: string, kernel: ExplainKernel): Found | null {
  if (kernel !== 'linux-6.12' || absolutePath(tool.sys.getcwd(), path) !== USER_EVENTS_MAX_PATH) return null;
  return { d: USER_EVENTS_MAX, where: null };
}

/** `explain PATH`: stat it first, then describe it by where it lies in tracefs. */
function explainPath(tool: Tool, path: string, kernel: ExplainKernel): number {
  const st = tool.sys.stat(path);
  if (!st.ok) {
    tool.error(`${path}: ${strerror(st.err)}`, 1);
    return 1;
  }
  const sysctl = sysctlEntry(tool, path, kernel);
  if (sysctl !== null) return describe(tool, path, st.value.mode, sysctl);
  const rel = tracefsPath(tool.sys, path);
  const found = rel === null ? null : describeTracefs(rel, kernel);
  if (rel === null || found === null) {
    const where = rel === null ? 'not in tracefs' : 'a tracefs entry explain does not know';
    const knows =
      kernel === 'linux-6.12' ? `/sys/kernel/tracing and ${USER_EVENTS_MAX_PATH}` : '/sys/kernel/tracing';
    tool.error(`${path}: ${where} (explain knows the files of ${knows})`, 1);
    return 1;
  }
  const shownPath =
    rel === '' || absolutePath('/', rel) === absolutePath('/', path) ? path : `${path} (tracefs ${rel})`;
  return describe(tool, shownPath, st.value.mode, found);
}

/** The header line (what, mode, where) and the three paragraphs. */
function describe(tool: Tool, shownPath: string, stMode: number, found: Found): number {
  const kind = fileType(stMode) === S_IFDIR ? 'directory' : 'file';
  const mode = (stMode & 0o7777).toString(8).padStart(4, '0');
  const where = found.where === null ? '' : `, ${found.where}`;
  tool.out.write(`${shownPath}: ${kind}, mode ${mode}${where}\n`);
  tool.out.write(wrap('What:  ', found.d.what, 7));
  tool.out.write(wrap('Read:  ', found.d.read, 7));
  tool.out.write(wrap('Write: ', found.d.write, 7));
  return 0;
}
