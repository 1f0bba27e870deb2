// The page's certified marks: public/lessons/certified.json says what the recordings, the model and
// the KNOWN table say now (write-data.ts makes it; a stale file fails here), and the page reads it
// (src/lessons/certified.ts, certified.svelte.ts) into the marks the Learn tab shows, ignoring
// anything it cannot read.
// NOTE: vitest runs without the Svelte compiler, so `$state` is stood in by the identity.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  certifiedDetails,
  certifiedLabel,
  CERTIFIED_URL,
  kernelPhrase,
  parseCertified,
} from '../../src/lessons/certified';
import { CertifiedMarks } from '../../src/lessons/certified.svelte';
import { lessonFiles, lessonCase } from './cases';
import { certifiedData, DATA_FILE } from './data';

beforeAll(() => {
  const identity = <T>(value: T): T => value;
  Object.assign(globalThis, { $state: Object.assign(identity, { raw: identity }) });
});

const FILE = readFileSync(DATA_FILE, 'utf8');
const RFC = 'Linux 6.1.192 + tracing-namespaces RFC v2';

describe('public/lessons/certified.json', () => {
  it('agrees with the recordings, the model and the known differences', () => {
    expect(JSON.parse(FILE)).toEqual(certifiedData());
  });

  it('certifies every lesson that can be, none with an unexplained difference', () => {
    const data = certifiedData();
    const ids = lessonFiles().map((f) => lessonCase(f).name);
    for (const id of ids) expect(id in data.lessons || `lesson:${id}` in data.notCertified).toBe(true);
    for (const d of [...Object.values(data.lessons), ...Object.values(data.scenarios)])
      expect(d.status).not.toBe('differs');
  });

  it('is what the page reads: a mark per certified lesson', () => {
    const marks = parseCertified(FILE);
    expect([...marks.keys()]).toEqual(Object.keys(certifiedData().lessons));
    expect(marks.get('first-namespace')).toMatchObject({ kernel: RFC, except: [] });
    expect(marks.has('containers')).toBe(false);
  });
});

describe('the mark', () => {
  const exact = { kernel: RFC, except: [], skipped: [] };

  it('names the kernel, and the lines excepted', () => {
    expect(kernelPhrase(RFC)).toBe('Linux 6.1.192 with the tracing-namespaces RFC v2');
    expect(kernelPhrase('Linux 6.1.192')).toBe('Linux 6.1.192');
    expect(certifiedLabel(exact)).toBe(
      'Certified: same bytes as Linux 6.1.192 with the tracing-namespaces RFC v2',
    );
    const one = { command: 'uevent write 3 0 u32:1', why: 'Q4: EBADF on 6.1.192' };
    const except = { kernel: 'Linux 6.1.192', except: [{ line: 4, ...one }], skipped: [] };
    expect(certifiedLabel(except)).toBe('Certified: same bytes as Linux 6.1.192, except 1 line');
    expect(certifiedLabel({ ...except, except: [except.except[0], { line: 5, ...one }] })).toMatch(
      /, except 2 lines$/,
    );
    expect(certifiedDetails(except)).toContain(
      'Except line 4, “uevent write 3 0 u32:1”: Q4: EBADF on 6.1.192.',
    );
  });

  it('says what is hidden and what was not run', () => {
    const [first, ...rest] = certifiedDetails({ ...exact, skipped: ['explain EMFILE'] });
    expect(first).toMatch(/^Every command of this lesson's solution was run on Linux 6\.1\.192 with the/);
    expect(first).toContain('pids, timestamps');
    expect(first).toContain('explain certified');
    expect(rest).toEqual(['Not run on Linux, as a playground program: “explain EMFILE”.']);
  });

  it('is left out for anything the page cannot read', () => {
    const good = { kernel: RFC, status: 'exact', except: [], skipped: [] };
    const file = (lessons: unknown) => JSON.stringify({ lessons });
    for (const text of ['', 'nope', '[]', '{"lessons": 3}', file(null)])
      expect(parseCertified(text).size).toBe(0);
    const marks = parseCertified(
      file({
        ok: good,
        differs: { ...good, status: 'differs' },
        lying: { ...good, status: 'except' },
        noKernel: { ...good, kernel: '' },
        badLine: { ...good, status: 'except', except: [{ line: 'x', command: 'c', why: 'w' }] },
        badSkip: { ...good, skipped: [3] },
        huge: { ...good, kernel: 'x'.repeat(600) },
      }),
    );
    expect([...marks.keys()]).toEqual(['ok']);
  });
});

describe('CertifiedMarks', () => {
  it('reads the file once, relative to the page', async () => {
    const urls: string[] = [];
    const marks = new CertifiedMarks(async (url) => {
      urls.push(url);
      return { ok: true, status: 200, text: async () => FILE };
    });
    expect(marks.get('tracefs-basics')).toBeNull();
    await Promise.all([marks.load(), marks.load()]);
    expect(urls).toEqual([CERTIFIED_URL]);
    expect(CERTIFIED_URL.startsWith('/')).toBe(false);
    expect(marks.get('tracefs-basics')?.kernel).toBe('Linux 6.1.192');
    expect(marks.get('containers')).toBeNull();
  });

  it('has no marks when the file is missing or the fetch fails', async () => {
    const missing = new CertifiedMarks(async () => ({ ok: false, status: 404, text: async () => '' }));
    await missing.load();
    expect(missing.marks.size).toBe(0);
    const failing = new CertifiedMarks(() => Promise.reject(new Error('offline')));
    await failing.load();
    expect(failing.get('tracefs-basics')).toBeNull();
  });
});
