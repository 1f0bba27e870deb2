// The web app manifest (public/manifest.webmanifest) and its icons: the fields an install needs,
// colours from the page's theme (src/theme.css), every icon present in public/ at the size it
// declares, and the PNG icons holding exactly what build/icons.ts draws (public/icons/ is made by
// build/make-icons.ts); both pages link the manifest and give a theme colour.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconPixels } from '../../build/icons';

const ROOT = join(__dirname, '..', '..');
const PUBLIC = join(ROOT, 'public');

interface Icon {
  src: string;
  sizes: string;
  type: string;
}

const manifest = JSON.parse(readFileSync(join(PUBLIC, 'manifest.webmanifest'), 'utf8')) as {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: Icon[];
};

/** Width, height and RGBA pixels of a PNG that build/icons.ts wrote (8-bit RGBA, filter 0). */
function decodePng(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([...body.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width * 4 + 1)]).toBe(0);
    pixels.set(rows.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, pixels };
}

describe('the web app manifest', () => {
  it('has what an installable app needs', () => {
    expect(manifest.name).toBe('tracefs playground');
    expect(manifest.short_name.length).toBeGreaterThan(0);
    expect(manifest.start_url).toBe('.');
    expect(manifest.display).toBe('standalone');
  });

  it('takes its colours from the page theme', () => {
    const theme = readFileSync(join(ROOT, 'src', 'theme.css'), 'utf8');
    expect(theme).toContain(`--bg: light-dark(${manifest.background_color},`);
    expect(theme).toContain(`--bg: light-dark(${manifest.theme_color},`);
  });

  it('names an SVG icon and PNG icons of 192 and 512 pixels, each present at that size', () => {
    expect(manifest.icons.map((i) => i.sizes).sort()).toEqual(['192x192', '512x512', 'any']);
    for (const icon of manifest.icons) {
      const bytes = readFileSync(join(PUBLIC, icon.src));
      if (icon.type === 'image/svg+xml') {
        expect(bytes.toString('utf8')).toMatch(/^<svg /);
        continue;
      }
      expect(icon.type).toBe('image/png');
      const { width, height } = decodePng(bytes);
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
  });

  it.each(ICON_SIZES)('public/icons/icon-%i.png holds what build/icons.ts draws', (size) => {
    const png = decodePng(readFileSync(join(PUBLIC, 'icons', `icon-${size}.png`)));
    expect(png.width).toBe(size);
    expect(Buffer.from(png.pixels).equals(Buffer.from(iconPixels(size)))).toBe(true);
  });

  it.each(['index.html', 'embed.html'])('%s links the manifest and gives a theme colour', (page) => {
    const html = readFileSync(join(ROOT, page), 'utf8');
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest" />');
    expect(html).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}"/);
  });
});
