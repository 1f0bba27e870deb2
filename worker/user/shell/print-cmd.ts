// Models bash's print_cmd.c as `declare -f` and `type` show a function: the body re-printed from
// the syntax tree, four spaces an indent level, a command a line ended by `;` (the last of a list
// has none), `do` of a for loop on a line of its own, `elif` as a nested `else if`, case items
// with their `;;` on a line of their own. Words are shown as they were typed. A background job's
// simple commands are re-printed the same way for `jobs` (jobText).

import type { AndOr, Command, CommandList, CompoundCommand, FunctionDef, Pipeline, Redirection } from './ast';

const STEP = '    ';

/** A redirection as bash prints it: `2>&1`, `> file`. */
export function redirection(r: Redirection): string {
  const fd = r.fd === null ? '' : String(r.fd);
  if (r.op === '>&' || r.op === '<&') return `${fd}${r.op}${r.target.raw}`;
  if (r.heredoc) return `${fd}${r.op}${r.target.raw}`;
  return `${fd}${r.op} ${r.target.raw}`;
}

/** Here-doc bodies follow the command's line, each with its delimiter and a newline. */
function heredocBodies(list: readonly Redirection[]): string {
  let out = '';
  for (const r of list) {
    if (!r.heredoc) continue;
    const delimiter = r.target.parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
    out += `\n${r.heredoc.body.raw}${delimiter}\n`;
  }
  return out;
}

function redirections(list: readonly Redirection[]): string {
  return list.map((r) => ' ' + redirection(r)).join('');
}

function pipeline(p: Pipeline, indent: string): string {
  return (p.negated ? '! ' : '') + p.commands.map((c) => command(c, indent)).join(' | ');
}

function andOr(a: AndOr, indent: string): string {
  return [pipeline(a.first, indent), ...a.rest.map((r) => `${r.op} ${pipeline(r.pipeline, indent)}`)].join(
    ' ',
  );
}

/** A list inline, as a condition is printed: `a; b`. */
function inline(list: CommandList, indent: string): string {
  return list.map((a) => andOr(a, indent) + (a.background ? ' &' : '')).join('; ');
}

/** A list one command a line at `indent`, each ended by `;` but the last; `&` joins the next. */
function block(list: CommandList, indent: string): string {
  let out = indent;
  list.forEach((a, i) => {
    out += andOr(a, indent);
    if (a.background) out += ' & ';
    else if (i < list.length - 1) out += `;\n${indent}`;
  });
  return out;
}

function ifText(cmd: CompoundCommand & { kind: 'if' }, indent: string, from = 0): string {
  const inner = indent + STEP;
  const { cond, body } = cmd.clauses[from];
  let out = `if ${inline(cond, indent)}; then\n${block(body, inner)};\n`;
  if (from + 1 < cmd.clauses.length) out += `${indent}else\n${inner}${ifText(cmd, inner, from + 1)};\n`;
  else if (cmd.otherwise) out += `${indent}else\n${block(cmd.otherwise, inner)};\n`;
  return out + `${indent}fi`;
}

function compound(cmd: CompoundCommand, indent: string): string {
  const inner = indent + STEP;
  switch (cmd.kind) {
    case 'group':
      return `{ \n${block(cmd.body, inner)}\n${indent}}`;
    case 'subshell':
      return `( ${block(cmd.body, indent).slice(indent.length)} )`;
    case 'if':
      return ifText(cmd, indent);
    case 'for': {
      const words = cmd.words === null ? '' : ` in ${cmd.words.map((w) => w.raw).join(' ')}`;
      return `for ${cmd.name}${words};\n${indent}do\n${block(cmd.body, inner)};\n${indent}done`;
    }
    case 'arith-for': {
      const parts = [cmd.init, cmd.test, cmd.step].map((w) => w.raw.trim()).join('; ');
      return `for ((${parts}))\n${indent}do\n${block(cmd.body, inner)};\n${indent}done`;
    }
    case 'while':
    case 'until':
      return `${cmd.kind} ${inline(cmd.cond, indent)}; do\n${block(cmd.body, inner)};\n${indent}done`;
    case 'case': {
      let out = `case ${cmd.word.raw} in \n`;
      for (const item of cmd.items) {
        out += `${inner}${item.patterns.map((p) => p.raw).join(' | ')})\n`;
        if (item.body.length) out += `${block(item.body, inner + STEP)}\n`;
        out += `${inner}${item.terminator}\n`;
      }
      return out + `${indent}esac`;
    }
    case 'arith':
    case 'cond':
      return cmd.text;
  }
}

function command(cmd: Command, indent: string): string {
  if (cmd.kind === 'simple') {
    const words = [...cmd.assignments.map((a) => a.raw), ...cmd.words.map((w) => w.raw)].join(' ');
    return words + redirections(cmd.redirections) + heredocBodies(cmd.redirections);
  }
  if (cmd.kind === 'function') return functionText(cmd, indent);
  return compound(cmd, indent) + redirections(cmd.redirections);
}

/** `NAME () \n{ ... }` as `declare -f NAME` prints it. */
export function functionText(fn: FunctionDef, indent = ''): string {
  const body = fn.body;
  if (body.kind === 'group') {
    return `${fn.name} () \n${indent}{ \n${block(body.body, indent + STEP)}\n${indent}}${redirections(body.redirections)}`;
  }
  return `${fn.name} () \n${indent}${command(body, indent)}`;
}

/**
 * A background job's text as `jobs` shows it (make_command_string): simple commands re-printed, one
 * space between words and `> file` redirections; anything else (a compound command, a here-document,
 * `|&`) as it was typed.
 */
export function jobText(a: AndOr): string {
  const pipelines = [a.first, ...a.rest.map((r) => r.pipeline)];
  const plain = pipelines.every(
    (p) =>
      !p.stderrToo.some(Boolean) &&
      p.commands.every((c) => c.kind === 'simple' && !c.redirections.some((r) => r.heredoc)),
  );
  return plain ? andOr(a, '') : a.text;
}
