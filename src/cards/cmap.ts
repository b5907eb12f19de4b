/**
 * A font's character map: the code points it has a glyph for. It reads the `cmap` table the way
 * satori's font parser (opentype.js) does, so the coverage check and satori agree on every
 * character: the last Unicode sub-table, format 4 or 12, a glyph other than 0. Fonts may be TTF,
 * OTF or WOFF (the @fontsource files). A font library would do the same, but fontkit alone takes
 * most of a second to load, on every `npm run validate`; this takes milliseconds.
 */
import { inflateSync } from 'node:zlib';
import type { Repertoire } from './coverage.ts';

const WOFF = 0x774f4646; // 'wOFF'
const WOFF2 = 0x774f4632; // 'wOF2'
const CMAP = 0x636d6170; // 'cmap'

/** The bytes of the `cmap` table of a TTF, OTF or WOFF file. */
function cmapTable(bytes: Uint8Array): DataView {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = view.getUint32(0);
  if (signature === WOFF2) throw new Error('WOFF2 fonts are not read here; use the .woff file of the same font.');
  const woff = signature === WOFF;
  const tables = view.getUint16(woff ? 12 : 4);
  for (let index = 0; index < tables; index++) {
    const record = woff ? 44 + index * 20 : 12 + index * 16;
    if (view.getUint32(record) !== CMAP) continue;
    if (!woff) return new DataView(bytes.buffer, bytes.byteOffset + view.getUint32(record + 8), view.getUint32(record + 12));
    const [offset, compressed, length] = [view.getUint32(record + 4), view.getUint32(record + 8), view.getUint32(record + 12)];
    const stored = bytes.subarray(offset, offset + compressed);
    const table = compressed < length ? inflateSync(stored) : stored;
    return new DataView(table.buffer, table.byteOffset, table.byteLength);
  }
  throw new Error('The font has no character map (`cmap` table).');
}

/** True for the sub-tables opentype.js reads: Unicode (platform 0) and Windows Unicode (platform 3). */
function isUnicode(platform: number, encoding: number): boolean {
  return (platform === 3 && [0, 1, 10].includes(encoding)) || (platform === 0 && encoding <= 4);
}

/** The code points `bytes` (a TTF, OTF or WOFF file) maps to a real glyph, not to .notdef. */
export function codePointsOf(bytes: Uint8Array): Set<number> {
  const cmap = cmapTable(bytes);
  let subtable = -1;
  // The last matching sub-table wins, as in opentype.js.
  for (let index = cmap.getUint16(2) - 1; index >= 0 && subtable < 0; index--) {
    const record = 4 + index * 8;
    if (isUnicode(cmap.getUint16(record), cmap.getUint16(record + 2))) subtable = cmap.getUint32(record + 4);
  }
  if (subtable < 0) throw new Error('The font has no Unicode character map.');
  const format = cmap.getUint16(subtable);
  if (format === 4) return format4(cmap, subtable);
  if (format === 12) return format12(cmap, subtable);
  throw new Error(`The font's character map has format ${format}; only formats 4 and 12 are read.`);
}

/** Segments of 16-bit characters; the last segment (U+FFFF) is a terminator. */
function format4(cmap: DataView, start: number): Set<number> {
  const codePoints = new Set<number>();
  const segments = cmap.getUint16(start + 6) >> 1;
  const ends = start + 14;
  const starts = ends + 2 + segments * 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments - 1; segment++) {
    const [first, last] = [cmap.getUint16(starts + segment * 2), cmap.getUint16(ends + segment * 2)];
    const delta = cmap.getInt16(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = cmap.getUint16(rangeOffsetAt);
    for (let code = first; code <= last; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        glyph = cmap.getUint16(rangeOffsetAt + rangeOffset + (code - first) * 2);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) codePoints.add(code);
    }
  }
  return codePoints;
}

/** Groups of 32-bit characters mapped to consecutive glyphs. */
function format12(cmap: DataView, start: number): Set<number> {
  const codePoints = new Set<number>();
  const groups = cmap.getUint32(start + 12);
  for (let group = 0; group < groups; group++) {
    const record = start + 16 + group * 12;
    const [first, last, glyph] = [cmap.getUint32(record), cmap.getUint32(record + 4), cmap.getUint32(record + 8)];
    for (let code = first; code <= last; code++) if (glyph + (code - first) !== 0) codePoints.add(code);
  }
  return codePoints;
}

/**
 * The repertoire of font files (each with its family) and an emoji set's keys. A family counts as
 * having a character only when every one of its files has it, since satori picks one file per
 * weight and style (Amiri Bold lacks the Arabic mathematical letters that Amiri Regular has).
 */
export function repertoireOf(fonts: readonly { family: string; bytes: Uint8Array }[], emoji: Iterable<string>): Repertoire {
  const families = new Map<string, Set<number>>();
  for (const { family, bytes } of fonts) {
    const codePoints = codePointsOf(bytes);
    const known = families.get(family);
    families.set(family, known ? new Set([...known].filter((codePoint) => codePoints.has(codePoint))) : codePoints);
  }
  return { families, emoji: new Set(emoji) };
}
