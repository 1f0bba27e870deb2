// The normalisation of a certified case's output (docs/certified.md): what differs between the
// model and a real kernel because of the environment, not because of behaviour, is rewritten the
// same way on both sides before they are compared, one command's output at a time. Each rule is in
// RULES with its reason; `explain certified` and docs/certified.md name the same rules (a test
// keeps the three in step). Nothing else is touched: counters, comms, flags, messages, modes and
// exit statuses are compared as printed.
import type { Kernel } from './cases';

export interface Rule {
  id: string;
  what: string;
  why: string;
}

export const RULES: readonly Rule[] = [
  {
    id: 'N1',
    what: 'pids, in the trace context (TASK-PID), in the common_pid bytes of a hex dump and in the `[N] PID` bash prints for a job started with `&`, become <P1>, <P2>… by first appearance',
    why: 'the VM numbers its processes from about 40, the model from 1000; the same process still has the same label everywhere',
  },
  {
    id: 'N2',
    what: 'the timestamp and the CPU of the trace context become <TS> and [CPU]',
    why: 'time is the VM’s clock, and the VM has 2 CPUs that run a writer on either',
  },
  {
    id: 'N3',
    what: 'event IDs become <ID1>, <ID2>… by first appearance: `ID: N` in format, the numbers `cat …/id` prints, `Unknown type N`, a `type: N` entry (raw, hex and bin modes), and the common_type bytes of a hex dump',
    why: 'the real kernel numbers user events after its ~330 static events, the model from 20; equal IDs stay equal',
  },
  {
    id: 'N4',
    what: 'the static event systems of the real kernel (recorded in test/certified/static-events*.linux.txt) are dropped from `ls` of events/ and their SYSTEM:EVENT lines from available_events and set_event',
    why: 'Linux has ~50 systems of kernel events; the model has only user events',
  },
  {
    id: 'N5',
    what: '`uprobe_events` and `uprobe_profile` are dropped from listings, and on 6.12 `buffer_subbuf_size_kb`',
    why: 'the real kernels are built with uprobes, which the model does not model; the size of the ring buffer’s sub-buffers (6.8 and later) is tuning the model leaves out',
  },
  {
    id: 'N6',
    what: 'on stock 6.1 only: `Limit:` lines and the `namespaces` entry are dropped',
    why: 'both come from the tracing-namespaces RFC, which the model includes and stock 6.1 lacks',
  },
  {
    id: 'N7',
    what: 'the length of an array field in `format` (`char msg[20]`) becomes [<N>]',
    why: 'Linux 6.1 and 6.12 print an uninitialised length there, different at every boot (the spec’s Q13)',
  },
  {
    id: 'N8',
    what: 'in the last 4 bytes of a hex-dumped entry, up to 3 final bytes that the model prints as 00 (its padding) are not compared',
    why: 'an entry is padded to 4 bytes, and Linux dumps whatever the ring buffer held there before (§e.5); the model prints 00',
  },
  {
    id: 'N9',
    what: '`ls` output in columns is read down the columns, one name per line',
    why: 'the model’s ls writes to a terminal; the recorder’s ls writes to a pipe, one name per line',
  },
  {
    id: 'N10',
    what: 'the `^C` after `cat trace_pipe` is dropped; on Linux that command runs as `timeout 1 cat trace_pipe`',
    why: 'trace_pipe never ends: the model’s runner interrupts it, the recorder times it out',
  },
  {
    id: 'N11',
    what: 'the date and time of a file in `ls -l` become <DATE>',
    why: 'tracefs files carry the time the VM booted, by its clock; the model’s clock starts at a fixed date',
  },
];

export interface NormaliseContext {
  kernel: Kernel;
  /** The real kernel's static event systems. */
  staticSystems: ReadonlySet<string>;
  /** Labels given so far in this case on this side (N1, N3). */
  pids: Map<string, string>;
  ids: Map<string, string>;
}

export function newContext(kernel: Kernel, staticSystems: ReadonlySet<string>): NormaliseContext {
  return { kernel, staticSystems, pids: new Map(), ids: new Map() };
}

function label(map: Map<string, string>, prefix: string, value: string): string {
  let l = map.get(value);
  if (l === undefined) {
    l = `<${prefix}${map.size + 1}>`;
    map.set(value, l);
  }
  return l;
}

const CONTEXT = /^ *(\S.*?)-(\d+) +\[\d{3}\] (\S+ +)?(\d+)\.\d{6}: /;
/** A line of `ls -l`, up to its date (`Jul 28 09:00` or `Jul 28  2024`), and the date. */
const LONG_LISTING =
  /^([-bcdlps][-rwxsStT]{9}[.+@]? +\d+ +\S+ +\S+ +(?:\d+, +)?\d+ )([A-Z][a-z]{2} [ \d]\d (?: \d{4}|\d\d:\d\d))( )/;
/** Where a hex-dump row's ASCII column starts (`%.8x: ` then 49 columns). */
export const ASCII_AT = 59;

function littleEndian(bytes: string[]): string {
  return String(bytes.reduceRight((n, b) => n * 256 + parseInt(b, 16), 0));
}

/** N1, N2: the trace context of an entry line. */
function context(line: string, ctx: NormaliseContext): string {
  const m = CONTEXT.exec(line);
  if (!m) return line;
  const flags = m[3] ? `${m[3].trim()} ` : '';
  return `${m[1]}-${label(ctx.pids, 'P', m[2])} [CPU] ${flags}<TS>: ${line.slice(m[0].length)}`;
}

/** N1, N3: the first row of an entry's hex dump, with its common_type and common_pid bytes. */
function headerRow(line: string, ctx: NormaliseContext): string {
  const hex = line.slice(10, ASCII_AT).trim().split(' ');
  if (hex.length < 8) return line;
  const ascii = [...line.slice(ASCII_AT)];
  const id = label(ctx.ids, 'ID', littleEndian(hex.slice(0, 2)));
  const pid = label(ctx.pids, 'P', littleEndian(hex.slice(4, 8)));
  for (const i of [0, 1, 4, 5, 6, 7]) ascii[i] = '?';
  return `00000000: ${id} ${hex.slice(2, 4).join(' ')} ${pid} ${hex.slice(8).join(' ')}  ${ascii.join('')}`;
}

/** The words of a command line, split on blanks (enough for the commands of the cases). */
function words(command: string): string[] {
  return command.trim().split(/\s+/);
}

/** N9: names of an `ls` in columns, read down each column; headers and blank lines kept. */
function lsColumns(text: string): string {
  const out: string[] = [];
  let rows: string[][] = [];
  const flush = () => {
    const width = Math.max(0, ...rows.map((r) => r.length));
    for (let c = 0; c < width; c++) for (const r of rows) if (c < r.length) out.push(r[c]);
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line === '' || line.endsWith(':') || line.startsWith('ls: ')) {
      flush();
      out.push(line);
    } else rows.push(line.split(/\t+ *| {2,}/).filter((n) => n !== ''));
  }
  flush();
  return out.join('\n');
}

/** One command's output, normalised; `ctx` carries the labels from one command to the next. */
export function normalise(command: string, output: string, ctx: NormaliseContext): string {
  const argv = words(command);
  const isLs = argv[0] === 'ls';
  let text = output;
  if (isLs && !argv.some((a) => /^-\S*[1l]/.test(a))) text = lsColumns(text);
  if (argv[0] === 'cat' && argv[1] === 'trace_pipe' && text.endsWith('^C\n')) text = text.slice(0, -3);
  const listsEvents = isLs && argv.some((a) => /(^|\/)events\/?$/.test(a));
  const ids = argv[0] === 'cat' && argv.length > 1 && argv.slice(1).every((a) => /(^|\/)id$/.test(a));
  const long = isLs && argv.some((a) => /^-\S*l/.test(a));
  const background = /[^&]&$/.test(command.trim());
  const lines = text.split('\n').flatMap((whole): string[] => {
    // NOTE: the NUL that ends a dumped entry starts the next line, before the next entry's context.
    const lead = /^\0*/.exec(whole)?.[0] ?? '';
    const line = whole.slice(lead.length);
    if (ctx.kernel === 'stock' && /^Limit: \d+$/.test(line)) return [];
    if (isLs && (line === 'uprobe_events' || line === 'uprobe_profile')) return [];
    if (isLs && ctx.kernel === '612' && line === 'buffer_subbuf_size_kb') return [];
    if (background && /^\[\d+\] \d+$/.test(line))
      return [line.replace(/\d+$/, (pid) => label(ctx.pids, 'P', pid))];
    if (isLs && ctx.kernel === 'stock' && line === 'namespaces') return [];
    if (listsEvents && ctx.staticSystems.has(line)) return [];
    const event = /^([^:\s]+):\S+$/.exec(line);
    if (event && ctx.staticSystems.has(event[1])) return [];
    if (ids && /^\d+$/.test(line)) return [lead + label(ctx.ids, 'ID', line)];
    let l = line.replace(/^ID: (\d+)$/, (_, n: string) => `ID: ${label(ctx.ids, 'ID', n)}`);
    l = l.replace(/Unknown type (\d+)/, (_, n: string) => `Unknown type ${label(ctx.ids, 'ID', n)}`);
    l = l.replace(/^type: (\d+)$/, (_, n: string) => `type: ${label(ctx.ids, 'ID', n)}`);
    if (long) l = l.replace(LONG_LISTING, '$1<DATE>$3');
    l = l.replace(/^(\tfield:[^;[]*)\[[^\]]*\][^;]*;/, '$1[<N>];');
    l = context(l, ctx);
    if (l.startsWith('00000000: ')) l = headerRow(l, ctx);
    return [lead + l];
  });
  return lines.join('\n');
}

/** The real kernel's static event systems, from a recorded `ls -1 events`. */
export function staticSystems(listing: string): Set<string> {
  const keep = new Set(['enable', 'header_event', 'header_page']);
  return new Set(
    listing.split('\n').filter((n) => /^[a-z0-9_]+$/.test(n) && !keep.has(n) && !n.startsWith('user_events')),
  );
}
