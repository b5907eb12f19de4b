/** Reads the card fonts from the @fontsource packages, once per process (or worker). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Font as FontOptions } from 'satori';
import { FONT_FACES, FONT_PACKAGES, toSatoriFonts, type FontFace } from './fonts.ts';

/** The absolute path of a font file, resolved the way Node resolves packages from `root`. */
export function fontPath(face: FontFace, root = process.cwd()): string {
  const require = createRequire(path.join(root, 'package.json'));
  try {
    return require.resolve(face.file);
  } catch {
    throw new Error(`The card font \`${face.file}\` is missing.\n  Run \`npm install\`: the cards use the ${FONT_PACKAGES.join(', ')} packages.`);
  }
}

/** The bytes of every card font, in FONT_FACES order. */
export function readFontFiles(root = process.cwd()): Uint8Array[] {
  return FONT_FACES.map((face) => readFileSync(fontPath(face, root)));
}

let loaded: FontOptions[] | undefined;

/** satori's font list, read from disk on first use and kept for the life of the process. */
export function loadCardFonts(): FontOptions[] {
  if (!loaded) {
    const files = readFontFiles();
    loaded = toSatoriFonts((face) => files[FONT_FACES.indexOf(face)]!);
  }
  return loaded;
}
