// Links a playground must refuse, and links that look dangerous but are plain text it must keep
// verbatim. Exported for the unit tests and for an e2e test that pastes them into the page. The
// cases are built (deflated) once, in the test's own platform, by `hostileLinks()` and
// `trickyLinks()`; `says` is a phrase the refusal must contain, so each case fails for its reason.

import type { SessionLog } from '../../worker/protocol';
import { toBase64url } from '../../src/share/base64url';
import { encodeLink } from '../../src/share/link';

export interface HostileLink {
  name: string;
  fragment: string;
  /** A phrase the error must hold. */
  says: string;
}

export interface TrickyLink {
  name: string;
  fragment: string;
  /** What the link must decode to, text kept verbatim. */
  log: SessionLog;
}

const HEAD = '"v":"0.2.0","p":"rfc-v2"';

/** Raw-deflated bytes in base64url: a payload as the encoder would make it, of anything. */
async function pack(chunks: Iterable<Uint8Array<ArrayBuffer>>): Promise<string> {
  const source = chunks[Symbol.iterator]();
  const input = new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      const next = source.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
  const compressed = input.pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64url(new Uint8Array(await new Response(compressed).arrayBuffer()));
}

const packText = (text: string) => pack([new TextEncoder().encode(text)]);

/** A format 1 link whose JSON is `json`, written by hand (to say what JSON.stringify cannot). */
const wire = async (json: string) => `s=1.${await packText(json)}`;

/** A format 1 link with the header above and these steps (JSON text of the list's members). */
const steps = (...list: string[]) => wire(`{${HEAD},"s":[${list.join(',')}]}`);

/** The same in format 2 (steps may carry running counts). */
const steps2 = async (...list: string[]) => `s=2.${await packText(`{${HEAD},"s":[${list.join(',')}]}`)}`;

function* repeated(chunk: Uint8Array<ArrayBuffer>, times: number): Generator<Uint8Array<ArrayBuffer>> {
  for (let i = 0; i < times; i++) yield chunk;
}

async function build(): Promise<HostileLink[]> {
  const valid = await steps('[1,"l","ls","1a2b"]');
  const payload = valid.slice('s=1.'.length);
  const spaces = new Uint8Array(1 << 20).fill(0x20);
  return [
    { name: 'empty', fragment: '', says: 'no session' },
    { name: 'a lone #', fragment: '#', says: 'no session' },
    { name: 'no s parameter', fragment: '#lesson=intro', says: 'no “s=” part' },
    { name: 's=', fragment: 's=', says: 'empty' },
    { name: 's=1.', fragment: 's=1.', says: 'nothing follows' },
    { name: 'no format number', fragment: `s=${payload}`, says: 'format number' },
    { name: 'format not a number', fragment: `s=x.${payload}`, says: 'format number' },
    { name: 'format with a leading zero', fragment: `s=01.${payload}`, says: 'format number' },
    { name: 'format 0', fragment: `s=0.${payload}`, says: 'format 0, which never existed' },
    { name: 'unknown newer format', fragment: `s=99.${payload}`, says: 'newer playground (format 99)' },
    { name: 'format number too long', fragment: `s=12345678901.${payload}`, says: 'format number' },
    { name: 'bad base64', fragment: 's=1.@@@@', says: 'damaged' },
    { name: 'base64 with padding', fragment: `${valid}==`, says: 'damaged' },
    { name: 'impossible base64 length', fragment: 's=1.ABCDE', says: 'cut short' },
    { name: 'stray bits in the last character', fragment: 's=1.AB', says: 'truncated or damaged' },
    { name: 'truncated payload', fragment: valid.slice(0, -6), says: 'truncated or damaged' },
    { name: 'not deflate', fragment: 's=1.AAAAAAAA', says: 'does not decompress' },
    { name: 'percent-escape that does not decode', fragment: 's=1.%ZZ', says: 'damaged' },
    {
      name: 'deflate of text that is not JSON',
      fragment: `s=1.${await packText('hello')}`,
      says: 'not a session',
    },
    {
      name: 'deflate of bytes that are not UTF-8',
      fragment: `s=1.${await pack([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])])}`,
      says: 'not text',
    },
    {
      name: 'JSON with a byte order mark',
      fragment: await wire(`\ufeff{${HEAD},"s":[]}`),
      says: 'not a session',
    },
    { name: 'JSON null', fragment: await wire('null'), says: 'not a session' },
    { name: 'JSON array', fragment: await wire('[]'), says: 'not a session' },
    { name: 'JSON string', fragment: await wire('"s"'), says: 'not a session' },
    {
      name: 'deeply nested JSON',
      fragment: await wire('['.repeat(200_000) + ']'.repeat(200_000)),
      says: 'session',
    },
    { name: 'no simulator', fragment: await wire('{"p":"rfc-v2","s":[]}'), says: 'simulator' },
    { name: 'simulator a number', fragment: await wire('{"v":2,"p":"rfc-v2","s":[]}'), says: 'simulator' },
    {
      name: 'simulator with a space',
      fragment: await wire('{"v":"0.2 0","p":"rfc-v2","s":[]}'),
      says: 'simulator',
    },
    {
      name: 'simulator too long',
      fragment: await wire(`{"v":"${'1'.repeat(41)}","p":"rfc-v2","s":[]}`),
      says: 'simulator',
    },
    { name: 'no profile', fragment: await wire('{"v":"0.2.0","s":[]}'), says: 'profile' },
    {
      name: 'profile with a slash',
      fragment: await wire('{"v":"0.2.0","p":"../x","s":[]}'),
      says: 'profile',
    },
    { name: 'no steps', fragment: await wire(`{${HEAD}}`), says: 'no list of steps' },
    {
      name: 'steps an object',
      fragment: await wire(`{${HEAD},"s":{"0":[1,"e"]}}`),
      says: 'no list of steps',
    },
    { name: 'title a number', fragment: await wire(`{${HEAD},"t":7,"s":[]}`), says: 'title' },
    { name: 'title null', fragment: await wire(`{${HEAD},"t":null,"s":[]}`), says: 'title' },
    {
      name: 'title too long',
      fragment: await wire(`{${HEAD},"t":"${'t'.repeat(201)}","s":[]}`),
      says: 'title is longer',
    },
    { name: 'title with a newline', fragment: await wire(`{${HEAD},"t":"a\\nb","s":[]}`), says: 'U+000A' },
    {
      name: 'title with ESC',
      fragment: await wire(`{${HEAD},"t":"\\u001b]0;pwned\\u0007","s":[]}`),
      says: 'U+001B',
    },
    {
      name: 'unknown top-level field',
      fragment: await wire(`{${HEAD},"s":[],"x":1}`),
      says: 'unknown field “x”',
    },
    {
      name: '__proto__ field',
      fragment: await wire(`{"__proto__":{"polluted":true},${HEAD},"s":[]}`),
      says: 'unknown field “__proto__”',
    },
    {
      name: 'constructor field',
      fragment: await wire(`{${HEAD},"s":[],"constructor":{"prototype":{"polluted":1}}}`),
      says: 'unknown field',
    },
    {
      name: 'step an object',
      fragment: await steps('{"term":1,"op":"l"}'),
      says: 'step 1: it is not a step',
    },
    { name: 'step too short', fragment: await steps('[1,"e"]', '[1]'), says: 'step 2: it is not a step' },
    {
      name: 'step too long',
      fragment: await steps('[1,"l","ls","1a2b","x",null]'),
      says: 'step 1: it is not a step',
    },
    {
      name: 'format 2 step too long',
      fragment: await steps2('[1,"l","ls","1a2b","x",null,null]'),
      says: 'step 1: it is not a step',
    },
    {
      name: 'running counts not in pairs',
      fragment: await steps2('[1,"i",null,null,null,[1]]'),
      says: 'step 1: its running commands are not pairs of counts',
    },
    {
      name: 'negative running count',
      fragment: await steps2('[1,"i",null,null,null,[1,-5]]'),
      says: 'step 1: its running commands are not pairs of counts',
    },
    {
      name: 'running counts as text',
      fragment: await steps2('[1,"i",null,null,null,"1,5"]'),
      says: 'step 1: its running commands are not pairs of counts',
    },
    { name: 'negative terminal', fragment: await steps('[-1,"e"]'), says: 'step 1: the terminal' },
    { name: 'terminal 0', fragment: await steps('[0,"e"]'), says: 'step 1: the terminal' },
    { name: 'huge terminal', fragment: await steps('[1e400,"e"]'), says: 'step 1: the terminal' },
    { name: 'terminal past 64', fragment: await steps('[65,"o"]'), says: 'step 1: the terminal' },
    { name: 'fractional terminal', fragment: await steps('[1.5,"e"]'), says: 'step 1: the terminal' },
    {
      name: 'terminal as text',
      fragment: await steps('["1","e"]'),
      says: 'step 1: the terminal is not a number',
    },
    { name: 'unknown op', fragment: await steps('[1,"x"]'), says: 'step 1: the action' },
    { name: 'op spelled out', fragment: await steps('[1,"line","ls"]'), says: 'step 1: the action' },
    { name: 'op __proto__', fragment: await steps('[1,"__proto__"]'), says: 'step 1: the action' },
    {
      name: 'line with ESC',
      fragment: await steps('[1,"e"]', '[1,"l","\\u001b[2J"]'),
      says: 'step 2: the line holds a control character (U+001B)',
    },
    { name: 'line with CR', fragment: await steps('[1,"l","ls\\r"]'), says: 'U+000D' },
    { name: 'line with NUL', fragment: await steps('[1,"l","a\\u0000b"]'), says: 'U+0000' },
    { name: 'line with DEL', fragment: await steps('[1,"l","a\\u007f"]'), says: 'U+007F' },
    { name: 'line with C1 CSI', fragment: await steps('[1,"l","\\u009b2J"]'), says: 'U+009B' },
    {
      name: 'line with a lone surrogate',
      fragment: await steps('[1,"l","a\\ud800b"]'),
      says: 'lone UTF-16 surrogate',
    },
    {
      name: 'line too long',
      fragment: await steps(`[1,"l","${'x'.repeat(4097)}"]`),
      says: 'longer than 4096',
    },
    {
      name: 'line without text',
      fragment: await steps('[1,"l"]'),
      says: 'step 1: the typed line is missing',
    },
    {
      name: 'line with null text',
      fragment: await steps('[1,"l",null,"1a2b"]'),
      says: 'the typed line is missing',
    },
    { name: 'line text a number', fragment: await steps('[1,"l",7]'), says: 'not text' },
    {
      name: 'text on Ctrl-C',
      fragment: await steps('[1,"i","rm -rf /"]'),
      says: 'only a typed line carries text',
    },
    { name: 'hash in capitals', fragment: await steps('[1,"l","ls","1A2B"]'), says: 'hash' },
    { name: 'hash too long', fragment: await steps('[1,"l","ls","1a2b3"]'), says: 'hash' },
    {
      name: 'expect with ESC',
      fragment: await steps('[1,"l","ls",null,"ok\\u001b[31m"]'),
      says: 'expected output holds',
    },
    { name: 'expect with CR', fragment: await steps('[1,"l","ls",null,"ok\\r\\n"]'), says: 'U+000D' },
    { name: 'expect with BEL', fragment: await steps('[1,"l","ls",null,"\\u0007"]'), says: 'U+0007' },
    {
      name: 'expect too long',
      fragment: await steps(`[1,"l","ls",null,"${'x'.repeat(65_537)}"]`),
      says: 'longer than 65536',
    },
    {
      name: 'unopened terminal',
      fragment: await steps('[2,"l","ls"]'),
      says: 'step 1: terminal 2 was never opened',
    },
    { name: 'open skipping a number', fragment: await steps('[3,"o"]'), says: 'gets number 2, not 3' },
    { name: 'terminal 1 opened again', fragment: await steps('[1,"o"]'), says: 'gets number 2, not 1' },
    {
      name: 'closed terminal used',
      fragment: await steps('[2,"o"]', '[2,"c"]', '[2,"l","ls"]'),
      says: 'step 3: terminal 2 was closed',
    },
    {
      name: 'closed terminal closed again',
      fragment: await steps('[1,"c"]', '[1,"c"]'),
      says: 'step 2: terminal 1 was closed',
    },
    {
      name: 'too many steps',
      fragment: await steps(...Array<string>(10_001).fill('[1,"e"]')),
      says: 'more than 10000 steps',
    },
    { name: 'oversize fragment', fragment: `s=1.${'A'.repeat(100_000)}`, says: 'too long' },
    {
      name: 'oversize fragment of other parameters',
      fragment: `#lesson=${'x'.repeat(100_000)}&${valid}`,
      says: 'too long',
    },
    { name: 'first s= wins', fragment: `s=99.x&${valid}`, says: 'newer playground' },
    {
      name: 'valid session followed by 2 MiB of whitespace',
      fragment: `s=1.${await pack([new TextEncoder().encode(`{${HEAD},"s":[]}`), ...repeated(spaces, 2)])}`,
      says: 'more than 1 MiB',
    },
    {
      name: 'zip bomb: 50 MB of spaces',
      fragment: `s=1.${await pack(repeated(spaces, 50))}`,
      says: 'more than 1 MiB',
    },
  ];
}

async function buildTricky(): Promise<TrickyLink[]> {
  const head = { simulator: '0.2.0', profile: 'rfc-v2' };
  const logs: [string, SessionLog][] = [
    ['title with HTML', { ...head, title: '<img src=x onerror=alert(1)>', steps: [] }],
    ['title with Markdown', { ...head, title: '# **bold** [x](javascript:alert(1)) `code`', steps: [] }],
    ['title __proto__', { ...head, title: '__proto__', steps: [] }],
    [
      'line with a script tag',
      { ...head, steps: [{ term: 1, op: 'line', text: "echo '<script>alert(1)</script>'" }] },
    ],
    [
      'line with command substitution',
      { ...head, steps: [{ term: 1, op: 'line', text: 'echo $(rm -rf /) `id` ${PATH}' }] },
    ],
    [
      'line with a right-to-left override',
      { ...head, steps: [{ term: 1, op: 'line', text: 'echo \u202eevil\u202c' }] },
    ],
    ['line with emoji and joiners', { ...head, steps: [{ term: 1, op: 'line', text: 'echo 👩‍💻 ✓ é' }] }],
    ['line with U+2028', { ...head, steps: [{ term: 1, op: 'line', text: 'echo a\u2028b' }] }],
    [
      'expect with NUL, tabs and newlines',
      { ...head, steps: [{ term: 1, op: 'line', text: 'cat x', expect: 'a\0b\tc\n\n' }] },
    ],
  ];
  const tricky = logs.map(async ([name, log]) => ({ name, fragment: await encodeLink(log), log }));
  tricky.push(
    (async () => {
      const log: SessionLog = { ...head, steps: [{ term: 1, op: 'line', text: 'ls -l', hash: '0f0f' }] };
      const fragment = (await encodeLink(log))
        .replace(/-/g, '%2D')
        .replace('s=1.', '#lesson=intro%20one&s=1%2E');
      return { name: 'percent-encoded among other parameters', fragment, log };
    })(),
  );
  return Promise.all(tricky);
}

let hostile: Promise<HostileLink[]> | null = null;
let tricky: Promise<TrickyLink[]> | null = null;

/** Links every decoder must refuse, each with a phrase its refusal must hold (built once). */
export function hostileLinks(): Promise<HostileLink[]> {
  return (hostile ??= build());
}

/** Links that look dangerous but are plain text: they must decode, their text kept verbatim. */
export function trickyLinks(): Promise<TrickyLink[]> {
  return (tricky ??= buildTricky());
}
