// The embed's postMessage API (src/embed/host-api.ts) without a browser: the embedding window is a
// fake that records what it is sent. Messages are taken only from that window and the allowed
// origin, replies go to that origin only, and malformed messages are ignored or answered with
// `tracefs:error`, never acted on.
import { describe, expect, it } from 'vitest';
import type { SessionLog } from '../../worker/protocol';
import {
  HostApi,
  parseHostMessage,
  sessionLog,
  type EmbedControls,
  type EmbedMessage,
  type HostWindow,
} from '../../src/embed/host-api';

const HOST = 'https://docs.example.com';

const LOG: SessionLog = {
  simulator: '0.2.0',
  profile: 'rfc-v2',
  title: 'A namespace',
  steps: [
    { term: 1, op: 'line', text: 'mkdir namespaces/ns1', hash: '1a2b' },
    { term: 1, op: 'line', text: 'cat namespaces/ns1/options', expect: 'user_events_limit=0\n' },
  ],
};

class FakeParent implements HostWindow {
  sent: Array<{ message: EmbedMessage; origin: string }> = [];
  postMessage(message: unknown, targetOrigin: string): void {
    this.sent.push({ message: message as EmbedMessage, origin: targetOrigin });
  }
}

class FakeControls implements EmbedControls {
  calls: string[] = [];
  current: SessionLog | null = LOG;
  run(command: string): void {
    this.calls.push(`run ${command}`);
  }
  async reset(): Promise<void> {
    this.calls.push('reset');
  }
  async log(): Promise<SessionLog | null> {
    this.calls.push('log');
    return this.current;
  }
  async setLog(log: SessionLog): Promise<void> {
    this.calls.push(`set-log ${log.steps.length}`);
  }
}

function setup(parent: FakeParent | null = new FakeParent()) {
  const controls = new FakeControls();
  const ignored: string[] = [];
  const api = new HostApi(parent, HOST, controls, (origin) => ignored.push(origin));
  const from = (data: unknown, origin = HOST, source: unknown = parent) =>
    api.receive({ data, origin, source });
  return { parent, controls, api, from, ignored };
}

describe('HostApi', () => {
  it('runs a command from the host page', async () => {
    const { controls, from, parent } = setup();
    await from({ type: 'tracefs:run', command: 'ls namespaces' });
    expect(controls.calls).toEqual(['run ls namespaces']);
    expect(parent?.sent).toEqual([]);
  });

  it('resets, and sets a log', async () => {
    const { controls, from } = setup();
    await from({ type: 'tracefs:reset' });
    await from({ type: 'tracefs:set-log', log: LOG });
    expect(controls.calls).toEqual(['reset', 'set-log 2']);
  });

  it('answers get-log with the log and the id, at the allowed origin only', async () => {
    const { from, parent } = setup();
    await from({ type: 'tracefs:get-log', id: 7 });
    await from({ type: 'tracefs:get-log' });
    expect(parent?.sent).toEqual([
      { message: { type: 'tracefs:log', id: 7, log: LOG }, origin: HOST },
      { message: { type: 'tracefs:log', log: LOG }, origin: HOST },
    ]);
  });

  it('answers get-log with null before the embed started', async () => {
    const { controls, from, parent } = setup();
    controls.current = null;
    await from({ type: 'tracefs:get-log', id: 'a' });
    expect(parent?.sent[0].message).toEqual({ type: 'tracefs:log', id: 'a', log: null });
  });

  it('sends what the embed says to the allowed origin, never to *', () => {
    const { api, parent } = setup();
    api.send({ type: 'tracefs:ready' });
    api.send({ type: 'tracefs:height', height: 300 });
    expect(parent?.sent.map((s) => s.origin)).toEqual([HOST, HOST]);
  });

  it('ignores a message from another origin', async () => {
    const { controls, from, parent, ignored, api } = setup();
    await from({ type: 'tracefs:run', command: 'rm -r /' }, 'https://evil.example');
    await from({ type: 'tracefs:get-log' }, 'null');
    expect(controls.calls).toEqual([]);
    expect(parent?.sent).toEqual([]);
    expect(ignored).toEqual(['https://evil.example', 'null']);
    expect(api.ignored).toBe(2);
  });

  it('ignores a message from another window, even at the allowed origin', async () => {
    const { controls, from, parent } = setup();
    await from({ type: 'tracefs:run', command: 'ls' }, HOST, new FakeParent());
    await from({ type: 'tracefs:run', command: 'ls' }, HOST, null);
    expect(controls.calls).toEqual([]);
    expect(parent?.sent).toEqual([]);
  });

  it('takes and sends nothing when the embed is not in a frame', async () => {
    const { controls, from, api } = setup(null);
    await from({ type: 'tracefs:run', command: 'ls' }, HOST, null);
    api.send({ type: 'tracefs:ready' });
    expect(controls.calls).toEqual([]);
  });

  it('ignores messages that are not this API’s', async () => {
    const { controls, from, parent, ignored } = setup();
    for (const data of [null, 'tracefs:run', 42, [], { type: 'other:run' }, { kind: 'tracefs:run' }])
      await from(data);
    await from({ type: 'webpack:reload' }, 'https://evil.example');
    expect(controls.calls).toEqual([]);
    expect(parent?.sent).toEqual([]);
    expect(ignored).toEqual([]);
  });

  const malformed: Array<[string, unknown, RegExp]> = [
    ['a run without a command', { type: 'tracefs:run' }, /needs a command/],
    ['a command that is not text', { type: 'tracefs:run', command: ['ls'] }, /needs a command/],
    [
      'a command with an escape sequence',
      { type: 'tracefs:run', command: 'echo \x1b]0;x\x07' },
      /control character \(U\+001B\)/,
    ],
    [
      'a command with a newline',
      { type: 'tracefs:run', command: 'ls\nrm x' },
      /control character \(U\+000A\)/,
    ],
    ['a command with Ctrl-C', { type: 'tracefs:run', command: '\x03' }, /control character \(U\+0003\)/],
    ['a command too long', { type: 'tracefs:run', command: 'x'.repeat(4097) }, /longer than 4096/],
    ['an unknown type', { type: 'tracefs:format-disk' }, /unknown message type “tracefs:format-disk”/],
    ['an id that is an object', { type: 'tracefs:get-log', id: {} }, /the id must be/],
    [
      'a set-log without a log',
      { type: 'tracefs:set-log' },
      /the log cannot be used: it is not a session log/,
    ],
    [
      'a log with a bad step',
      { type: 'tracefs:set-log', log: { ...LOG, steps: [{ term: 2, op: 'line', text: 'ls' }] } },
      /step 1: terminal 2 was never opened/,
    ],
  ];
  it.each(malformed)('answers %s with tracefs:error', async (_, data, message) => {
    const { controls, from, parent } = setup();
    await from(data);
    expect(controls.calls).toEqual([]);
    expect(parent?.sent).toHaveLength(1);
    const { message: sent, origin } = parent!.sent[0];
    expect(origin).toBe(HOST);
    expect(sent.type).toBe('tracefs:error');
    if (sent.type === 'tracefs:error') expect(sent.message).toMatch(message);
  });

  it('echoes the id of a malformed message it answers', async () => {
    const { from, parent } = setup();
    await from({ type: 'tracefs:set-log', id: 'x1', log: 'nope' });
    expect(parent?.sent[0].message).toMatchObject({ type: 'tracefs:error', id: 'x1' });
  });
});

describe('parseHostMessage', () => {
  it('copies only the fields it knows', () => {
    expect(parseHostMessage({ type: 'tracefs:run', command: 'ls', html: '<img onerror=x>' })).toEqual({
      ok: true,
      message: { type: 'tracefs:run', command: 'ls' },
    });
  });

  it('returns null for what is not its', () => {
    expect(parseHostMessage(undefined)).toBeNull();
    expect(parseHostMessage({ type: 7 })).toBeNull();
  });
});

describe('sessionLog', () => {
  it('takes a valid log as a copy', () => {
    const taken = sessionLog(JSON.parse(JSON.stringify(LOG)));
    expect(taken).toEqual({ ok: true, log: LOG });
  });

  const refused: Array<[string, unknown, RegExp]> = [
    ['not an object', 'log', /not a session log/],
    ['an array', [], /not a session log/],
    ['an unknown field', { ...LOG, extra: 1 }, /unknown field “extra”/],
    ['no simulator', { profile: 'rfc-v2', steps: [] }, /no simulator/],
    ['a title that is a number', { ...LOG, title: 5 }, /title is not a string/],
    ['steps that are not a list', { ...LOG, steps: {} }, /no list of steps/],
    ['a step that is not an object', { ...LOG, steps: [1] }, /step 1: it is not an object/],
    [
      'a step with an unknown field',
      { ...LOG, steps: [{ term: 1, op: 'line', text: 'ls', x: 1 }] },
      /step 1: it has an unknown field “x”/,
    ],
    [
      'a step whose text is a number',
      { ...LOG, steps: [{ term: 1, op: 'line', text: 5 }] },
      /step 1: its text is not a string/,
    ],
    [
      'an op that does not exist',
      { ...LOG, steps: [{ term: 1, op: 'format' }] },
      /step 1: the action is not one/,
    ],
    [
      'a typed line with an escape',
      { ...LOG, steps: [{ term: 1, op: 'line', text: '\x1b[2J' }] },
      /control character/,
    ],
    ['a simulator name with spaces', { ...LOG, simulator: 'a b' }, /simulator version/],
  ];
  it.each(refused)('refuses %s', (_, value, message) => {
    const taken = sessionLog(value);
    expect(taken.ok).toBe(false);
    if (!taken.ok) expect(taken.error).toMatch(message);
  });
});
