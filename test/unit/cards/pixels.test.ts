/**
 * Pixel work for the card's inset (src/cards/pixels.ts): pasting a part into an image, and drawing
 * it over the image (premultiplied source-over, as resvg draws).
 */
import { describe, expect, test } from 'vitest';
import { drawOver, paste, type Pixels } from '../../../src/cards/pixels.ts';

/** A `width` × `height` image of one premultiplied RGBA colour. */
function filled(width: number, height: number, rgba: readonly number[]): Pixels {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { data, width, height };
}

/** The first channel of each pixel, row by row. */
function reds(image: Pixels): number[][] {
  return Array.from({ length: image.height }, (_row, y) => Array.from({ length: image.width }, (_pixel, x) => image.data[(y * image.width + x) * 4]!));
}

describe('drawOver', () => {
  test.each<[string, number[], number[], number[]]>([
    ['a clear pixel leaves the one under it', [10, 20, 30, 255], [0, 0, 0, 0], [10, 20, 30, 255]],
    ['an opaque pixel replaces it', [10, 20, 30, 255], [200, 100, 50, 255], [200, 100, 50, 255]],
    // Half-covered red (premultiplied 128, 0, 0, 128) over white: 128 + 255 × 127 / 255.
    ['a half-covered pixel mixes: red over white', [255, 255, 255, 255], [128, 0, 0, 128], [255, 127, 127, 255]],
    ['a faint one barely changes it', [0, 0, 0, 255], [1, 1, 1, 1], [1, 1, 1, 255]],
    // The orange as resvg gives #ff8040 at half opacity.
    ['orange at half over blue', [32, 64, 96, 255], [128, 64, 32, 128], [144, 96, 80, 255]],
  ])('%s', (_name, under, top, expected) => {
    const image = filled(1, 1, under);
    drawOver(image, filled(1, 1, top), 0, 0);
    expect([...image.data]).toEqual(expected);
  });

  test('draws at its place, leaves the rest of the image, and leaves the part as it was', () => {
    const image = filled(4, 3, [0, 0, 0, 255]);
    const part = filled(2, 2, [128, 0, 0, 128]);
    part.data.set([0, 0, 0, 0], 0);
    drawOver(image, part, 2, 1);
    expect(reds(image)).toEqual([
      [0, 0, 0, 0],
      [0, 0, 0, 128],
      [0, 0, 128, 128],
    ]);
    expect([...part.data.subarray(0, 8)]).toEqual([0, 0, 0, 0, 128, 0, 0, 128]);
  });
});

describe('paste', () => {
  test('copies the part in at its place, and nothing else', () => {
    const image = filled(4, 3, [0, 0, 0, 255]);
    paste(image, filled(2, 2, [9, 9, 9, 255]), 1, 1);
    expect(reds(image)).toEqual([
      [0, 0, 0, 0],
      [0, 9, 9, 0],
      [0, 9, 9, 0],
    ]);
  });
});

describe.each([
  ['paste', paste],
  ['drawOver', drawOver],
])('%s', (_name, put) => {
  test.each<[string, number, number]>([
    ['past the right edge', 3, 0],
    ['past the bottom', 0, 2],
    ['left of the image', -1, 0],
    ['between pixels', 0.5, 0],
  ])('refuses a part that lies %s', (_where, left, top) => {
    expect(() => put(filled(4, 3, [0, 0, 0, 255]), filled(2, 2, [9, 9, 9, 255]), left, top)).toThrow(`A 2×2 image does not fit a 4×3 one at (${left}, ${top}): it must lie inside, at whole pixels.`);
  });
});
