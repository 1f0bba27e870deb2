// Share links: a session log carried in a URL fragment (`#s=FORMAT.PAYLOAD`, among other
// `&`-separated parameters), so a session can be replayed from a link and nothing reaches a
// server. Decoding a link never throws: a link is hostile input, every answer is data, and every
// refusal is a sentence a person understands. Formats are numbered; each has its decoder in the
// table below and keeps it forever, so a link once shipped decodes in every later playground.
// docs/share-links.md describes the formats and limits.

import type { SessionLog } from '../../worker/protocol';
import { decodeV1, encodeV1, type DecodedLog } from './link-v1';
import { decodeV2, encodeV2 } from './link-v2';
import { MAX_FRAGMENT } from './log-rules';

export {
  checkLog,
  MAX_EXPECT,
  MAX_FRAGMENT,
  MAX_LINE,
  MAX_STEPS,
  MAX_TERMINAL,
  MAX_TITLE,
  MAX_UNPACKED,
} from './log-rules';

/** Above this many characters the page warns that a link may be cut short where it is pasted. */
export const LINK_WARN_LENGTH = 2000;

/** The newest format: `encodeLink` writes it for logs that need it, format 1 for the others. */
export const LINK_FORMAT = 2;

export type DecodeResult = { ok: true; log: SessionLog; version: number } | { ok: false; error: string };

/** A link format: how its payload (what follows `s=N.`) becomes a session log. */
interface LinkFormatOperations {
  decode(payload: string): Promise<DecodedLog>;
}

const linkFormatV1: LinkFormatOperations = { decode: decodeV1 };
const linkFormatV2: LinkFormatOperations = { decode: decodeV2 };

/** Every format ever shipped, by number. A format is added here and never removed. */
const FORMATS: ReadonlyMap<number, LinkFormatOperations> = new Map([
  [1, linkFormatV1],
  [2, linkFormatV2],
]);

/**
 * The fragment body (without `#`) of a link to `log`: `s=1.PAYLOAD`. A log `checkLog` refuses
 * makes a link `decodeLink` refuses, so the page checks first.
 */
export async function encodeLink(log: SessionLog): Promise<string> {
  if (log.steps.some((s) => s.ticks)) return `s=2.${await encodeV2(log)}`;
  return `s=1.${await encodeV1(log)}`;
}

/** The session log a link's fragment (with or without `#`) holds, or why it cannot be used. */
export async function decodeLink(fragment: string): Promise<DecodeResult> {
  try {
    return await decodeFragment(fragment);
  } catch {
    // NOTE: nothing below throws by design; this keeps a bug from escaping as an exception.
    return fail('the link could not be read (the playground failed while reading it)');
  }
}

async function decodeFragment(fragment: string): Promise<DecodeResult> {
  if (typeof fragment !== 'string') return fail('the link is not text');
  if (fragment.length > MAX_FRAGMENT)
    return fail(
      `the link is too long (${fragment.length} characters; a playground link has at most ${MAX_FRAGMENT})`,
    );
  const session = fragmentParams(fragment).get('s');
  if (session === undefined) return fail('the link holds no session (it has no “s=” part)');
  if (session === '') return fail('the link holds no session (its “s=” part is empty)');
  const parts = /^(0|[1-9]\d{0,8})\.(.*)$/s.exec(session);
  if (!parts) return fail('the link is damaged (its session does not start with a format number and a dot)');
  const version = Number(parts[1]);
  const format = FORMATS.get(version);
  if (!format) {
    return version > LINK_FORMAT
      ? fail(
          `this link was made by a newer playground (format ${version}); this one reads formats up to ` +
            `${LINK_FORMAT}: open the link in the current playground`,
        )
      : fail(`the link is damaged (it names format ${parts[1]}, which never existed)`);
  }
  if (parts[2] === '') return fail('the link holds no session (nothing follows its format number)');
  const decoded = await format.decode(parts[2]);
  return decoded.ok ? { ok: true, log: decoded.log, version } : decoded;
}

/**
 * The `&`-separated `key=value` parameters of a fragment (with or without `#`), percent-decoded
 * where that is possible. A key without `=` has the value ''; when a key repeats, the first wins.
 */
export function fragmentParams(hash: string): Map<string, string> {
  const params = new Map<string, string>();
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return params;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    const key = percentDecoded(eq < 0 ? part : part.slice(0, eq));
    if (!params.has(key)) params.set(key, eq < 0 ? '' : percentDecoded(part.slice(eq + 1)));
  }
  return params;
}

/** How long the link is: the page's address (when given), `#`, and the fragment body. */
export function linkLength(fragment: string, pageAddress = ''): number {
  return pageAddress.length + 1 + (fragment.startsWith('#') ? fragment.length - 1 : fragment.length);
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function fail(error: string): DecodeResult {
  return { ok: false, error };
}
