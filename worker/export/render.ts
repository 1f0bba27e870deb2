// The text of an exported script: the head comment (what it is, how to run it, what --check
// masks, what this session's script cannot reproduce), the runtime (runtime.sh: mode, guards,
// uevent, --check), then each step as a marker line, the command as bash runs it and the
// playground's output as "# " lines. The markers ("#@ step N", "#@ skip N", "#@ note N") are
// comments, so bash runs the file as written; --check reads them to find each step's command and
// expected output (runtime.sh). Step numbers are the playground's (its timeline counts from 1).
// What the head says of the kernel follows the session's profile (KERNELS).

import type { KernelProfile, SessionLog } from '../protocol';
import type { ScriptCommand, ScriptItem } from './steps';

export interface ScriptFacts {
  /** The kernel the session ran on. */
  profile: KernelProfile;
  /** Some step the script runs uses `namespaces/` (rfc-v2 only: the RFC's guard). */
  namespaces: boolean;
  /** The C source of uevent, when some step the script runs uses it. */
  uevent: string | null;
  /** The session used more than one terminal. */
  terminals: boolean;
  /** The script's runtime (the runtime part of runtime.sh). */
  runtime: string;
}

const UEVENT_MARKER = '# TRACEFS-EXPORT: uevent\n';

/** What the head says of a profile's kernel: the model, the kernel to run on, what --check holds it to. */
interface KernelText {
  exported(simulator: string): string[];
  needs(namespaces: boolean): string[];
  models: string;
}

const KERNELS: Readonly<Record<KernelProfile, KernelText>> = {
  'rfc-v2': {
    exported: (simulator) => [
      `# Exported from the tracefs playground (simulator ${simulator}, kernel profile rfc-v2: the`,
      '# tracing-namespaces RFC v2 with the user_events status-bit ABI of Linux 6.0 to 6.3). Each step',
    ],
    needs: (namespaces) => [
      '# Run it as root, on a kernel with user_events (CONFIG_USER_EVENTS, Linux 6.0 to 6.3)' +
        (namespaces ? ' and the' : ':'),
      ...(namespaces ? ['# tracing-namespaces RFC v2 (this session uses namespaces/):'] : []),
    ],
    models: "the RFC's 2022 kernel",
  },
  'linux-6.12': {
    exported: (simulator) => [
      `# Exported from the tracefs playground (simulator ${simulator}, kernel profile linux-6.12:`,
      '# upstream Linux 6.12 with the user_events enable-bit ABI of Linux 6.4 and later). Each step',
    ],
    needs: () => ['# Run it as root, on Linux 6.4 or later with user_events (CONFIG_USER_EVENTS):'],
    models: 'Linux 6.12',
  },
};

/** What --check masks (runtime.sh, tfs_normalise), as the head says it, for a model of `models`. */
const masked = (models: string) =>
  '--check runs each step in this shell (cd, variables and descriptors carry over) and compares its output (stdout and stderr) with the playground\'s after masking, on both sides, what differs from one machine or boot to the next: NUL bytes (shown as ␀); the pid, CPU, flags, timestamp (SECS.USECS:) and comm of the task in trace lines; event IDs ("ID: N" in format files, "id: N", "Unknown type N", the number a step reads from an `id` file, and the first 8 bytes of a hex-dumped entry: common_type, flags, preempt count, pid); the CPU count (#P:N); the prefix of bash\'s messages ("SCRIPT: line N:" in a script, "bash:" at a prompt); job notices ("[1] PID", "[1]+ Done ...", which only an interactive bash prints); a distribution kernel\'s static events (lines of available_events not under user_events*, and their systems in events/). `ls` lists in columns, as at a terminal. A difference that is left is one of the kernels (the playground models ' +
  models +
  ') or one listed below.';

export function renderScript(log: SessionLog, items: readonly ScriptItem[], facts: ScriptFacts): string {
  const commands = items.filter((i): i is ScriptCommand => i.kind === 'command');
  const run = commands.filter((c) => !c.skip);
  const kernel = KERNELS[facts.profile];
  const head = [
    '#!/usr/bin/env bash',
    `# ${title(log.title)}: a tracefs playground session as a bash script for a real Linux kernel.`,
    '#',
    ...kernel.exported(log.simulator),
    '# is the command typed in the playground, after a "#@ step N" line, then what the playground',
    `# printed for it as "# " lines. ${run.length} of its ${commands.length} commands run here.`,
    '#',
    ...kernel.needs(facts.namespaces),
    '#   sudo bash tracefs-session.sh           runs the steps',
    '#   sudo bash tracefs-session.sh --check   runs each step and says "step N: same" or "step N:',
    '#                                          differs" with a short diff; exit status 0 only if',
    '#                                          every step printed what the playground printed',
    '# tracefs is mounted at /sys/kernel/tracing (or TFS_TRACING=DIR) if it is not there.',
    '# TFS_WAIT=SECONDS (default 1): how long a command that Ctrl-C ended in the playground runs here.',
    ...(facts.uevent !== null
      ? [
          "# Steps run uevent, the playground's user_events client: the script builds it with cc from",
          "# its C source (the project's native/uevent/uevent.c, below), or takes UEVENT=/path/to/uevent.",
        ]
      : []),
    '#',
    ...wrap(masked(kernel.models), '# '),
    ...approximations(items, facts),
    '',
    ...(facts.profile === 'rfc-v2' ? [`TFS_NAMESPACES=${facts.namespaces ? 1 : 0}`] : []),
  ];
  const runtime = facts.runtime.replace(
    UEVENT_MARKER,
    facts.uevent === null ? '' : ueventBlock(facts.uevent),
  );
  const body = [
    '#@ steps',
    ...items.flatMap((i) => (i.kind === 'note' ? noteLines(i) : commandLines(i, facts))),
    '#@ end',
  ];
  return [...head, runtime + body.join('\n'), ''].join('\n');
}

/** What this session's script cannot reproduce, and how it comes close. */
function approximations(items: readonly ScriptItem[], facts: ScriptFacts): string[] {
  const commands = items.filter((i): i is ScriptCommand => i.kind === 'command');
  const said: string[] = [];
  if (facts.terminals)
    said.push(
      "The session used several terminals: here their steps run in one shell, in the order they were taken, so what the terminals kept apart (working directory, variables, descriptors, jobs) is shared, and a command that another terminal's step woke runs to its end first.",
    );
  if (commands.some((c) => !c.skip && (c.ending === 'interrupt' || c.ending === 'unfinished')))
    said.push(
      'A command that was still blocked (reading trace_pipe, a terminal) or running when Ctrl-C ended it, or when the session ended, runs here in a child bash (tfs_interrupt) that gets SIGINT after TFS_WAIT seconds: what it changes in the shell is lost, and what it prints depends on that time.',
    );
  if (commands.some((c) => !c.skip && c.input.length > 0))
    said.push('Lines typed to a blocked command are its standard input here (a here-document).');
  if (commands.some((c) => !c.skip && c.lines.some((l) => /(^|[^&>|])&\s*($|[^&>])/.test(l))))
    said.push(
      "Background jobs run in real time here, not on the playground's virtual clock: what they print may come at another step.",
    );
  const skipped = commands.filter((c) => c.skip).length;
  if (skipped > 0)
    said.push(
      `${skipped} command${skipped === 1 ? ' is' : 's are'} not run ("#@ skip N", with the reason): containers, \`explain\` and the shells that \`su\` and \`container exec\` start are the playground's own or need a person at the keyboard; the steps after them may differ.`,
    );
  if (said.length === 0) return [];
  return [
    '#',
    '# What this script does not reproduce exactly:',
    ...said.flatMap((s) => wrap(`- ${s}`, '#   ')),
  ];
}

function ueventBlock(source: string): string {
  const text = source.endsWith('\n') ? source : source + '\n';
  const end = delimiter('TRACEFS_UEVENT_C', text.split('\n'));
  return `tfs_uevent <<'${end}'\n${text}${end}\n`;
}

function commandLines(c: ScriptCommand, facts: ScriptFacts): string[] {
  const name = c.last > c.first ? `${c.first + 1}-${c.last + 1}` : `${c.first + 1}`;
  const notes: string[] = facts.terminals ? [`terminal ${c.term}`] : [];
  if (c.skip) {
    return [
      `#@ skip ${name}: not run: ${c.skip}`,
      ...c.lines.map((l) => `#$ ${l}`),
      ...c.input.map((l) => `#< ${l}`),
      ...outputLines(c.output),
    ];
  }
  let body = c.lines;
  if (c.ending === 'interrupt' || c.ending === 'unfinished') {
    notes.push(
      c.ending === 'interrupt'
        ? 'Ctrl-C ended it in the playground; here SIGINT after TFS_WAIT seconds'
        : 'still going at the end of the session; here SIGINT after TFS_WAIT seconds',
    );
    const all = [...c.lines, ...c.input];
    const end = delimiter(`TRACEFS_STEP_${c.first + 1}`, all);
    body = [`tfs_interrupt${c.input.length ? ` ${c.lines.length}` : ''} <<'${end}'`, ...all, end];
  } else if (c.input.length > 0 || c.ending === 'eof') {
    notes.push(c.ending === 'eof' ? 'its input, then Ctrl-D' : 'with the lines typed to it as its input');
    const end = delimiter(`TRACEFS_INPUT_${c.first + 1}`, c.input);
    body = ['{', ...c.lines, `} <<'${end}'`, ...c.input, end];
  }
  const count = body.length > 1 ? ` (${body.length} lines)` : '';
  return [
    `#@ step ${name}${count}${notes.length ? `: ${notes.join('; ')}` : ''}`,
    ...body,
    ...outputLines(c.output),
  ];
}

function noteLines(n: { index: number; text: string; output: string }): string[] {
  return [`#@ note ${n.index + 1}: ${n.text}`, ...outputLines(n.output)];
}

/** Output as "# " lines ("#" for an empty one), and a marker when it lacks its final newline. */
export function outputLines(output: string): string[] {
  if (output === '') return [];
  const text = output.replace(/\0/g, '␀');
  const lines = text.split('\n');
  const complete = lines[lines.length - 1] === '';
  if (complete) lines.pop();
  return [
    ...lines.map((l) => (l === '' ? '#' : `# ${l}`)),
    ...(complete ? [] : ['#@ no newline at the end']),
  ];
}

/** A here-document delimiter that no line of the body equals. */
function delimiter(base: string, body: readonly string[]): string {
  let d = base;
  while (body.includes(d)) d += '_';
  return d;
}

function title(t: string | undefined): string {
  const line = (t ?? '')
    .replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]+/g, ' ')
    .trim()
    .slice(0, 200);
  return line || 'tracefs-session.sh';
}

/** `text` wrapped at 100 columns, each line after `prefix` ("#   "), the first with "# ". */
function wrap(text: string, prefix: string): string[] {
  const out: string[] = [];
  let line = '# ';
  for (const word of text.split(' ')) {
    if (line.length + word.length > 100 && line.trim() !== '#') {
      out.push(line.trimEnd());
      line = prefix;
    }
    line += word + ' ';
  }
  out.push(line.trimEnd());
  return out;
}
