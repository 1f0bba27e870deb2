// The share-link codec: logs survive encode and decode exactly, every fixture link ever shipped
// still decodes to its log, fragments are read among other parameters, and every hostile link is
// refused with a sentence that names its problem (and never throws or pollutes a prototype); a
// link carries its kernel profile, and replays on it (an old link on rfc-v2).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SessionLog } from '../../worker/protocol';
import {
  checkLog,
  decodeLink,
  encodeLink,
  fragmentParams,
  LINK_WARN_LENGTH,
  linkLength,
  MAX_UNPACKED,
} from '../../src/share/link';
import { hostileLinks, trickyLinks } from './hostile-links';
import { Playground } from '../../worker/session';

const FIXTURES = join(import.meta.dirname, 'fixtures');

const log = (steps: SessionLog['steps'], title?: string): SessionLog => ({
  simulator: '0.2.0',
  profile: 'rfc-v2',
  ...(title === undefined ? {} : { title }),
  steps,
});

async function roundTrip(original: SessionLog): Promise<SessionLog> {
  const fragment = await encodeLink(original);
  expect(fragment).toMatch(/^s=1\.[\w-]+$/);
  const decoded = await decodeLink(fragment);
  if (!decoded.ok) throw new Error(decoded.error);
  expect(decoded.version).toBe(1);
  return decoded.log;
}

describe('round trips', () => {
  const cases: [string, SessionLog][] = [
    ['an empty session', log([])],
    ['an empty title', log([], '')],
    ['a title with unicode and HTML', log([], 'Ünïcødé 👩‍💻 <b>&amp;</b> `x`')],
    [
      'every op, hashes and expectations',
      log([
        { term: 1, op: 'line', text: 'ls', hash: '1a2b' },
        { term: 2, op: 'open', hash: 'ffff' },
        { term: 2, op: 'line', text: '' },
        { term: 2, op: 'interrupt', expect: '' },
        { term: 1, op: 'eof', hash: '0000', expect: 'x\n' },
        { term: 2, op: 'close' },
        { term: 3, op: 'open' },
        { term: 1, op: 'line', text: 'cat f', expect: 'nul\0 tab\t nl\n\n' },
      ]),
    ],
    ['unicode lines', log([{ term: 1, op: 'line', text: 'echo "日本語 ✓ é\u0301 🎉 \u00a0 \u2028"' }])],
    ['a hash with no text before it', log([{ term: 1, op: 'interrupt', hash: 'beef' }])],
    [
      'lines and outputs at their limits',
      log([{ term: 1, op: 'line', text: '🎉'.repeat(4096), expect: 'x'.repeat(65_536) }], 'é'.repeat(200)),
    ],
  ];
  it.each(cases)('%s', async (_name, original) => {
    expect(await roundTrip(original)).toStrictEqual(original);
  });

  it('keeps absent members absent (no undefined keys appear)', async () => {
    const decoded = await roundTrip(log([{ term: 1, op: 'line', text: 'ls' }]));
    expect(Object.keys(decoded)).toEqual(['simulator', 'profile', 'steps']);
    expect(Object.keys(decoded.steps[0])).toEqual(['term', 'op', 'text']);
  });

  it('carries 10,000 steps and a session unpacking to just under the cap', async () => {
    const many = log(
      Array.from({ length: 10_000 }, (_, i) => ({ term: 1, op: 'line' as const, text: `echo ${i}` })),
    );
    expect(await roundTrip(many)).toStrictEqual(many);
    const big = log(
      Array.from({ length: 15 }, () => ({ term: 1, op: 'eof' as const, expect: 'y'.repeat(65_536) })),
    );
    expect(JSON.stringify(big).length).toBeLessThan(MAX_UNPACKED);
    expect(await roundTrip(big)).toStrictEqual(big);
  });
});

describe('fixtures', () => {
  // NOTE: these links were made by the format 1 encoder and must never be regenerated: a link once
  // shipped must decode forever, so a failure here means the decoder broke, not the fixture.
  const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));

  it('exist for format 1', () => {
    expect(names.filter((n) => n.startsWith('v1-')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(names)('%s decodes to its .json', async (name) => {
    const fragment = readFileSync(join(FIXTURES, name), 'utf8').trim();
    const expected = JSON.parse(readFileSync(join(FIXTURES, name.replace(/\.txt$/, '.json')), 'utf8'));
    const decoded = await decodeLink(fragment);
    expect(decoded).toStrictEqual({ ok: true, log: expected, version: Number(/^v(\d+)-/.exec(name)?.[1]) });
  });
});

describe('fragments', () => {
  it('are read with or without # and among other parameters', async () => {
    const original = log([{ term: 1, op: 'line', text: 'ls' }], 'x');
    const body = await encodeLink(original);
    for (const fragment of [body, `#${body}`, `#lesson=intro&${body}`, `lesson=a%26b&${body}&theme=dark`]) {
      expect(await decodeLink(fragment)).toStrictEqual({ ok: true, log: original, version: 1 });
    }
  });

  it('fragmentParams splits, percent-decodes, and keeps the first of a repeated key', () => {
    expect([...fragmentParams('#lesson=intro%20one&s=1.abc&flag&s=2.x&bad=%E0%A4%A')]).toEqual([
      ['lesson', 'intro one'],
      ['s', '1.abc'],
      ['flag', ''],
      ['bad', '%E0%A4%A'],
    ]);
    expect(fragmentParams('')).toEqual(new Map());
    expect(fragmentParams('#')).toEqual(new Map());
    expect(fragmentParams('a=b=c').get('a')).toBe('b=c');
  });

  it('linkLength counts the address, the # and the body', () => {
    expect(linkLength('s=1.abc')).toBe(8);
    expect(linkLength('#s=1.abc')).toBe(8);
    expect(linkLength('s=1.abc', 'https://x.example/')).toBe(26);
    expect(LINK_WARN_LENGTH).toBe(2000);
  });
});

describe('hostile links', async () => {
  const hostile = await hostileLinks();

  it('are at least 25 distinct cases', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(25);
    expect(new Set(hostile.map((h) => h.name)).size).toBe(hostile.length);
  });

  it.each(hostile.map((h) => [h.name, h] as const))('refuses %s', async (_name, { fragment, says }) => {
    const decoded = await decodeLink(fragment);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error).toContain(says);
    expect(decoded.error).not.toMatch(/[\x00-\x1f\x7f-\x9f]/);
  });

  it('pollutes no prototype', async () => {
    for (const { fragment } of hostile) await decodeLink(fragment);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Array.prototype).not.toHaveProperty('polluted');
  });

  it('refuses what is not a string at all', async () => {
    expect(await decodeLink(undefined as unknown as string)).toEqual({
      ok: false,
      error: 'the link is not text',
    });
  });

  it('names an unknown field without echoing its raw text', async () => {
    const decoded = await decodeLink(hostile.find((h) => h.name === 'unknown top-level field')!.fragment);
    expect(decoded).toEqual({ ok: false, error: 'the link holds an unknown field “x”; it was altered' });
  });
});

describe('tricky links', async () => {
  const tricky = await trickyLinks();
  it.each(tricky.map((t) => [t.name, t] as const))('keeps %s verbatim', async (_name, { fragment, log }) => {
    expect(await decodeLink(fragment)).toStrictEqual({ ok: true, log, version: 1 });
  });
});

describe('kernel profiles', () => {
  it('a link made on linux-6.12 opens on linux-6.12, with the same bytes', async () => {
    const made = new Playground();
    expect(made.boot('linux-6.12').ok).toBe(true);
    made.input(1, 'uname -r');
    const recorded = made.log();
    if (!recorded.ok) throw new Error(recorded.error.message);
    expect(recorded.value.profile).toBe('linux-6.12');
    const decoded = await decodeLink(await encodeLink(recorded.value));
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.log).toStrictEqual(recorded.value);
    const opened = new Playground();
    const replayed = opened.replay(decoded.log);
    expect(replayed).toMatchObject({ ok: true, value: { profile: 'linux-6.12', diverged: null } });
    if (replayed.ok) expect(replayed.value.terminals[0].text).toContain('# uname -r\n6.12.0\n');
  });

  it('an old link (made before there was a choice) opens on rfc-v2', async () => {
    const fragment = readFileSync(join(FIXTURES, 'v1-one-terminal.txt'), 'utf8').trim();
    const decoded = await decodeLink(fragment);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.log.profile).toBe('rfc-v2');
    const opened = new Playground();
    expect(opened.boot('linux-6.12').ok).toBe(true);
    expect(opened.replay(decoded.log)).toMatchObject({ ok: true, value: { profile: 'rfc-v2', steps: 4 } });
  });
});

describe('checkLog', () => {
  it('accepts a log the worker records and names the first problem of one it cannot share', () => {
    expect(
      checkLog(
        log([
          { term: 1, op: 'line', text: 'ls', hash: '1a2b' },
          { term: 2, op: 'open' },
        ]),
      ),
    ).toBeNull();
    expect(
      checkLog(
        log([
          { term: 1, op: 'line', text: 'clear', expect: '\x1b[H\x1b[2J' },
          { term: 1, op: 'line', text: 'a\x1b' },
        ]),
      ),
    ).toBe('step 1: the expected output holds a control character (U+001B)');
    expect(checkLog({ ...log([]), simulator: 'a b' })).toBe(
      'the simulator version is not a plain version name',
    );
  });
});
