// Models bash's make_command_string() for the commands the parser builds: the text `jobs` and job
// notifications show, words as they were typed, one space between them, redirections as
// `2> file` or `2>&1`, pipelines joined by ` | ` and and-or lists by ` && ` / ` || `.

import type { AndOr, Pipeline, Redirection, SimpleCommand } from './parser';

function redirectionText(r: Redirection): string {
  const fd = r.fd === null ? '' : String(r.fd);
  if (r.op === '>&' || r.op === '<&') return `${fd}${r.op}${r.target.raw}`;
  return `${fd}${r.op} ${r.target.raw}`;
}

export function simpleCommandText(cmd: SimpleCommand): string {
  return [
    ...cmd.assignments.map((a) => `${a.name}=${a.value.raw}`),
    ...cmd.words.map((w) => w.raw),
    ...cmd.redirections.map(redirectionText),
  ].join(' ');
}

export function pipelineText(pipeline: Pipeline): string {
  return (pipeline.negated ? '! ' : '') + pipeline.commands.map(simpleCommandText).join(' | ');
}

/** An and-or list without its `&`. */
export function andOrText(andOr: AndOr): string {
  return [pipelineText(andOr.first), ...andOr.rest.map((r) => `${r.op} ${pipelineText(r.pipeline)}`)].join(
    ' ',
  );
}
