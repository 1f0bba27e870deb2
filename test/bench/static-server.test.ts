// The page benchmark's server: files from a built directory, gzip-compressed once for clients that
// accept it (as a static host serves precompressed files), plain otherwise, with their types.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../bench/page/static-server';

let port = 0;
const SCRIPT = 'export const x = 1;\n'.repeat(50);

interface Got {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, acceptEncoding?: string): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the page benchmark server', () => {
  let dir: string;
  let server: Server;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'assets', 'main.js'), SCRIPT);
    writeFileSync(join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    server = await serveDist(dir, 0);
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });

  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true });
  });

  it('serves a script gzip-compressed to a client that accepts gzip, with its type', async () => {
    const got = await get('/assets/main.js', 'gzip, deflate, br');
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(got.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(got.body).toString()).toBe(SCRIPT);
    expect(got.body.length).toBeLessThan(SCRIPT.length);
  });

  it('serves the same file plain to a client that does not accept gzip', async () => {
    const got = await get('/assets/main.js');
    expect(got.headers['content-encoding']).toBeUndefined();
    expect(got.body.toString()).toBe(SCRIPT);
  });

  it('serves index.html for a directory, images uncompressed, and 404 for what is not there', async () => {
    const root = await get('/', 'gzip');
    expect(root.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(gunzipSync(root.body).toString()).toContain('<title>t</title>');
    const icon = await get('/icon.png', 'gzip');
    expect(icon.headers['content-encoding']).toBeUndefined();
    expect([...icon.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect((await get('/nope.js', 'gzip')).status).toBe(404);
    expect((await get('/assets/', 'gzip')).status).toBe(404);
  });
});
