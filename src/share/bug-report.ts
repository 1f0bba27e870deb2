// A bug report for a session, as Markdown to paste into an issue: the title, what it ran on, the
// commands typed at each terminal, what each failed self-checking step expected and what it got,
// and the link that replays it all; with `script`, how to run it on a real kernel (the exported
// bash script, docs/export.md: pointed to, never pasted). Text from the session is shown, never
// interpreted: the title is escaped, commands and outputs sit in fences longer than any backtick
// run inside them, and control characters show as their Unicode pictures (␀, ␛) so the report
// stays plain text.

import type { LogStep, SessionLog, StepCheck } from '../../worker/protocol';

export interface BugReportInput {
  /** The report's title; the log's own title, else a generic one, when absent. */
  title?: string;
  log: SessionLog;
  checks: StepCheck[];
  /** The share link that replays the session. */
  link: string;
  /** Add a section that says how to run the session on a real kernel (the exported script). */
  script?: boolean;
}

const DEFAULT_TITLE = 'tracefs playground session';

/** Where the session's bash script comes from, and what it does on a real kernel. */
const SCRIPT_SECTION = [
  '## On a real kernel',
  '',
  'The playground exports this session as a bash script (Session panel: Download as bash script,',
  'or `share --script` at a prompt). `sudo bash tracefs-session.sh --check` runs each command on a kernel',
  "with user_events and says which outputs differ from the playground's.",
];

/** The Markdown report; steps are numbered from 1, as the playground shows them. */
export function bugReport(input: BugReportInput): string {
  const { log, checks, link } = input;
  const multi = log.steps.some((s) => s.op === 'open' || s.term !== 1);
  const out = [
    `# ${heading(input.title ?? log.title ?? '')}`,
    '',
    `Simulator ${codeSpan(log.simulator)}, kernel profile ${codeSpan(log.profile)}.`,
    '',
    '## Commands',
    '',
    ...(log.steps.length ? fenced(log.steps.map((s) => command(s, multi)).join('\n') + '\n') : ['(none)']),
  ];
  for (const check of checks) {
    if (check.pass) continue;
    const step = log.steps[check.step];
    const what = step ? `: ${describe(step, multi)}` : '';
    out.push('', `## Step ${check.step + 1} failed${what}`, '');
    out.push('Expected:', '', ...output(check.expected), '', 'Actual:', '', ...output(check.actual));
  }
  if (input.script) out.push('', ...SCRIPT_SECTION);
  if (link !== '') out.push('', `[Open this session in the playground](<${linkTarget(link)}>)`);
  return out.join('\n') + '\n';
}

/** A step as a line of the commands block: what was typed, Ctrl-C, Ctrl-D, or a comment. */
function command(step: LogStep, multi: boolean): string {
  const prefix = multi ? `[${step.term}] ` : '';
  switch (step.op) {
    case 'open':
      return `# terminal ${step.term} opened`;
    case 'close':
      return `# terminal ${step.term} closed`;
    case 'interrupt':
      return prefix + '^C';
    case 'eof':
      return prefix + '^D';
    default:
      return prefix + visible(step.text ?? '');
  }
}

/** A step for a heading: its line as code, or what the key or action was. */
function describe(step: LogStep, multi: boolean): string {
  const where = multi ? ` on terminal ${step.term}` : '';
  switch (step.op) {
    case 'open':
      return `opening terminal ${step.term}`;
    case 'close':
      return `closing terminal ${step.term}`;
    case 'interrupt':
      return `Ctrl-C${where}`;
    case 'eof':
      return `Ctrl-D${where}`;
    default:
      return step.text ? `${codeSpan(step.text)}${where}` : `an empty line${where}`;
  }
}

/** An output as a fenced block, saying so when it is empty or lacks its final newline. */
function output(text: string): string[] {
  if (text === '') return ['(no output)'];
  if (text.endsWith('\n')) return fenced(text);
  return [...fenced(text + '\n'), '', '(no newline at the end)'];
}

/** `text` (ending in a newline) between fences longer than any backtick run in it. */
function fenced(text: string): string[] {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return [fence, visible(text).slice(0, -1), fence];
}

/** `text` as an inline code span that no backtick inside can close early. */
function codeSpan(text: string): string {
  const ticks = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${ticks}${pad}${visible(text)}${pad}${ticks}`;
}

/** The title on one line with every ASCII punctuation character escaped, so it shows as typed. */
function heading(title: string): string {
  const line = title.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/g, ' ').trim();
  return (line || DEFAULT_TITLE).replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** The link as an angle-bracket destination: characters that would end it are percent-encoded. */
function linkTarget(link: string): string {
  return link.replace(/[<>\\\s]/g, (c) => encodeURIComponent(c));
}

/** Control characters other than newline and tab as their Unicode pictures. */
function visible(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) =>
    String.fromCharCode(c === '\x7f' ? 0x2421 : 0x2400 + c.charCodeAt(0)),
  );
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}
