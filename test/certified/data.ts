// What the page says of each certified lesson and scenario, made from the recordings, the model and
// the KNOWN table: public/lessons/certified.json (written by write-data.ts, held equal to this by
// certified-data.test.ts, so it cannot be stale). A case is "exact" when every command's output is
// the recording's after normalisation, "except" when the only differences are KNOWN ones, and
// "differs" otherwise (certified.test.ts then fails).
import { join } from 'node:path';
import { allCases, LESSONS, type CertifiedCase } from './cases';
import { compareCase, type Row } from './compare';
import { KNOWN } from './known';

export const DATA_FILE = join(LESSONS, 'certified.json');

export interface CaseData {
  /** The kernel's identity, the recording's first line. */
  kernel: string;
  status: 'exact' | 'except' | 'differs';
  /** The session's lines whose output differs by the specification's choice. */
  except: Array<{ line: number; command: string; why: string }>;
  /** Lines not run on Linux: the playground's own `explain`. */
  skipped: string[];
}

export interface CertifiedData {
  lessons: Record<string, CaseData>;
  scenarios: Record<string, CaseData>;
  /** Cases that cannot be certified, by id, and why. */
  notCertified: Record<string, string>;
}

function lineOf(c: CertifiedCase, row: Row): number {
  return Number(row.key.slice(c.name.length + 1, row.key.indexOf(' ')));
}

/** One case's entry, from its comparison. */
export function caseData(c: CertifiedCase): CaseData {
  const { recording, rows } = compareCase(c);
  const known = rows.filter((r) => KNOWN[r.key] !== undefined);
  const unknown = rows.some((r) => KNOWN[r.key] === undefined && r.model !== r.real);
  return {
    kernel: recording.identity,
    status: unknown ? 'differs' : known.length > 0 ? 'except' : 'exact',
    except: known.map((r) => ({ line: lineOf(c, r), command: r.command, why: KNOWN[r.key].why })),
    skipped: c.skipped.map((i) => c.commands[i]),
  };
}

export function certifiedData(): CertifiedData {
  const data: CertifiedData = { lessons: {}, scenarios: {}, notCertified: {} };
  for (const { case: c, refusal } of allCases()) {
    if (refusal !== null) data.notCertified[c.id] = refusal;
    else data[c.kind === 'lesson' ? 'lessons' : 'scenarios'][c.name] = caseData(c);
  }
  return data;
}

/** The file's text: JSON, two-space indented, as Prettier leaves it. */
export function dataText(data: CertifiedData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
