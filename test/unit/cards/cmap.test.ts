/**
 * The character-map reader: on small fonts built here (each format and container it reads) and
 * on the real card fonts, for the characters that matter to this site.
 */
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { fontPath } from '../../../src/cards/font-files.ts';
import { codePointsOf, repertoireOf } from '../../../src/cards/cmap.ts';
import { FONT_FACES } from '../../../src/cards/fonts.ts';

/** Big-endian bytes from [value, size in bytes] pairs. */
function bytes(...fields: [number, 1 | 2 | 4][]): Uint8Array {
  const out = new Uint8Array(fields.reduce((sum, [, size]) => sum + size, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [value, size] of fields) {
    if (size === 1) view.setUint8(at, value);
    else if (size === 2) view.setUint16(at, value & 0xffff);
    else view.setUint32(at, value);
    at += size;
  }
  return out;
}

const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
const tag = (name: string) => name.split('').reduce((value, char) => value * 256 + char.charCodeAt(0), 0);

/** A format 4 sub-table: segments mapped by delta, or through the glyph array when `glyphs` is given. */
function format4(segments: { first: number; last: number; delta?: number; glyphs?: number[] }[]): Uint8Array {
  const all = [...segments, { first: 0xffff, last: 0xffff, delta: 1 }];
  const count = all.length;
  const arrays: number[] = [];
  const rangeOffsets = all.map((segment, index) => {
    if (!('glyphs' in segment) || !segment.glyphs) return 0;
    // From this segment's idRangeOffset entry to its first glyph in the array.
    const offset = 2 * (count - index) + 2 * arrays.length;
    arrays.push(...segment.glyphs);
    return offset;
  });
  const body = [
    ...all.map((s): [number, 2] => [s.last, 2]),
    [0, 2] as [number, 2],
    ...all.map((s): [number, 2] => [s.first, 2]),
    ...all.map((s): [number, 2] => [s.delta ?? 0, 2]),
    ...rangeOffsets.map((offset): [number, 2] => [offset, 2]),
    ...arrays.map((glyph): [number, 2] => [glyph, 2]),
  ];
  return bytes([4, 2], [14 + body.length * 2, 2], [0, 2], [count * 2, 2], [0, 2], [0, 2], [0, 2], ...body);
}

/** A format 12 sub-table from [first, last, first glyph] groups. */
function format12(groups: [number, number, number][]): Uint8Array {
  const body = groups.flatMap(([first, last, glyph]): [number, 4][] => [[first, 4], [last, 4], [glyph, 4]]);
  return bytes([12, 2], [0, 2], [16 + groups.length * 12, 4], [0, 4], [groups.length, 4], ...body);
}

/** A `cmap` table from [platform, encoding, sub-table] records, in that order. */
function cmap(records: [number, number, Uint8Array][]): Uint8Array {
  let offset = 4 + records.length * 8;
  const directory = records.map(([platform, encoding, table]) => {
    const record = bytes([platform, 2], [encoding, 2], [offset, 4]);
    offset += table.length;
    return record;
  });
  return concat(bytes([0, 2], [records.length, 2]), ...directory, ...records.map(([, , table]) => table));
}

/** A TrueType file holding one table. */
function sfnt(name: string, table: Uint8Array): Uint8Array {
  return concat(bytes([0x00010000, 4], [1, 2], [16, 2], [0, 2], [0, 2]), bytes([tag(name), 4], [0, 4], [28, 4], [table.length, 4]), table);
}

/** The same single table in a WOFF file, compressed when that makes it smaller. */
function woff(name: string, table: Uint8Array, compress: boolean): Uint8Array {
  const stored = compress ? new Uint8Array(deflateSync(table)) : table;
  const header = bytes([tag('wOFF'), 4], [0x00010000, 4], [64 + stored.length, 4], [1, 2], [0, 2], [12 + 16 + table.length, 4], [1, 2], [0, 2], [0, 4], [0, 4], [0, 4], [0, 4], [0, 4]);
  return concat(header, bytes([tag(name), 4], [64, 4], [stored.length, 4], [table.length, 4], [0, 4]), stored);
}

const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);

describe('codePointsOf, on fonts built here', () => {
  const bmp = format4([
    { first: 0x41, last: 0x43, delta: 1 - 0x41 }, // A–C → glyphs 1–3
    { first: 0x430, last: 0x433, glyphs: [7, 0, 9, 10] }, // а б в г through the glyph array; б has no glyph
    { first: 0x2019, last: 0x2019, delta: 0x10000 - 0x2019 }, // ’ → glyph 0 by wrap-around: not a glyph
  ]);
  const astral = format12([
    [0x1ee00, 0x1ee01, 5],
    [0x20, 0x21, 0], // space → glyph 0 (not drawn), ! → glyph 1
  ]);

  test.each([
    ['format 4: delta segments, the glyph array, and glyph 0 left out', sfnt('cmap', cmap([[3, 1, bmp]])), [0x41, 0x42, 0x43, 0x430, 0x432, 0x433]],
    ['format 12, beyond the Basic Multilingual Plane', sfnt('cmap', cmap([[3, 10, astral]])), [0x21, 0x1ee00, 0x1ee01]],
    ['the last Unicode sub-table wins, as in satori’s parser', sfnt('cmap', cmap([[0, 3, bmp], [3, 10, astral], [1, 0, bmp]])), [0x21, 0x1ee00, 0x1ee01]],
    ['WOFF, with the table compressed', woff('cmap', cmap([[3, 1, bmp]]), true), [0x41, 0x42, 0x43, 0x430, 0x432, 0x433]],
    ['WOFF, with the table stored as it is', woff('cmap', cmap([[3, 1, bmp]]), false), [0x41, 0x42, 0x43, 0x430, 0x432, 0x433]],
  ])('%s', (_name, font, expected) => {
    expect(sorted(codePointsOf(font))).toEqual(expected);
  });

  test.each([
    ['a WOFF2 file', concat(bytes([tag('wOF2'), 4]), new Uint8Array(60)), 'WOFF2 fonts are not read here; use the .woff file of the same font.'],
    ['a font without a character map', sfnt('head', new Uint8Array(54)), 'The font has no character map (`cmap` table).'],
    ['a font with only a Macintosh character map', sfnt('cmap', cmap([[1, 0, format4([])]])), 'The font has no Unicode character map.'],
    ['a character map in format 6', sfnt('cmap', cmap([[3, 1, bytes([6, 2], [10, 2], [0, 2], [0, 2], [0, 2])]])), "The font's character map has format 6; only formats 4 and 12 are read."],
  ])('%s is refused with a message', (_name, font, message) => {
    expect(() => codePointsOf(font)).toThrow(message);
  });
});

describe('codePointsOf, on the card fonts', () => {
  const file = (family: string) => readFileSync(fontPath(FONT_FACES.find((face) => face.family === family)!));

  test.each([
    ['Inter', 'AZaz’ʼ“”—–…€', 'ДΩש'],
    ['Inter Cyrillic', 'ДонбасКиївґєіїҐЄІЇ№', 'Ωש'],
    ['Inter Cyrillic Ext', '₴', 'Д'],
    ['Inter Latin Ext', '₽ŁłŞşĞğ', 'Д'],
    ['Inter Greek', 'ΕλλάδαΩ', 'Дש'],
    ['Source Serif 4 Cyrillic', 'ДонбасҐґЄєІіЇї', 'Ωש'],
    ['Amiri', 'دونباس،؟', 'שA'],
    ['IBM Plex Sans Arabic', 'دونباس،؟', 'ש'],
    ['Frank Ruhl Libre', 'ירושלים', 'م'],
    ['Noto Sans Hebrew', 'ירושלים\u200F', 'م'],
  ])('%s has %s and not %s', (family, present, absent) => {
    const codePoints = codePointsOf(file(family));
    for (const char of present) expect.soft(codePoints.has(char.codePointAt(0)!), char).toBe(true);
    for (const char of absent) expect.soft(codePoints.has(char.codePointAt(0)!), char).toBe(false);
  });
});

describe('repertoireOf', () => {
  test('a family has a character only when every one of its files has it', () => {
    const both = sfnt('cmap', cmap([[3, 1, format4([{ first: 0x41, last: 0x42, delta: 1 - 0x41 }])]]));
    const one = sfnt('cmap', cmap([[3, 1, format4([{ first: 0x41, last: 0x41, delta: 1 - 0x41 }])]]));
    const repertoire = repertoireOf(
      [
        { family: 'Serif', bytes: both },
        { family: 'Serif', bytes: one },
        { family: 'Sans', bytes: both },
      ],
      ['1f600'],
    );
    expect(sorted(new Set(repertoire.families.get('Serif')))).toEqual([0x41]);
    expect(sorted(new Set(repertoire.families.get('Sans')))).toEqual([0x41, 0x42]);
    expect([...repertoire.emoji]).toEqual(['1f600']);
  });
});
