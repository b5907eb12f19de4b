/** New place entries: a draft that validates as it is, and can never be published unchecked. */
import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../../../../src/lib/content/frontmatter.ts';
import { findPlaceholders } from '../../../../../src/lib/content/placeholders.ts';
import { proposePlace, type GeoNamesPlace } from '../../../../../src/lib/places/geonames.ts';
import { placeTemplate } from '../../../../../scripts/lib/scaffold/place.ts';
import { PlaceSchema } from '../../../../../src/schemas/place.ts';

const AVDIIVKA: GeoNamesPlace = { id: 713122, name: 'Avdiyivka', altNames: [], country: 'UA', featureCode: 'PPLA2', population: 35826, lat: 48.13989, lon: 37.74255 };
const OTHER: GeoNamesPlace = { ...AVDIIVKA, id: 713120, population: 2012, lat: 51.7766, lon: 32.79988 };

function parse(text: string) {
  const read = readFrontmatter(text);
  if (!read.ok) throw new Error(read.message);
  return { data: PlaceSchema.parse(read.frontmatter.data), body: read.frontmatter.body };
}

describe('placeTemplate', () => {
  test('from GeoNames: the proposal filled in, each fact marked for checking', () => {
    expect(placeTemplate('Avdiivka', proposePlace('Avdiivka', AVDIIVKA), [OTHER])).toMatchInlineSnapshot(`
      "---
      name: "Avdiivka"
      # Other spellings that mean this place in \`places:\` lists, such as [Kiev].
      aliases: ["Avdiyivka"]
      # Proposed from GeoNames: https://www.geonames.org/713122
      # GeoNames also has: Avdiyivka, UA (https://www.geonames.org/713120).
      lat: 48.1399  # TODO: check the point against the source, then delete this note
      lon: 37.7426
      kind: town  # TODO: GeoNames gives a population of 35,826; check it (city, town, village, site, region, country, peninsula, island, sea, strait)
      country: UA
      sources:
        - name: "GeoNames"
          url: "https://www.geonames.org/713122"
          note: "coordinates"
      draft: true
      ---
      TODO: one or two sentences about the place, in your own words, or delete this line to leave the page without text.
      "
    `);
  });

  test.each([
    ['from GeoNames', placeTemplate('Avdiivka', proposePlace('Avdiivka', AVDIIVKA))],
    ['without GeoNames', placeTemplate('Zolote-4: the mine')],
  ])('%s: a valid draft', (_name, text) => {
    const { data } = parse(text);
    expect(data.draft).toBe(true);
  });

  test('without GeoNames: every fact is a placeholder, and the name is kept whatever it holds', () => {
    const text = placeTemplate('Zolote-4: the mine');
    expect(parse(text).data.name).toBe('Zolote-4: the mine');
    expect(findPlaceholders(text).map((p) => p.text.split(':')[0])).toEqual(['lat', 'lon', 'kind', 'country', '- name', 'url', 'TODO']);
  });
});
