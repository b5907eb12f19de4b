/** Valid and invalid gazetteer entries, checked against PlaceSchema alone, with the exact text writers read. */
import { describe, expect, test } from 'vitest';
import { PlaceSchema } from '../../../src/schemas/place.ts';

const source = { name: 'GeoNames', url: 'https://www.geonames.org/703448', note: 'coordinates' };
const place = { name: 'Kyiv', aliases: ['Kiev'], lat: 50.4547, lon: 30.5238, kind: 'city', country: 'UA', sources: [source] };
const { country: _country, ...withoutCountry } = place;
const correction = { date: '2026-11-29', text: 'An earlier version of this entry put the point in the wrong district. It is now at the city centre.' };

/** The messages of every issue, so a table row names exactly what a writer would read. */
function messages(data: unknown): string[] {
  const result = PlaceSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('PlaceSchema accepts', () => {
  test.each([
    ['the minimum', place],
    ['a place west of Greenwich and south of the equator', { ...place, lat: -33.8688, lon: -0.2825 }],
    ['the ends of both ranges', { ...place, lat: -90, lon: 180 }],
    ['a quoted number, as YAML keeps "50.45"', { ...place, lat: '50.45', lon: ' 30.52 ' }],
    ['a sea without a country', { ...withoutCountry, kind: 'sea' }],
    ['a strait without a country', { ...withoutCountry, kind: 'strait' }],
    ['a strait inside one country', { ...place, kind: 'strait', country: 'TR' }],
    ['Kosovo, by its user-assigned code', { ...place, country: 'XK' }],
    ['an update, a correction and a draft', { ...place, updated: '2026-11-29', corrections: [correction], draft: true }],
  ])('%s', (_name, data) => {
    expect(messages(data)).toEqual([]);
  });

  test('fills in the defaults and turns quoted numbers into numbers', () => {
    const { aliases: _aliases, ...bare } = place;
    expect(PlaceSchema.parse({ ...bare, lat: '50.45' })).toMatchObject({ aliases: [], corrections: [], lat: 50.45 });
  });
});

describe('PlaceSchema rejects', () => {
  test.each([
    ['an empty name', { ...place, name: ' ' }, 'A place needs a `name`: the spelling readers see, such as `Kyiv`.'],
    ['a name too long for a map label', { ...place, name: 'x'.repeat(61) }, 'Keep `name` to 60 characters or fewer: it labels the place on maps.'],
    [
      'a latitude beyond the pole',
      { ...place, lat: 95 },
      '`lat` is `95`, but latitude runs from -90 (the South Pole) to 90 (the North Pole). Check that `lat` and `lon` are not swapped.',
    ],
    [
      'a longitude beyond the date line',
      { ...place, lon: -200 },
      '`lon` is `-200`, but longitude runs from -180 to 180 (west of Greenwich is negative). Check that `lat` and `lon` are not swapped.',
    ],
    [
      'degrees and minutes, as Wikipedia prints them',
      { ...place, lat: '50°27′00″N' },
      '`lat` must be a number of decimal degrees, such as 50.4547, not `50°27′00″N`. Did you mean `50.45`?',
    ],
    [
      'a western longitude in degrees',
      { ...place, lon: '0°17′W' },
      '`lon` must be a number of decimal degrees, such as 30.5238, not `0°17′W`. Did you mean `-0.2833`?',
    ],
    ['a decimal comma', { ...place, lat: '50,45' }, '`lat` must be a number of decimal degrees, such as 50.4547, not `50,45`. Did you mean `50.45`?'],
    [
      'a longitude written in the latitude',
      { ...place, lat: '30°31′E' },
      '`lat` must be a number of decimal degrees, such as 50.4547. `30°31′E` is a longitude: check that `lat` and `lon` are not swapped.',
    ],
    ['a word', { ...place, lon: 'east' }, '`lon` must be a number of decimal degrees, such as 30.5238, not `east`. Positive is east, negative west.'],
    ['no latitude', { ...place, lat: undefined }, '`lat` must be a number of decimal degrees, such as 50.4547.'],
    [
      'a word for a kind',
      { ...place, kind: 'oblast' },
      '`oblast` is not a kind of place. Use one of: city, town, village, site, region, country, peninsula, island, sea, strait. Did you mean `region`?',
    ],
    [
      'an unknown kind',
      { ...place, kind: 'planet' },
      '`planet` is not a kind of place. Use one of: city, town, village, site, region, country, peninsula, island, sea, strait.',
    ],
    [
      'a country written out',
      { ...place, country: 'Ukraine' },
      "`Ukraine` is not a country code. Write the country's two-letter ISO 3166-1 code in capitals. Did you mean `UA` (Ukraine)?",
    ],
    [
      'a country code in lower case',
      { ...place, country: 'ru' },
      "`ru` is not a country code. Write the country's two-letter ISO 3166-1 code in capitals. Did you mean `RU` (Russia)?",
    ],
    [
      'the everyday code for Britain',
      { ...place, country: 'UK' },
      "`UK` is not a country code. Write the country's two-letter ISO 3166-1 code in capitals. Did you mean `GB` (United Kingdom)?",
    ],
    [
      'a code nobody has',
      { ...place, country: 'QQ' },
      "`QQ` is not a country code. Write the country's two-letter ISO 3166-1 code in capitals. Ukraine is `UA`, Russia `RU`.",
    ],
    [
      'a city without a country',
      withoutCountry,
      'A city needs a `country`: the two-letter code of the country it is in, such as `country: UA`. Use internationally recognised borders: places in Crimea are `UA`.',
    ],
    [
      'an island without a country',
      { ...withoutCountry, kind: 'island' },
      'An island needs a `country`: the two-letter code of the country it is in, such as `country: UA`. Use internationally recognised borders: places in Crimea are `UA`.',
    ],
    ['no sources', { ...place, sources: [] }, 'Cite at least one source: add `- name: …` and `url: …` under `sources`.'],
    ['an unknown field', { ...place, population: 2_797_553 }, 'Unrecognized key: "population"'],
  ])('%s', (_name, data, message) => {
    expect(messages(data)).toContain(message);
  });

  test('reports a bad kind once, not also as a missing country', () => {
    expect(messages({ ...withoutCountry, kind: 'planet' })).toHaveLength(1);
  });
});
