// Writes the web app manifest's PNG icons (public/icons/icon-192.png, icon-512.png) from the
// drawing in build/icons.ts: `npx tsx build/make-icons.ts`. Run it again after changing the icon.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ICON_SIZES, encodePng, iconPixels } from './icons.ts';

const DIR = fileURLToPath(new URL('../public/icons/', import.meta.url));

mkdirSync(DIR, { recursive: true });
for (const size of ICON_SIZES) {
  const file = `${DIR}icon-${size}.png`;
  writeFileSync(file, encodePng(size, iconPixels(size)));
  console.log(`wrote ${file}`);
}
