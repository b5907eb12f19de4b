import { inflateSync } from 'node:zlib';
import sharp, { type OutputInfo } from 'sharp';
import { describe, expect, test } from 'vitest';
import { encodeOpaquePng } from '../../../src/cards/png.ts';

/** `width` × `height` RGBA pixels, each of its own colour. */
function pattern(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([i % 256, Math.floor(i / 256) % 256, (i * 31 + 9) % 256, 255], i * 4);
  return rgba;
}

/** `width` × `height` pixels of `colours` colours in runs of two, as on a card; every third row repeats the one above. */
function card(width: number, height: number, colours: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0, run = 0; y < height; y++) {
    if (y % 3 === 2) {
      rgba.copyWithin(y * width * 4, (y - 1) * width * 4, y * width * 4);
      continue;
    }
    for (let x = 0; x < width; x++, run++) {
      const colour = Math.floor(run / 2) % colours;
      rgba.set([colour % 256, (colour * 5) % 256, Math.floor(colour / 256) * 40, 255], (y * width + x) * 4);
    }
  }
  return rgba;
}

function colourCount(rgba: Uint8Array): number {
  const view = new DataView(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  return new Set(Array.from({ length: rgba.length / 4 }, (_, i) => view.getUint32(i * 4))).size;
}

/** The IHDR colour type (2 RGB, 3 palette) and the inflated rows of a PNG. */
function parts(png: Uint8Array): { colourType: number; rows: Buffer } {
  const bytes = Buffer.from(png);
  const idat = bytes.indexOf('IDAT');
  return { colourType: bytes[25]!, rows: inflateSync(bytes.subarray(idat + 4, idat + 4 + bytes.readUInt32BE(idat - 4))) };
}

async function decoded(png: Uint8Array): Promise<{ data: Buffer; info: OutputInfo }> {
  return sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

const rgbOf = (rgba: Uint8Array) => Buffer.from(rgba.filter((_, i) => i % 4 !== 3));

describe('encodeOpaquePng', () => {
  test.each([
    { colours: 1, width: 1, height: 1, rgba: card(1, 1, 1), colourType: 3 },
    { colours: 200, width: 97, height: 40, rgba: card(97, 40, 200), colourType: 3 },
    { colours: 256, width: 64, height: 16, rgba: card(64, 16, 256), colourType: 3 },
    { colours: 257, width: 64, height: 16, rgba: card(64, 16, 257), colourType: 2 },
    { colours: 2112, width: 64, height: 33, rgba: pattern(64, 33), colourType: 2 },
  ])('$colours colours decode (sharp checks every CRC) to the same pixels, opaque, stored as colour type $colourType', async ({ colours, width, height, rgba, colourType }) => {
    expect(colourCount(rgba)).toBe(colours);
    const png = encodeOpaquePng(rgba, width, height, 3);
    const { data, info } = await decoded(png);
    expect(info).toMatchObject({ width, height, channels: 3 });
    expect(data.equals(rgbOf(rgba))).toBe(true);
    expect(parts(png).colourType).toBe(colourType);
  });

  test('with tryPalette: false, even a few colours are stored as RGB, and decode to the same pixels', async () => {
    const rgba = card(97, 40, 200);
    const png = encodeOpaquePng(rgba, 97, 40, 3, { tryPalette: false });
    expect(parts(png).colourType).toBe(2);
    expect((await decoded(png)).data.equals(rgbOf(rgba))).toBe(true);
    // The same bytes as an image too colourful for a palette would get.
    const colourful = pattern(64, 33);
    expect(Buffer.from(encodeOpaquePng(colourful, 64, 33, 3, { tryPalette: false })).equals(Buffer.from(encodeOpaquePng(colourful, 64, 33, 3)))).toBe(true);
  });

  test('pixels that start at an odd offset in their buffer encode the same', () => {
    const rgba = card(31, 7, 20);
    const shifted = new Uint8Array(rgba.length + 1).subarray(1);
    shifted.set(rgba);
    expect(Buffer.from(encodeOpaquePng(shifted, 31, 7, 3)).equals(Buffer.from(encodeOpaquePng(rgba, 31, 7, 3)))).toBe(true);
  });

  test.each([
    { name: 'palette', width: 5, height: 4, rgba: card(5, 4, 3), stride: 6 },
    { name: 'RGB', width: 20, height: 15, rgba: pattern(20, 15), stride: 61 },
  ])('$name: the same pixels give the same bytes, after another image too; each row is stored unfiltered', ({ width, height, rgba, stride }) => {
    const png = encodeOpaquePng(rgba, width, height, 6);
    // Another image in between must leave nothing behind in the encoder's reused buffers.
    encodeOpaquePng(card(40, 30, 250), 40, 30, 6);
    expect(Buffer.from(png).equals(Buffer.from(encodeOpaquePng(rgba, width, height, 6)))).toBe(true);
    const { rows } = parts(png);
    expect(rows.length).toBe(height * stride);
    expect(Array.from({ length: height }, (_, y) => rows[y * stride])).toEqual(Array(height).fill(0));
  });

  test('palette entries follow the order in which colours first appear', () => {
    const rgba = Uint8Array.of(9, 9, 9, 255, 1, 2, 3, 255, 9, 9, 9, 255, 4, 5, 6, 255);
    const bytes = Buffer.from(encodeOpaquePng(rgba, 4, 1, 3));
    const plte = bytes.indexOf('PLTE');
    expect([...bytes.subarray(plte + 4, plte + 4 + bytes.readUInt32BE(plte - 4))]).toEqual([9, 9, 9, 1, 2, 3, 4, 5, 6]);
    expect([...parts(bytes).rows]).toEqual([0, 0, 1, 0, 2]);
  });

  test('says what is wrong with pixels of the wrong size', () => {
    expect(() => encodeOpaquePng(new Uint8Array(10), 2, 2, 3)).toThrow('Expected 2×2 RGBA pixels (16 bytes), got 10 bytes.');
  });
});
