/** Draw-time simplification: points lighter than a pixel go, arc ends stay, collapsed rings go. */
import type { Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { minWeightAt, PIXEL_AREA, simplifyLine, simplifyPolygon } from '../../../../src/lib/maps/simplify.ts';

const polygon = (...rings: number[][][]): Polygon => ({ type: 'Polygon', coordinates: rings });

describe('simplifying', () => {
  test('the least weight is PIXEL_AREA square pixels at the scale', () => {
    expect(minWeightAt(1000)).toBeCloseTo(PIXEL_AREA / 1e6, 15);
  });

  test('a line keeps its ends and its heavy points, and drops the light ones', () => {
    const line = { type: 'LineString' as const, coordinates: [[0, 0, Infinity], [1, 1, 0.5], [2, 0, 2], [3, 1, 0.1], [4, 0, Infinity]] };
    expect(simplifyLine(line, 1).coordinates).toEqual([[0, 0, Infinity], [2, 0, 2], [4, 0, Infinity]]);
  });

  test.each<[string, Polygon, number, number[][][] | undefined]>([
    ['kept whole when every point is heavy', polygon([[0, 0, Infinity], [0, 1, 5], [1, 1, 5], [1, 0, 5], [0, 0, Infinity]]), 1, [[[0, 0, Infinity], [0, 1, 5], [1, 1, 5], [1, 0, 5], [0, 0, Infinity]]]],
    ['dropped when only its ends are left', polygon([[0, 0, Infinity], [0, 1, 0.1], [1, 1, 0.1], [1, 0, 0.1], [0, 0, Infinity]]), 1, undefined],
    ['kept without a hole that collapsed', polygon([[0, 0, Infinity], [0, 9, 5], [9, 9, 5], [9, 0, 5], [0, 0, Infinity]], [[2, 2, Infinity], [4, 2, 0.1], [4, 4, 0.1], [2, 2, Infinity]]), 1, [[[0, 0, Infinity], [0, 9, 5], [9, 9, 5], [9, 0, 5], [0, 0, Infinity]]]],
    ['dropped when simplification turned a tiny island inside out', polygon([[0, 0, Infinity], [1, 0, 5], [1, 1, 5], [0, 0, Infinity]]), 1, undefined],
  ])('a polygon is %s', (_name, input, minWeight, expected) => {
    expect(simplifyPolygon(input, minWeight)?.coordinates).toEqual(expected);
  });
});
