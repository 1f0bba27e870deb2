// The steps of an exported script: the replayed log steps grouped into the commands a script runs.
// A command is the line typed at a fresh prompt with its continuation lines (a here-document, an
// unfinished `if`), the lines typed to it while it was blocked (its input), and how it ended:
// by itself, Ctrl-C, Ctrl-D. Its output is everything the machine printed meanwhile, on its own
// terminal and on the others (a real machine has one shell and one output). A command that a
// script cannot run as the playground did is kept as a comment with the reason: a line read by
// a shell that `su` or `container exec` started, a program only the playground has (`container`,
// `explain`), an `exit` of the login shell, a line dropped with Ctrl-C or ended by Ctrl-D.

import type { ShellState } from '../protocol';
import type { ReplayedStep, TerminalState } from './replay';

export interface ScriptCommand {
  kind: 'command';
  /** The log's indices of its first and last step. */
  first: number;
  last: number;
  term: number;
  /** The lines typed at the prompt (the first, then its continuations). */
  lines: string[];
  /** Lines typed to the command while it was blocked. */
  input: string[];
  /** How it ended: by itself, Ctrl-C while it was blocked or running, still going at the end. */
  ending: 'done' | 'interrupt' | 'eof' | 'unfinished';
  output: string;
  /** Why a script does not run it, when it does not. */
  skip?: string;
}

/** A step that runs nothing: a terminal opened or closed, Ctrl-C or Ctrl-D at an empty prompt. */
export interface ScriptNote {
  kind: 'note';
  index: number;
  text: string;
  output: string;
}

export type ScriptItem = ScriptCommand | ScriptNote;

/** Programs that only the playground has. */
const PLAYGROUND_PROGRAMS = ['container', 'explain'];

/** The host's root login shell, as its prompt shows it. */
function hostRoot(t: TerminalState | null): boolean {
  return t !== null && /^root@playground:.*# $/.test(t.prompt);
}

/** The script's commands and notes, in the order their first step was taken. */
export function scriptItems(replayed: readonly ReplayedStep[]): ScriptItem[] {
  const items: ScriptItem[] = [];
  const open = new Map<number, { command: ScriptCommand; phase: ShellState }>();
  let last: ScriptItem | null = null;
  const addOutput = (id: number, output: string, state: ShellState) => {
    const mine = open.get(id);
    if (mine) mine.command.output += output;
    else if (last) last.output += output;
    settle(id, state);
  };
  const settle = (id: number, state: ShellState) => {
    const mine = open.get(id);
    if (!mine) return;
    mine.phase = state;
    if (state === 'done') open.delete(id);
  };
  for (const r of replayed) {
    for (const e of r.caught) addOutput(e.id, e.output, e.state);
    const mine = open.get(r.step.term);
    if (r.error !== undefined) {
      items.push({
        kind: 'note',
        index: r.index,
        text: `the playground could not take this step: ${r.error}`,
        output: '',
      });
      break;
    }
    if (r.step.op === 'open' || r.step.op === 'close') {
      if (mine && r.step.op === 'close')
        finish(mine.command, 'unfinished', mine.phase === 'more' ? 'its terminal was closed' : undefined);
      open.delete(r.step.term);
      last = note(items, r, `terminal ${r.step.term} ${r.step.op === 'open' ? 'opened' : 'closed'}`);
    } else if (!mine) {
      if (r.step.op === 'line') {
        const command: ScriptCommand = {
          kind: 'command',
          first: r.index,
          last: r.index,
          term: r.step.term,
          lines: [r.step.text ?? ''],
          input: [],
          ending: 'done',
          output: r.output,
        };
        if (!hostRoot(r.before))
          command.skip = `typed in the shell of ${who(r.before)}, which a script cannot type into`;
        items.push(command);
        last = command;
        open.set(r.step.term, { command, phase: 'done' });
      } else {
        last = note(items, r, r.step.op === 'interrupt' ? 'Ctrl-C at the prompt' : 'Ctrl-D at the prompt');
      }
    } else {
      const command = mine.command;
      command.last = r.index;
      command.output += r.output;
      last = command;
      if (mine.phase === 'more') {
        if (r.step.op === 'line') command.lines.push(r.step.text ?? '');
        else
          finish(
            command,
            r.step.op,
            r.step.op === 'interrupt' ? 'Ctrl-C dropped it' : 'Ctrl-D ended it unfinished',
          );
      } else if (r.step.op === 'line') command.input.push(r.step.text ?? '');
      else command.ending = r.step.op;
    }
    const now = open.get(r.step.term);
    if (now && r.after) {
      settle(r.step.term, r.after.state);
      if (r.after.state === 'done' && !now.command.skip) skipIfNested(now.command, r.after);
    }
    for (const e of r.elsewhere) addOutput(e.id, e.output, e.state);
  }
  for (const { command, phase } of open.values())
    finish(command, 'unfinished', phase === 'more' ? 'the session ended before it was complete' : undefined);
  for (const item of items) if (item.kind === 'command' && !item.skip) item.skip = skipReason(item);
  return items;
}

function note(items: ScriptItem[], r: ReplayedStep, text: string): ScriptNote {
  const n: ScriptNote = { kind: 'note', index: r.index, text, output: r.output };
  items.push(n);
  return n;
}

/** A command that ends with Ctrl-C or Ctrl-D on an unfinished line, or is cut short. */
function finish(command: ScriptCommand, ending: ScriptCommand['ending'], why?: string): void {
  command.ending = ending;
  if (why && !command.skip) command.skip = `an unfinished command: ${why}`;
}

/** A command after which a shell other than the host's root login shell reads the lines. */
function skipIfNested(command: ScriptCommand, after: TerminalState): void {
  if (!hostRoot(after))
    command.skip = `it starts the interactive shell of ${who(after)}, which a script cannot type into`;
}

function who(t: TerminalState | null): string {
  const m = t && /^([^@\s]+)@([^:\s]+):/.exec(t.prompt);
  return m ? `${m[1]} on ${m[2] === 'playground' ? 'the host' : `container ${m[2]}`}` : 'another shell';
}

/** Why a script does not run a command typed at the host's root prompt, if it does not. */
function skipReason(command: ScriptCommand): string | undefined {
  const text = command.lines.join('\n');
  for (const name of PLAYGROUND_PROGRAMS) {
    if (new RegExp(`(^|[;&|({\`]|\\$\\(|\\b(then|do|else)\\b)\\s*${name}(\\s|$)`).test(text))
      return `\`${name}\` is the playground's own program`;
  }
  if (/^\s*(exit|logout)\b/.test(text))
    return 'it would end this script (the playground opened a new login shell)';
  return undefined;
}

/** Whether any command the script runs matches `pattern`. */
export function runs(items: readonly ScriptItem[], pattern: RegExp): boolean {
  return items.some(
    (i) => i.kind === 'command' && !i.skip && pattern.test([...i.lines, ...i.input].join('\n')),
  );
}
