import { describe, expect, test } from 'vitest';
import { findGeoNames, geonamesUrl, kindFromGeoNames, proposePlace, type GeoNamesPlace } from '../../../../src/lib/places/geonames.ts';

function record(id: number, name: string, country: string, population: number, featureCode = 'PPL', lat = 48, lon = 37): GeoNamesPlace {
  return { id, name, altNames: [], country, featureCode, population, lat, lon };
}

const AVDIIVKA = record(713122, 'Avdiyivka', 'UA', 35826, 'PPLA2', 48.13989, 37.74255);
const RECORDS: GeoNamesPlace[] = [
  record(713120, 'Avdiyivka', 'UA', 2012, 'PPL', 51.7766, 32.79988),
  AVDIIVKA,
  record(709717, 'Donetsk', 'UA', 1024700, 'PPLA', 48.023, 37.80224),
  record(565348, 'Donetsk', 'RU', 50850),
  record(704508, 'Kramators’k', 'UA', 173700, 'PPL', 48.72305, 37.55629),
  record(2988507, 'Paris', 'FR', 2138551, 'PPLC', 48.85341, 2.3488),
  record(4717560, 'Paris', 'US', 24782),
  { ...record(703448, 'Kyiv', 'UA', 2797553, 'PPLC', 50.45466, 30.5238), altNames: ['Kiev', 'Kyyiv'] },
];

describe('kindFromGeoNames', () => {
  test.each([
    [{ featureCode: 'PPLC', population: 5000 }, 'city', 'GeoNames lists it as a national capital'],
    [{ featureCode: 'PPL', population: 173_700 }, 'city', 'GeoNames gives a population of 173,700'],
    [{ featureCode: 'PPL', population: 100_000 }, 'city', 'GeoNames gives a population of 100,000'],
    [{ featureCode: 'PPLA2', population: 35_826 }, 'town', 'GeoNames gives a population of 35,826'],
    [{ featureCode: 'PPL', population: 10_000 }, 'town', 'GeoNames gives a population of 10,000'],
    [{ featureCode: 'PPL', population: 1_828 }, 'village', 'GeoNames gives a population of 1,828'],
    [{ featureCode: 'PPLA', population: 0 }, 'city', 'GeoNames does not know its population'],
    [{ featureCode: 'PPLA2', population: 0 }, 'town', 'GeoNames does not know its population'],
    [{ featureCode: 'PPL', population: 0 }, 'village', 'GeoNames does not know its population'],
  ])('%j → %s', (place, kind, reason) => {
    expect(kindFromGeoNames(place)).toEqual({ kind, reason });
  });
});

describe('proposePlace', () => {
  test('keeps the writer’s spelling and adds GeoNames’ as an alias', () => {
    expect(proposePlace(' Avdiivka ', AVDIIVKA)).toEqual({
      id: 'avdiivka',
      name: 'Avdiivka',
      aliases: ['Avdiyivka'],
      lat: 48.1399,
      lon: 37.7426,
      kind: { kind: 'town', reason: 'GeoNames gives a population of 35,826' },
      country: 'UA',
      source: { name: 'GeoNames', url: 'https://www.geonames.org/713122', note: 'coordinates' },
    });
  });

  test.each([
    ['Kramatorsk', 'Kramators’k', []],
    ["Kramators'k", 'Kramators’k', []],
    ['Bénouville', 'Benouville', []],
    ['Zaporizhzhia', 'Zaporizhia', ['Zaporizhia']],
  ])('%s with GeoNames’ %s → aliases %j', (name, geonamesName, aliases) => {
    expect(proposePlace(name, record(1, geonamesName, 'UA', 1000)).aliases).toEqual(aliases);
  });

  test('gives a file name that works as a URL', () => {
    expect(proposePlace('Bénouville', record(3033458, 'Bénouville', 'FR', 1828)).id).toBe('benouville');
  });
});

describe('findGeoNames', () => {
  test.each([
    ['Avdiyivka', [713122, 713120]],
    ['Avdiivka', [713122, 713120]],
    ['Donetsk', [709717, 565348]],
    ['Kramatorsk', [704508]],
    ['Kiev', [703448]],
    ['Paris', [2988507, 4717560]],
    ['Zolote', []],
    ['', []],
  ])('%s → %j', (query, ids) => {
    expect(findGeoNames(query, RECORDS).map((place) => place.id)).toEqual(ids);
  });

  test('returns at most `limit` places', () => {
    expect(findGeoNames('Paris', RECORDS, 1)).toHaveLength(1);
  });
});

test('geonamesUrl', () => {
  expect(geonamesUrl(703448)).toBe('https://www.geonames.org/703448');
});
