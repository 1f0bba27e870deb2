// The playground's icon (public/favicon.svg: a prompt `>_` on a dark rounded square) drawn as
// PNG pixels at any size, for the web app manifest, which needs 192 and 512 pixel PNGs. No image
// tool is needed: the three shapes of the SVG are measured per sample (4×4 per pixel, for smooth
// edges) and the pixels written as an RGBA PNG with node:zlib. `npx tsx build/make-icons.ts`
// writes public/icons/; test/page/icons.test.ts checks the files hold these pixels.
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

/** The favicon's drawing, in its 32×32 view box. */
const BACKGROUND: Rgb = [0x1d, 0x24, 0x33];
const CORNER = 6;
const STROKE_HALF = 1.5;
const STROKES: ReadonlyArray<{ colour: Rgb; points: ReadonlyArray<readonly [number, number]> }> = [
  {
    colour: [0x7f, 0xd8, 0x8f],
    points: [
      [6, 22],
      [12, 16],
      [6, 10],
    ],
  },
  {
    colour: [0xe6, 0xe6, 0xe6],
    points: [
      [15, 23],
      [26, 23],
    ],
  },
];
const VIEW = 32;
/** The sizes public/icons/ holds (the manifest names them). */
export const ICON_SIZES = [192, 512] as const;
const SAMPLES = 4;

/** The icon as `size`×`size` RGBA pixels, row by row. */
export function iconPixels(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const scale = VIEW / size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let covered = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const px = (x + (sx + 0.5) / SAMPLES) * scale;
          const py = (y + (sy + 0.5) / SAMPLES) * scale;
          const colour = colourAt(px, py);
          if (!colour) continue;
          covered++;
          for (let c = 0; c < 3; c++) sum[c] += colour[c];
        }
      }
      const at = (y * size + x) * 4;
      if (covered === 0) continue;
      for (let c = 0; c < 3; c++) pixels[at + c] = Math.round(sum[c] / covered);
      pixels[at + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return pixels;
}

/** An RGBA PNG of `size`×`size` pixels (colour type 6, 8 bits, no interlace). */
export function encodePng(size: number, pixels: Uint8Array): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    rows.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function colourAt(x: number, y: number): Rgb | null {
  if (!insideRoundedSquare(x, y)) return null;
  for (const stroke of STROKES) {
    for (let i = 1; i < stroke.points.length; i++) {
      if (distanceToSegment(x, y, stroke.points[i - 1], stroke.points[i]) <= STROKE_HALF)
        return stroke.colour;
    }
  }
  return BACKGROUND;
}

function insideRoundedSquare(x: number, y: number): boolean {
  const dx = Math.max(CORNER - x, 0, x - (VIEW - CORNER));
  const dy = Math.max(CORNER - y, 0, y - (VIEW - CORNER));
  return x >= 0 && y >= 0 && x <= VIEW && y <= VIEW && dx * dx + dy * dy <= CORNER * CORNER;
}

/** Distance from a point to a segment: round caps and joins come with it. */
function distanceToSegment(
  x: number,
  y: number,
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
): number {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
