/** The cheap first cut in longitude and latitude, before d3 projects and clips exactly. */
import type { Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { clipLine, clipPolygon, type GeoBox } from '../../../../src/lib/maps/geoclip.ts';

const BOX: GeoBox = { origin: 30, west: -10, south: 40, east: 10, north: 55 };
const square = (west: number, south: number, east: number, north: number): Position[] => [[west, south], [west, north], [east, north], [east, south], [west, south]];

describe('polygons', () => {
  test('a polygon inside the box is returned as it is, weights and all', () => {
    const ring = square(25, 45, 35, 50).map(([lon, lat]) => [lon!, lat!, 1]);
    expect(clipPolygon({ type: 'Polygon', coordinates: [ring] }, BOX)?.coordinates).toEqual([ring]);
  });

  test('a polygon outside the box is gone', () => {
    expect(clipPolygon({ type: 'Polygon', coordinates: [square(60, 45, 70, 50)] }, BOX)).toBeUndefined();
  });

  test('a polygon across the box is cut to it (longitudes relative to the origin, 20–40 E here)', () => {
    const cut = clipPolygon({ type: 'Polygon', coordinates: [square(0, 30, 35, 50)] }, BOX)!;
    const ring = cut.coordinates[0]!;
    expect(ring[0]).toEqual(ring.at(-1));
    for (const [lon, lat] of ring) {
      expect(lon).toBeGreaterThanOrEqual(20);
      expect(lon).toBeLessThanOrEqual(35);
      expect(lat).toBeGreaterThanOrEqual(40);
      expect(lat).toBeLessThanOrEqual(50);
    }
  });

  test('a polygon that runs across the far meridian (150 W, opposite 30 E) is left for d3 to clip', () => {
    const across = { type: 'Polygon' as const, coordinates: [square(-160, 45, -140, 50)] };
    expect(clipPolygon(across, { ...BOX, west: -179, east: 179 })).toBe(across);
  });

  test('a box across the antimeridian works on relative longitudes: Fiji, either side of 180°, is kept whole', () => {
    const box: GeoBox = { origin: 180, west: -10, south: -20, east: 10, north: 0 };
    const fiji = [[178, -18], [178, -16], [-179, -16], [-179, -18], [178, -18]];
    expect(clipPolygon({ type: 'Polygon', coordinates: [fiji] }, box)?.coordinates).toEqual([fiji]);
  });
});

describe('lines', () => {
  test('a line is cut into the runs whose segments come near the box', () => {
    const line = { type: 'LineString' as const, coordinates: [[0, 45], [25, 45], [35, 45], [60, 45], [60, 60], [30, 50], [0, 50]] };
    const runs = clipLine(line, BOX).map((run) => run.coordinates);
    expect(runs).toEqual([
      [[0, 45], [25, 45], [35, 45], [60, 45]],
      [[60, 60], [30, 50], [0, 50]],
    ]);
  });

  test('a line far from the box leaves nothing', () => {
    expect(clipLine({ type: 'LineString', coordinates: [[100, 0], [110, 5]] }, BOX)).toEqual([]);
  });
});
