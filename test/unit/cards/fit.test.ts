import { describe, expect, test } from 'vitest';
import { largestSizes, lineHeightOf, linesAllowed, nextFitStep, overflowingBlocks, settingsFor, type TextFit } from '../../../src/cards/fit.ts';

const TITLE: TextFit = { sizes: [72, 64, 56], leading: 1.12, maxHeight: 246 };
const DEK: TextFit = { sizes: [30, 24], leading: 1.36, maxHeight: 120 };
const FITS = { title: TITLE, dek: DEK };

describe('line heights and line counts', () => {
  test.each([
    // size index, line height (rounded to whole px as satori does), lines that fit in 246 px
    [0, 81, 3],
    [1, 72, 3],
    [2, 63, 3],
  ])('title at size index %i: %i px lines, %i of them fit', (index, lineHeight, lines) => {
    expect(lineHeightOf(TITLE, index)).toBe(lineHeight);
    expect(linesAllowed(TITLE, index)).toBe(lines);
  });

  test('a block always gets at least one line, even when its height is smaller than a line', () => {
    expect(linesAllowed({ sizes: [40], leading: 1.2, maxHeight: 10 }, 0)).toBe(1);
  });
});

describe('settingsFor', () => {
  test('sets each block at its chosen size, without a clamp while measuring', () => {
    expect(settingsFor(FITS, { title: 1, dek: 0 }, false)).toEqual({
      title: { fontSize: 64, lineHeight: 72 },
      dek: { fontSize: 30, lineHeight: 41 },
    });
  });

  test('clamps each block to the lines that fit on the final layout', () => {
    expect(settingsFor(FITS, largestSizes(FITS), true)).toEqual({
      title: { fontSize: 72, lineHeight: 81, lineClamp: 3 },
      dek: { fontSize: 30, lineHeight: 41, lineClamp: 2 },
    });
  });
});

describe('nextFitStep', () => {
  test.each([
    ['everything fits', { title: 0, dek: 0 }, { title: 243, dek: 82 }, { next: 'done' }],
    ['a title one line too long shrinks alone', { title: 0, dek: 0 }, { title: 324, dek: 41 }, { next: 'shrink', choice: { title: 1, dek: 0 } }],
    ['both too long shrink together', { title: 0, dek: 0 }, { title: 324, dek: 123 }, { next: 'shrink', choice: { title: 1, dek: 1 } }],
    ['a block at its smallest size waits while another shrinks', { title: 1, dek: 1 }, { title: 288, dek: 999 }, { next: 'shrink', choice: { title: 2, dek: 1 } }],
    ['too long at the smallest sizes: clamp', { title: 2, dek: 1 }, { title: 252, dek: 33 }, { next: 'clamp' }],
  ] as const)('%s', (_name, choice, heights, expected) => {
    expect(nextFitStep(FITS, choice, heights)).toEqual(expected);
  });

  test('names a block the layout did not report', () => {
    expect(() => overflowingBlocks(FITS, largestSizes(FITS), { title: 81 })).toThrow('no text block named `dek`');
  });
});
