import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { encodeOpaquePng } from '../../../src/cards/png.ts';

/** `width` × `height` RGBA pixels in a pattern that differs at every pixel and channel. */
function pattern(width: number, height: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < rgba.length; i += 4) rgba.set([(i * 7) % 256, (i * 13 + 5) % 256, (i * 31 + 9) % 256, 255], i);
  return rgba;
}

describe('encodeOpaquePng', () => {
  test.each([
    [1, 1],
    [3, 2],
    [64, 33],
  ])('a %i×%i image decodes (sharp checks every CRC) to the same pixels, opaque', async (width, height) => {
    const rgba = pattern(width, height);
    const { data, info } = await sharp(encodeOpaquePng(rgba, width, height, 3)).raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width, height, channels: 3 });
    const rgb = Buffer.from(rgba.filter((_, i) => i % 4 !== 3));
    expect(data.equals(rgb)).toBe(true);
  });

  test('the same pixels give the same bytes; each row is stored unfiltered', () => {
    const rgba = pattern(5, 4);
    const png = encodeOpaquePng(rgba, 5, 4, 6);
    expect(Buffer.from(png).equals(Buffer.from(encodeOpaquePng(rgba, 5, 4, 6)))).toBe(true);
    const idat = Buffer.from(png).indexOf('IDAT');
    const length = Buffer.from(png).readUInt32BE(idat - 4);
    const rows = inflateSync(png.subarray(idat + 4, idat + 4 + length));
    expect([...Array.from({ length: 4 }, (_, y) => rows[y * 16])]).toEqual([0, 0, 0, 0]);
  });

  test('says what is wrong with pixels of the wrong size', () => {
    expect(() => encodeOpaquePng(new Uint8Array(10), 2, 2, 3)).toThrow('Expected 2×2 RGBA pixels (16 bytes), got 10 bytes.');
  });
});
