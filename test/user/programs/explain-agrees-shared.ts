// What the explain agreement tests share (explain-agrees.test.ts on rfc-v2, explain-agrees-612.test.ts
// on linux-6.12): shell quoting, the kernel's verdict read from an error message, explain's verdict
// and field lines, the fields of a `format` file, and the cases themselves (a line explained, then
// written on a fresh kernel) with the agreement they must show.
import { expect } from 'vitest';
import { errnoName, strerror } from '../../../worker/kernel/lib/errno';
import type { Ran } from '../helpers';

/** A shell word that is exactly `s`. */
export function q(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** errno text → name, for the messages bash and uevent print. */
const BY_TEXT = new Map(Array.from({ length: 130 }, (_, i) => [strerror(i + 1), errnoName(i + 1)]));

/** The kernel's answer: `accepted`, or the errno named by the error message in `out`. */
export function kernelVerdict(r: Ran): string {
  const m = /(?:write error|register): (.+)$/m.exec(r.out);
  if (!m) return 'accepted';
  const name = BY_TEXT.get(m[1]);
  if (!name) throw new Error(`unknown message: ${r.out}`);
  return name;
}

/** explain's verdict word: `accepted`, `parses` or the errno's name (the last `=> ` line). */
export function explainVerdict(out: string): string {
  const all = [...out.matchAll(/^=> ([A-Za-z0-9]+)/gm)];
  if (all.length === 0) throw new Error(`no verdict in:\n${out}`);
  return all[all.length - 1][1];
}

export interface FieldLine {
  decl: string;
  offset: number;
  size: number;
  signed: number;
}

/** The field lines explain prints (`'TOKEN'  field N: field:DECL; offset:O; size:S; signed:G;`). */
export function explainFields(out: string): FieldLine[] {
  return [...out.matchAll(/ field \d+: field:(.*); offset:(\d+); size:(\d+); signed:([01]);$/gm)].map(
    (m) => ({
      decl: m[1],
      offset: Number(m[2]),
      size: Number(m[3]),
      signed: Number(m[4]),
    }),
  );
}

/** The user field lines of a `format` file (the four common fields left out). */
export function formatFields(format: string): FieldLine[] {
  return [...format.matchAll(/^\tfield:(.*);\toffset:(\d+);\tsize:(\d+);\tsigned:([01]);$/gm)]
    .map((m) => ({ decl: m[1], offset: Number(m[2]), size: Number(m[3]), signed: Number(m[4]) }))
    .slice(4);
}

/** Whether an event of this name gets a directory under events/. */
export function hasDirectory(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !name.includes('/');
}

/** What explain said of a line, the kernel's verdict on it, and the event's `format` if it made one. */
export interface AgreementCase {
  explained: string;
  kernel: string;
  format: string | null;
}

/**
 * The cases of one kernel: `fresh` gives a root shell on a fresh kernel, `eventName` the name of
 * the event a register line (without its leading blanks) names.
 */
export function agreementCases(fresh: () => (script: string) => Ran, eventName: (line: string) => string) {
  const withFormat = (run: (script: string) => Ran, explained: string, kernel: string, name: string) => {
    const format =
      kernel === 'accepted' && hasDirectory(name)
        ? run(`cat events/user_events/${q(name)}/format`).out
        : null;
    return { explained, kernel, format };
  };
  return {
    /** explain's and the kernel's answers to `u:LINE` written to dynamic_events. */
    dynamicCase(line: string): AgreementCase {
      const run = fresh();
      const explained = run(`explain -w dynamic_events ${q(`u:${line}`)}`).out;
      const kernel = kernelVerdict(run(`echo ${q(`u:${line}`)} >> dynamic_events`));
      return withFormat(run, explained, kernel, eventName(line.replace(/^[ \t]+/, '')));
    },
    /** The same for a DIAG_IOCSREG command sent with uevent register. */
    registerCase(command: string): AgreementCase {
      const run = fresh();
      const explained = run(`explain -w register ${q(command)}`).out;
      const kernel = kernelVerdict(run(`exec 3> user_events_data\nuevent register 3 ${q(command)}`));
      return withFormat(run, explained, kernel, eventName(command));
    },
  };
}

/** explain's verdict is the kernel's; for an accepted line, its fields are the format's. */
export function expectAgreement(c: AgreementCase): void {
  expect(explainVerdict(c.explained)).toBe(c.kernel);
  if (c.format !== null) expect(explainFields(c.explained)).toEqual(formatFields(c.format));
}
