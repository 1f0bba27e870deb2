// A certified case side by side: the model's output and the recording, cut into one piece per
// command (the text after its echo `# COMMAND`), each normalised (normalise.ts) after the hex-dump
// padding rule (N8), the one rule that looks at both sides. Lines left out on Linux (`explain`) are
// left out of the model's side too.
import { readFileSync } from 'node:fs';
import { boot } from '../../worker/kernel/boot';
import { decodeUtf8 } from '../../worker/kernel/lib/utf8';
import { runScript } from '../../worker/user/headless';
import { asRecorded, SCENARIOS, STATIC_EVENTS, type CertifiedCase } from './cases';
import { ASCII_AT, newContext, normalise, staticSystems } from './normalise';
import { fromNotation, readRecording, type Recording } from './recording';

export interface Row {
  /** `CASE:N COMMAND`: the case's id without its kind, the command's place in the session (from 1). */
  key: string;
  command: string;
  model: string;
  real: string;
}

export interface Compared {
  recording: Recording;
  rows: Row[];
}

/** The output of each command: the text between its echo `# COMMAND` and the next one. */
export function outputs(text: string, commands: readonly string[]): string[] {
  const at: Array<[number, number]> = [];
  let from = 0;
  for (const command of commands) {
    const echo = `# ${command}\n`;
    let i = text.indexOf(echo, from);
    while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\0') i = text.indexOf(echo, i + 1);
    if (i < 0) throw new Error(`no echo of '${command}' after offset ${from}`);
    at.push([i, i + echo.length]);
    from = i + echo.length;
  }
  return at.map(([, end], k) => text.slice(end, k + 1 < at.length ? at[k + 1][0] : text.length));
}

/** The model's output for the case: a scenario's transcript (held to the model by its own test), or a run. */
export function modelOutput(c: CertifiedCase): string {
  if (c.kind === 'scenario') return fromNotation(readFileSync(`${SCENARIOS}/${c.name}.txt`, 'utf8'));
  return decodeUtf8(runScript(boot({ profile: c.profile }), c.script, { echo: true }).output);
}

let systems: Set<string> | null = null;

/** The static event systems of the real kernels, all of them together (N4). */
export function realStaticSystems(): Set<string> {
  systems ??= new Set(
    Object.values(STATIC_EVENTS).flatMap((path) => [...staticSystems(readRecording(path).output)]),
  );
  return systems;
}

const DUMP_ROW = /^[0-9a-f]{8}: /;

/** N8: in the last word of each dumped entry, final bytes the model prints as 00 take the model's value. */
export function maskPadding(model: string, real: string): string {
  const m = model.split('\n');
  const r = real.split('\n');
  if (m.length !== r.length) return real;
  for (let i = 0; i < r.length; i++) {
    const last = DUMP_ROW.test(m[i]) && !DUMP_ROW.test(m[i + 1] ?? '');
    if (!last || !DUMP_ROW.test(r[i]) || m[i].slice(0, 8) !== r[i].slice(0, 8)) continue;
    const mh = m[i].slice(10, ASCII_AT).trim().split(' ');
    const rh = r[i].slice(10, ASCII_AT).trim().split(' ');
    if (mh.length !== rh.length || mh.length % 4 !== 0) continue;
    const ascii = [...r[i].slice(ASCII_AT)];
    const modelAscii = [...m[i].slice(ASCII_AT)];
    for (let k = mh.length - 1; k > mh.length - 4 && mh[k] === '00'; k--) {
      rh[k] = '00';
      ascii[k] = modelAscii[k];
    }
    r[i] = `${r[i].slice(0, 10)}${rh.join(' ').padEnd(ASCII_AT - 10)}${ascii.join('')}`;
  }
  return r.join('\n');
}

/** The case's commands side by side, normalised. */
export function compareCase(c: CertifiedCase, model = modelOutput(c)): Compared {
  const recording = readRecording(c.recording);
  const run = c.commands.map((command, i) => ({ command, i })).filter(({ i }) => !c.skipped.includes(i));
  const real = outputs(
    recording.output,
    run.map(({ command }) => asRecorded(command)),
  );
  const mine = outputs(model, c.commands);
  const modelContext = newContext(recording.kernel, realStaticSystems());
  const realContext = newContext(recording.kernel, realStaticSystems());
  const rows = run.map(({ command, i }, k) => {
    const m = normalise(command, mine[i], modelContext);
    const r = normalise(command, maskPadding(mine[i], real[k]), realContext);
    return { key: `${c.name}:${i + 1} ${command}`, command, model: m, real: r };
  });
  return { recording, rows };
}

/** The lines only the model prints and the lines only Linux prints, from a longest common subsequence. */
export function lineDiff(model: string, real: string): { model: string[]; real: string[] } {
  const a = model.split('\n');
  const b = real.split('\n');
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
  const only = { model: [] as string[], real: [] as string[] };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && common[i + 1][j] >= common[i][j + 1]))
      only.model.push(a[i++]);
    else only.real.push(b[j++]);
  }
  return only;
}
