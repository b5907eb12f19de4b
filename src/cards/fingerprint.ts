/**
 * What a card's pixels depend on besides its model: the template code, the map code and data, the
 * site constants, the font files, the emoji set, the versions of satori and resvg, and that of the zlib that
 * compresses the PNG. A change to any of them changes every card's cache key, so no stale card
 * survives a redesign, a font upgrade or a new emoji set.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { canonicalJson, hashSources, sourceFiles } from '../node/source-fingerprint.ts';
import { emojiFiles } from './emoji-set.ts';
import { readFontFiles } from './font-files.ts';
import { CARD, type CardSize } from '../lib/constants.ts';
import { atlasPath } from '../node/basemap.ts';

/**
 * The files of this folder that decide what a card looks like. The others list, schedule, cache
 * and check cards; changing them redraws nothing. A test fails when a listed file imports one
 * that is not listed.
 */
const DRAWING_FILES = [
  'assets.ts',
  'cmap.ts',
  'coverage.ts',
  'drawn-text.ts',
  'element.ts',
  'emoji-set.ts',
  'emoji.ts',
  'fit.ts',
  'font-files.ts',
  'fonts.ts',
  'frame.ts',
  'map-inset.ts',
  'model.ts',
  'pixels.ts',
  'png.ts',
  'render.ts',
  'templates.ts',
  'typography.ts',
];

/** The source files a card's pixels depend on, relative to the project root. */
export function templateFiles(root = process.cwd()): string[] {
  // The inset's map code (with the cache that keeps its basemap); the Natural Earth file itself is hashed in rendererFingerprint.
  const maps = ['src/lib/maps', 'src/node/basemap.ts', 'src/node/cache-dir.ts', 'src/node/source-fingerprint.ts'];
  return sourceFiles(root, [...DRAWING_FILES.map((file) => `src/cards/${file}`), 'src/lib/constants.ts', 'src/schemas/categories.ts', ...maps]);
}

const RENDERERS = ['satori', '@resvg/resvg-js', 'd3-geo', 'topojson-client', 'topojson-simplify'];

/** A hash of everything but the model that goes into a card. */
export function rendererFingerprint(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const bytes of readFontFiles(root)) hash.update(bytes);
  // Which emoji become pictures (chars.json) and what they look like (icons.json).
  const emoji = emojiFiles(root);
  for (const file of [emoji.chars, emoji.icons]) hash.update(readFileSync(file));
  // The Natural Earth data the insets are drawn from.
  hash.update(readFileSync(atlasPath()));
  // zlib (the PNG's compression) comes with Node; a different zlib may compress differently.
  hash.update(`zlib@${process.versions.zlib}`);
  return hashSources(hash, root, templateFiles(root), RENDERERS).digest('hex');
}

/** The cache key of one card: its model (and size, when it is not 1200×630) under the current renderer. */
export function cardKey(fingerprint: string, model: unknown, size?: CardSize): string {
  const drawn = size && (size.width !== CARD.width || size.height !== CARD.height) ? { model, size: { width: size.width, height: size.height } } : model;
  return createHash('sha256').update(fingerprint).update('\0').update(canonicalJson(drawn)).digest('hex');
}
