/**
 * Preparing the basemap: the recognised borders (territories Natural Earth draws apart merged into
 * their countries), the 1:10m Maldives wound the right way, a stable order, and what a wrong file
 * is told.
 */
import { geoArea } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { countryAt } from '../../../../src/lib/maps/locate.ts';
import { prepareBasemap } from '../../../../src/lib/maps/prepare.ts';
import { loadBasemap, readAtlas, type AtlasScale } from '../../../../src/node/basemap.ts';

const SCALES: AtlasScale[] = ['110m', '50m', '10m'];

describe.each(SCALES)('at 1:%s', (scale) => {
  const basemap = loadBasemap(scale);

  test('no country covers more than a hemisphere: every polygon is wound the way d3 reads it', () => {
    const insideOut = basemap.shapes.countries.flatMap((polygons, index) => (polygons.some(({ polygon }) => geoArea(polygon) > 2 * Math.PI) ? [basemap.countries[index]!.name] : []));
    expect(insideOut).toEqual([]);
  });

  test('a point in the open Pacific is in no country', () => {
    expect(countryAt(basemap, [-150, -40])).toBeUndefined();
  });

  test('countries are sorted by id, then name', () => {
    const keys = basemap.countries.map((country) => `${country.id}\u0000${country.name}`);
    expect(keys).toEqual([...keys].sort());
  });

  test('Ukraine is where `ukraine` says', () => {
    expect(basemap.countries[basemap.ukraine]?.name).toBe('Ukraine');
  });
});

test('the 1:10m Maldives is kept, and holds the Maldives only', () => {
  const basemap = loadBasemap('10m');
  expect(countryAt(basemap, [73.51, 4.17], 5)?.name).toBe('Maldives');
  expect(countryAt(basemap, [34.1, 44.95])?.name).toBe('Ukraine');
});

test.each<[string, string, AtlasScale, string, [number, number]]>([
  ['Kyrenia', 'N. Cyprus', '50m', 'Cyprus', [33.32, 35.33]],
  ['Hargeisa', 'Somaliland', '50m', 'Somalia', [44.06, 9.56]],
  ['the UN buffer zone in Nicosia', 'Cyprus U.N. Buffer Zone', '10m', 'Cyprus', [33.36, 35.18]],
  ['Baikonur', 'Baikonur', '10m', 'Kazakhstan', [63.32, 45.62]],
])('%s (Natural Earth: %s, 1:%s) is in %s, as the UN recognises it', (_place, territory, scale, country, point) => {
  const basemap = loadBasemap(scale);
  expect(countryAt(basemap, point)?.name).toBe(country);
  expect(basemap.countries.map((entry) => entry.name)).not.toContain(territory);
});

describe('a topology that is not a Natural Earth countries file', () => {
  const atlas = readAtlas('110m');
  const without = (names: string[]): Topology => {
    const countries = atlas.objects['countries'] as { geometries: { properties?: { name?: string } }[] };
    const geometries = countries.geometries.filter((geometry) => !names.includes(geometry.properties?.name ?? ''));
    return { ...atlas, objects: { ...atlas.objects, countries: { ...countries, geometries } } } as unknown as Topology;
  };

  test.each<[string, Topology, string]>([
    ['no countries', { ...atlas, objects: {} } as Topology, "The basemap has no `countries` collection: it must be a Natural Earth countries topology, such as world-atlas's countries-50m.json."],
    ['no Ukraine', without(['Ukraine']), "The basemap has no Ukraine (ISO 3166-1 804) in its `countries` object: it must be a Natural Earth countries file, such as world-atlas's countries-50m.json."],
    ['no Russia', without(['Russia']), "The basemap has no Russia (ISO 3166-1 643) in its `countries` object: it must be a Natural Earth countries file, such as world-atlas's countries-50m.json."],
  ])('%s is refused, saying what is missing', (_name, topology, message) => {
    expect(() => prepareBasemap(topology)).toThrow(message);
  });

  test('a Russia without Crimea (the peninsula cut out) is refused: the map could not draw it', () => {
    const countries = atlas.objects['countries'] as { geometries: { id?: string; arcs: number[][][] }[] };
    const geometries = countries.geometries.map((geometry) => (geometry.id === '643' ? { ...geometry, arcs: geometry.arcs.slice(0, 3) } : geometry));
    const topology = { ...atlas, objects: { ...atlas.objects, countries: { ...countries, geometries } } } as unknown as Topology;
    expect(() => prepareBasemap(topology)).toThrowErrorMatchingInlineSnapshot(`[Error: No polygon of Russia or Ukraine in the basemap holds Simferopol (44.95 N, 34.10 E): the map cannot draw Crimea.]`);
  });
});
