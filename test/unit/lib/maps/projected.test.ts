/** Shapes on screen: the SVG path data (relative, in tenths of a pixel), areas, centroids, point-in-shape. */
import { geoIdentity } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { pathData, projectLines, projectPolygons, ringsArea, ringsBounds, ringsCentroid, ringsContain, type Ring } from '../../../../src/lib/maps/projected.ts';

/** A ring from px coordinates (the module keeps tenths of a pixel). */
const ring = (...points: [number, number][]): Ring => points.map(([x, y]) => [x * 10, y * 10]);
const SQUARE = ring([0, 0], [10, 0], [10, 10], [0, 10]);
const HOLE = ring([2, 2], [2, 8], [8, 8], [8, 2]);

describe('path data', () => {
  test.each<[string, Ring[], boolean, string]>([
    ['a square, closed', [SQUARE], true, 'M0 0l10 0 0 10-10 0z'],
    ['tenths, and negative steps that need no space', [ring([1.5, 2.5], [1, 2.7], [0.4, 0])], false, 'M1.5 2.5l-.5.2-.6-2.7'],
    ['two rings: the second moves from where the first closed', [SQUARE, ring([20, 20], [25, 20], [25, 25])], true, 'M0 0l10 0 0 10-10 0zm20 20l5 0 0 5z'],
    ['two lines: the second moves from where the first ended', [ring([0, 0], [5, 0]), ring([5, 5], [6, 6])], false, 'M0 0l5 0m0 5l1 1'],
    ['nothing', [], true, ''],
  ])('%s', (_name, rings, closed, expected) => {
    expect(pathData(rings, closed)).toBe(expected);
  });

  test('relative steps add up exactly: no drift over a long ring', () => {
    const long = ring(...Array.from({ length: 500 }, (_, i) => [Math.round(Math.cos(i / 80) * 1000) / 10, Math.round(Math.sin(i / 80) * 1000) / 10] as [number, number]));
    const steps = [...pathData([long], false).matchAll(/-?\d*\.?\d+/g)].map((match) => Number(match[0]));
    let [x, y] = [steps[0]!, steps[1]!];
    for (let i = 2; i < steps.length; i += 2) [x, y] = [Math.round((x + steps[i]!) * 10) / 10, Math.round((y + steps[i + 1]!) * 10) / 10];
    expect([x, y]).toEqual([long.at(-1)![0] / 10, long.at(-1)![1] / 10]);
  });
});

describe('measures', () => {
  test.each<[string, Ring[], number]>([
    ['a square', [SQUARE], 100],
    ['a square with a hole wound the other way', [SQUARE, HOLE], 64],
  ])('the area of %s', (_name, rings, area) => {
    expect(ringsArea(rings)).toBeCloseTo(area, 9);
  });

  test('centroid and bounds of a square', () => {
    expect(ringsCentroid([SQUARE])).toEqual([5, 5]);
    expect(ringsBounds([SQUARE])).toEqual({ x0: 0, y0: 0, x1: 10, y1: 10 });
    expect(ringsCentroid([])).toBeUndefined();
    expect(ringsBounds([])).toBeUndefined();
  });

  test.each<[string, number, number, boolean]>([
    ['the middle of the land', 1, 1, true],
    ['the hole', 5, 5, false],
    ['outside', 11, 5, false],
  ])('%s: contained is %s', (_name, x, y, expected) => {
    expect(ringsContain([SQUARE, HOLE], x, y)).toBe(expected);
  });
});

describe('projecting', () => {
  // An identity projection (x = lon, y = -lat) clipped to a 10 × 10 frame shows what d3 hands on.
  const projection = geoIdentity().reflectY(true).clipExtent([
    [0, -10],
    [10, 0],
  ]);

  test('a polygon is clipped to the frame and kept in tenths of a pixel, without repeated points', () => {
    const rings = projectPolygons(projection as never, [{ type: 'Polygon', coordinates: [[[5, 5], [15, 5], [15, 15], [5, 15], [5, 5]]] }]);
    expect(ringsBounds(rings)).toEqual({ x0: 5, y0: -10, x1: 10, y1: -5 });
    for (const points of rings) for (let i = 1; i < points.length; i++) expect(points[i]).not.toEqual(points[i - 1]);
  });

  test('a line outside the frame leaves nothing', () => {
    expect(projectLines(projection as never, [{ type: 'LineString', coordinates: [[20, 20], [30, 30]] }])).toEqual([]);
  });
});
