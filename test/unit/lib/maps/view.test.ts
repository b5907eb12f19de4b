/** The view: which projection, fitted to the pins, a least extent round a lone pin, snapping. */
import { geoDistance } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { KINDS } from '../../../../src/lib/maps/kinds.ts';
import { fitView, longitudeSpan } from '../../../../src/lib/maps/view.ts';
import { ARTICLE_PLACES, AVDIIVKA, BRUSSELS, DONETSK, KYIV, MOSCOW, WASHINGTON, ZOLOTE } from './places.ts';
import type { MapPlace } from '../../../../src/lib/maps/types.ts';

const at = (places: readonly MapPlace[]) => places.map((place) => [place.lon, place.lat]);

describe('longitudes', () => {
  test.each<[string, number[], number, number]>([
    ['one', [30], 30, 0],
    ['Kyiv to Luhansk', [30.52, 39.3], 34.91, 8.78],
    ['across the antimeridian (Kamchatka and Alaska)', [160, -150], -175, 50],
    ['Washington and Kyiv, the short way round', [-77.04, 30.52], -23.26, 107.56],
  ])('%s: centred on %f, %f wide', (_name, longitudes, center, span) => {
    const result = longitudeSpan(longitudes);
    expect(result.center).toBeCloseTo(center, 6);
    expect(result.span).toBeCloseTo(span, 6);
  });
});

describe('projection', () => {
  test.each<[string, readonly MapPlace[], string]>([
    ['the article’s places', ARTICLE_PLACES, 'conic-conformal'],
    ['Brussels, Kyiv and Moscow', [BRUSSELS, KYIV, MOSCOW], 'conic-conformal'],
    ['Washington and Kyiv', [WASHINGTON, KYIV], 'equal-earth'],
  ])('%s: %s', (_name, places, name) => {
    expect(fitView(at(places), KINDS.locator).name).toBe(name);
  });
});

describe('fit', () => {
  test.each(Object.entries(KINDS))('%s: every pin lies inside the frame, the margin in from its edges', (_kind, preset) => {
    for (const places of [ARTICLE_PLACES, [AVDIIVKA], [WASHINGTON, KYIV], [BRUSSELS, MOSCOW]]) {
      for (const snap of [false, true]) {
        const view = fitView(at(places), preset, snap);
        for (const place of places) {
          const [x, y] = view.projection([place.lon, place.lat])!;
          const inset = snap ? preset.margin / 2 : preset.margin - 0.5;
          expect(x).toBeGreaterThanOrEqual(inset);
          expect(x).toBeLessThanOrEqual(preset.width - inset);
          expect(y).toBeGreaterThanOrEqual(inset);
          expect(y).toBeLessThanOrEqual(preset.height - inset);
        }
      }
    }
  });

  test.each(Object.entries(KINDS))('%s: a lone pin keeps its surroundings, at least the kind’s least radius on every side', (_kind, preset) => {
    const view = fitView(at([AVDIIVKA]), preset);
    const pin = [AVDIIVKA.lon, AVDIIVKA.lat] as [number, number];
    const edges = [
      [preset.width / 2, 0],
      [preset.width / 2, preset.height],
      [0, preset.height / 2],
      [preset.width, preset.height / 2],
    ] as const;
    for (const edge of edges) {
      const km = geoDistance(pin, view.projection.invert!([...edge])!) * 6371;
      expect(km).toBeGreaterThanOrEqual(preset.minRadiusKm);
    }
  });

  test('the frame’s cap holds its corners and its box holds the pins', () => {
    const view = fitView(at(ARTICLE_PLACES), KINDS.locator);
    for (const corner of [[0, 0], [360, 0], [0, 400], [360, 400]] as const) {
      expect(geoDistance(view.cap.center as [number, number], view.projection.invert!([...corner])!)).toBeLessThanOrEqual(view.cap.radius);
    }
    for (const place of ARTICLE_PLACES) {
      const lon = place.lon - view.box!.origin;
      expect(lon > view.box!.west && lon < view.box!.east && place.lat > view.box!.south && place.lat < view.box!.north).toBe(true);
    }
  });

  test('a world-wide view has a cap of the whole sphere and no box when its corners are off the globe', () => {
    const view = fitView([[-120, 60], [0, -60], [120, 0]], KINDS.overview);
    expect(view.cap.radius).toBe(Math.PI);
    expect(view.box).toBeUndefined();
  });
});

describe('snapping', () => {
  test('nearby places share a snapped view, so its background is drawn once', () => {
    const keys = [[AVDIIVKA], [DONETSK], [{ ...DONETSK, lat: 48.05 }]].map((places) => fitView(at(places), KINDS.card, true).key);
    expect(keys[0]).toBeDefined();
    expect(new Set(keys).size).toBe(1);
  });

  test('places far apart do not', () => {
    const keys = [[AVDIIVKA], [ZOLOTE], [KYIV]].map((places) => fitView(at(places), KINDS.card, true).key);
    expect(new Set(keys).size).toBeGreaterThan(1);
  });

  test('an exact view has no key', () => {
    expect(fitView(at([AVDIIVKA]), KINDS.locator).key).toBeUndefined();
  });
});
