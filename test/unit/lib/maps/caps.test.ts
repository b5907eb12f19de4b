/** Bounding caps: they hold their points, and meet across the antimeridian and at the poles. */
import { geoDistance } from 'd3-geo';
import type { Position } from 'geojson';
import { expect, test } from 'vitest';
import { capAround, capHolds, capsMeet } from '../../../../src/lib/maps/caps.ts';

test.each<[string, Position[]]>([
  ['Ukraine’s corners', [[22, 44], [40, 44], [40, 52.4], [22, 52.4]]],
  ['across the antimeridian (Chukotka)', [[170, 64], [-170, 64], [-172, 70], [175, 70]]],
  ['round the South Pole', [[0, -70], [90, -70], [180, -70], [-90, -70]]],
])('the cap round %s holds every point, and is tight', (_name, points) => {
  const cap = capAround(points);
  for (const point of points) expect(geoDistance(cap.center as [number, number], point as [number, number])).toBeLessThanOrEqual(cap.radius + 1e-12);
  expect(cap.radius).toBeLessThan(Math.PI / 4);
});

test.each<[string, Position[], Position[], boolean]>([
  ['neighbours', [[30, 50], [31, 50]], [[32, 50], [33, 50]], true],
  ['two shapes across the antimeridian', [[178, 0], [-179.5, 0]], [[179.5, 1], [-178, 1]], true],
  ['Kyiv and Sydney', [[30.5, 50.4]], [[151.2, -33.9]], false],
])('%s meet: %s', (_name, a, b, expected) => {
  expect(capsMeet(capAround(a), capAround(b))).toBe(expected);
});

test('a cap holds a point within its radius, with a degree of slack', () => {
  const cap = capAround([[30, 50], [32, 50]]);
  expect(capHolds(cap, [31, 50])).toBe(true);
  expect(capHolds(cap, [33.5, 50])).toBe(true);
  expect(capHolds(cap, [40, 50])).toBe(false);
});
