// How a link's payload holds a JSON value: UTF-8, raw deflate (RFC 1951, through the platform's
// CompressionStream, which Chromium and Node 20 both have), then base64url. Unpacking treats the
// payload as hostile: a few kilobytes of deflate can stand for gigabytes, so inflated output is
// capped while it streams and never held beyond the cap.

import { fromBase64url, toBase64url } from './base64url';

/**
 * Compressed bytes written to the decompressor at a time. Deflate expands at most 1032:1, so even a
 * decompressor that inflates each written chunk whole makes at most ~130 KiB past the cap.
 */
const SLICE = 128;

export type Unpacked = { ok: true; value: unknown } | { ok: false; error: string };

/** The part of a stream writer `feed` uses (the DOM and Node name its chunk type differently). */
interface ChunkWriter {
  readonly ready: Promise<unknown>;
  write(chunk: Uint8Array<ArrayBuffer>): Promise<void>;
  close(): Promise<void>;
}

type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'damaged' | 'too-big' };

/** `value` as JSON, deflated, in base64url. */
export async function packJson(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** The JSON value `payload` packs, or a sentence saying why there is none; never bigger than `cap` bytes. */
export async function unpackJson(payload: string, cap: number): Promise<Unpacked> {
  if (/[^\w-]/.test(payload)) return fail('the link is damaged (it holds characters no playground link has)');
  const bytes = fromBase64url(payload);
  if (!bytes) return fail('the link is truncated or damaged (its data is cut short)');
  const inflated = await inflateRaw(bytes, cap);
  if (!inflated.ok) {
    return inflated.reason === 'too-big'
      ? fail(`the link unpacks to more than ${size(cap)}, more than any playground session holds`)
      : fail('the link is truncated or damaged (its data does not decompress)');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated.bytes);
  } catch {
    return fail('the link is damaged (its data is not text)');
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return fail('the link is damaged (its data is not a session)');
  }
}

/** Raw deflate `bytes` inflated, unless they are not deflate or inflate to more than `cap` bytes. */
export async function inflateRaw(bytes: Uint8Array<ArrayBuffer>, cap: number): Promise<Inflated> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feeding = feed(writer, bytes);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let failure: Inflated | null = null;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > cap) {
        failure = { ok: false, reason: 'too-big' };
        break;
      }
      chunks.push(value);
    }
  } catch {
    failure = { ok: false, reason: 'damaged' };
  }
  if (failure) await reader.cancel().catch(() => undefined);
  await feeding;
  if (failure) return failure;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes: out };
}

/** Writes `bytes` a slice at a time as the reader takes output; stops quietly if the stream fails. */
async function feed(writer: ChunkWriter, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  try {
    for (let at = 0; at < bytes.length; at += SLICE) {
      await writer.ready;
      await writer.write(bytes.subarray(at, at + SLICE));
    }
    await writer.close();
  } catch {
    // NOTE: the reader saw the same failure, or cancelled on purpose, and reports it.
  }
}

function fail(error: string): Unpacked {
  return { ok: false, error };
}

function size(bytes: number): string {
  return bytes % 1024 ** 2 === 0 ? `${bytes / 1024 ** 2} MiB` : `${bytes} bytes`;
}
