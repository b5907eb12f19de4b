/**
 * The places checks as writers meet them in `npm run validate`: the exact messages for an unknown
 * place, a point off the globe, a point outside its country on the map, and a draft place.
 */
import { describe, expect, test } from 'vitest';
import { formatReport } from '../../../../src/lib/content/problems.ts';
import { validateContent, type SourceFile } from '../../../../src/lib/content/validate.ts';
import { loadBasemap } from '../../../../src/node/basemap.ts';
import { placeCountryProblems } from '../../../../src/lib/places/content-check.ts';
import { file, VALID } from '../content/content-set.ts';

const basemap = loadBasemap();

const place = (name: string, fields: string) => file('places', `${name}.mdx`, `---\n${fields.trim()}\nsources:\n  - name: GeoNames\n    url: "https://www.geonames.org/703448"\n---\n`);

const KYIV = place('kyiv', 'name: Kyiv\naliases: [Kiev]\nlat: 50.4547\nlon: 30.5238\nkind: city\ncountry: UA');
const SIMFEROPOL = place('simferopol', 'name: Simferopol\nlat: 44.9521\nlon: 34.1024\nkind: city\ncountry: UA');
const ODESA = place('odesa', 'name: Odesa\nlat: 46.4775\nlon: 30.7326\nkind: city\ncountry: UA');
const AZOV = place('sea-of-azov', 'name: Sea of Azov\nlat: 46\nlon: 36.5\nkind: sea');

/** The valid set, its event naming `places`, with the place files given. */
function withPlaces(values: string, ...places: SourceFile[]): SourceFile[] {
  const files = VALID.map((f) => (f.collection === 'timeline' ? { ...f, text: f.text.replace('terms: [map, nato]', `terms: [map, nato]\nplaces: ${values}`) } : f));
  return [...files, ...places];
}

function report(files: readonly SourceFile[], options: { showDrafts?: boolean; map?: boolean } = {}): string {
  // As `npm run validate` checks: the entries, then (with the map) each place's point against its country.
  const policy = { showDrafts: options.showDrafts ?? false };
  const { problems, entries } = validateContent(files, policy);
  const all = options.map === false ? problems : [...problems, ...placeCountryProblems(entries, policy, basemap)];
  return all.length ? formatReport(all) : 'OK';
}

describe('places that resolve', () => {
  test.each([
    ['the name', '[Kyiv]'],
    ['an alias, in another case', '[KIEV]'],
    ['the file name', '[kyiv]'],
    ['a point in Crimea as Ukraine, a port and a sea', '[Kyiv, Simferopol, Odesa, Sea of Azov]'],
  ])('%s', (_name, values) => {
    expect(report(withPlaces(values, KYIV, SIMFEROPOL, ODESA, AZOV))).toBe('OK');
  });
});

describe('places the validator refuses', () => {
  test('an unknown place, with the spelling it most likely means', () => {
    expect(report(withPlaces('[Kyiv, Kiyv]', KYIV))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 6, field \`places[1]\`): Unknown place \`Kiyv\` in \`places\`.
        Each place must be the name, an alias or the file name of an entry in content/places/. Did you mean \`Kiev\` (Kyiv)?
        If it is a new place, add it with: npm run new -- place "Kiyv""
    `);
  });

  test('a latitude off the globe', () => {
    expect(report(withPlaces('[Kyiv]', place('kyiv', 'name: Kyiv\nlat: 150.45\nlon: 30.5238\nkind: city\ncountry: UA')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/places/kyiv.mdx (line 3, field \`lat\`): \`lat\` is \`150.45\`, but latitude runs from -90 (the South Pole) to 90 (the North Pole). Check that \`lat\` and \`lon\` are not swapped."
    `);
  });

  test('a point in another country than `country`', () => {
    expect(report(withPlaces('[Kyiv]', place('kyiv', 'name: Kyiv\nlat: 50.4547\nlon: 37.6173\nkind: city\ncountry: UA')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/places/kyiv.mdx (line 3, field \`lat\`): Kyiv is at \`50.4547, 37.6173\` (50.4547° N, 37.6173° E), which lies in Russia on the map, but \`country\` is \`UA\` (Ukraine).
        Check the point against the source: \`lat\` is north–south, \`lon\` east–west, and a place west of Greenwich has a negative \`lon\`.
        If the point is right, correct \`country\` (the map puts it in \`RU\`). Borders are the internationally recognised ones, so places in Crimea are \`UA\`."
    `);
  });

  test('Crimea is Ukraine: a place there with `country: RU` is refused', () => {
    expect(report(withPlaces('[Simferopol]', place('simferopol', 'name: Simferopol\nlat: 44.9521\nlon: 34.1024\nkind: city\ncountry: RU')))).toContain(
      'which lies in Ukraine on the map, but `country` is `RU` (Russia).',
    );
  });

  test('a point at sea, the minus sign of a western longitude dropped', () => {
    expect(report(withPlaces('[Lisbon]', place('lisbon', 'name: Lisbon\nlat: 38.7167\nlon: 9.1333\nkind: city\ncountry: PT')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/places/lisbon.mdx (line 3, field \`lat\`): Lisbon is at \`38.7167, 9.1333\` (38.7167° N, 9.1333° E), which lies at sea, more than 10 km from any coast on the map, but \`country\` is \`PT\` (Portugal).
        Check the point against the source: \`lat\` is north–south, \`lon\` east–west, and a place west of Greenwich has a negative \`lon\`.
        If the point is right, correct \`country\`. Borders are the internationally recognised ones, so places in Crimea are \`UA\`."
    `);
  });

  test('without the map data (npm run dev) the points are not checked against their countries', () => {
    expect(report(withPlaces('[Kyiv]', place('kyiv', 'name: Kyiv\nlat: 50.4547\nlon: 37.6173\nkind: city\ncountry: UA')), { map: false })).toBe('OK');
  });

  test('a draft place named by a published event', () => {
    expect(report(withPlaces('[Kyiv]', place('kyiv', 'name: Kyiv\nlat: 50.4547\nlon: 30.5238\nkind: city\ncountry: UA\ndraft: true')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2021-04-06-zelensky-call.mdx (line 6, field \`places[0]\`): The place \`Kyiv\` in \`places\` is still a draft, so published pages cannot show it.
        Publish content/places/kyiv.mdx (remove \`draft: true\`), or remove \`Kyiv\` from the list."
    `);
  });

  test('a place file that fails validation is reported once, not again where it is named', () => {
    expect(report(withPlaces('[Kyiv]', place('kyiv', 'name: Kyiv\nlat: 50.4547\nlon: 30.5238\nkind: oblast\ncountry: UA')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/places/kyiv.mdx (line 5, field \`kind\`): \`oblast\` is not a kind of place. Use one of: city, town, village, site, region, country, peninsula, island, sea, strait. Did you mean \`region\`?"
    `);
  });

  test('an article names an unknown place', () => {
    const files = VALID.map((f) => (f.collection === 'articles' ? { ...f, text: f.text.replace('events: [2021-04-06-zelensky-call]', 'events: [2021-04-06-zelensky-call]\nplaces: [kyiv, donetsk]') } : f));
    expect(report([...files, KYIV])).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 15, field \`places[1]\`): Unknown place \`donetsk\` in \`places\`.
        Each place must be the name, an alias or the file name of an entry in content/places/.
        If it is a new place, add it with: npm run new -- place "donetsk""
    `);
  });
});

test('a place has no date of its own: any correction date is valid', () => {
  const corrected = file('places', 'kyiv.mdx', KYIV.text.replace('---\n\n', '---\n').replace(/\n---\n$/, '\ncorrections:\n  - date: 2001-01-01\n    text: "An earlier version gave the point of the airport."\n---\n'));
  expect(report(withPlaces('[Kyiv]', corrected))).toBe('OK');
});

describe('placeCountryProblems: the map check alone, as `npm run build` runs it once the cards have started', () => {
  const inRussia = place('kyiv', 'name: Kyiv\nlat: 50.4547\nlon: 37.6173\nkind: city\ncountry: UA');

  test('finds a point outside its country, which the entries check alone does not', () => {
    const { entries, problems } = validateContent(withPlaces('[Kyiv]', inRussia), { showDrafts: false });
    expect(problems).toEqual([]);
    expect(formatReport(placeCountryProblems(entries, { showDrafts: false }, basemap))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/places/kyiv.mdx (line 3, field \`lat\`): Kyiv is at \`50.4547, 37.6173\` (50.4547° N, 37.6173° E), which lies in Russia on the map, but \`country\` is \`UA\` (Ukraine).
        Check the point against the source: \`lat\` is north–south, \`lon\` east–west, and a place west of Greenwich has a negative \`lon\`.
        If the point is right, correct \`country\` (the map puts it in \`RU\`). Borders are the internationally recognised ones, so places in Crimea are \`UA\`."
    `);
  });

  test('checks a draft place only when drafts are shown', () => {
    const draft = place('odesa', 'name: Odesa\nlat: 50.4547\nlon: 37.6173\nkind: city\ncountry: UA\ndraft: true');
    const { entries } = validateContent(withPlaces('[Kyiv]', KYIV, draft), { showDrafts: true });
    expect(placeCountryProblems(entries, { showDrafts: false }, basemap)).toEqual([]);
    expect(placeCountryProblems(entries, { showDrafts: true }, basemap).map((problem) => problem.file)).toEqual(['content/places/odesa.mdx']);
  });
});
