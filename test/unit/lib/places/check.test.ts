/** The errors a writer sees for the places an event or article names, with their exact text. */
import { describe, expect, test } from 'vitest';
import { formatReport } from '../../../../src/lib/content/problems.ts';
import { checkPlaceLists, type PlaceList } from '../../../../src/lib/places/check.ts';
import { buildGazetteer } from '../../../../src/lib/places/gazetteer.ts';
import { PLACES, placeEntry } from './fixtures.ts';

const EVENT = 'content/timeline/2017-01-29-battle-of-avdiivka.mdx';
const { gazetteer } = buildGazetteer([...PLACES, placeEntry('hrabove', 'Hrabove', [], true)]);

function list(values: string[]): PlaceList {
  return { file: EVENT, field: 'places', values, lineOf: () => 5 };
}

function report(values: string[], production = true): string {
  const problems = checkPlaceLists([list(values)], gazetteer, { production });
  return problems.length ? formatReport(problems) : 'OK';
}

describe('checkPlaceLists', () => {
  test.each([
    [['Kyiv', 'Lugansk', 'donetsk-oblast', 'Bénouville']],
    [['Kiev']],
    [[]],
  ])('accepts %j', (values) => {
    expect(report(values)).toBe('OK');
  });

  test('a misspelt place, with the spelling to use', () => {
    expect(report(['Kyiv', 'Donestk'])).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2017-01-29-battle-of-avdiivka.mdx (line 5, field \`places[1]\`): Unknown place \`Donestk\` in \`places\`.
        Each place must be the name, an alias or the file name of an entry in content/places/. Did you mean \`Donetsk\`?
        If it is a new place, add it with: npm run new -- place "Donestk""
    `);
  });

  test('a misspelling closest to an alias names the place too', () => {
    expect(report(['Lugnask'])).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2017-01-29-battle-of-avdiivka.mdx (line 5, field \`places[0]\`): Unknown place \`Lugnask\` in \`places\`.
        Each place must be the name, an alias or the file name of an entry in content/places/. Did you mean \`Lugansk\` (Luhansk)?
        If it is a new place, add it with: npm run new -- place "Lugnask""
    `);
  });

  test('a place the gazetteer does not have yet', () => {
    expect(report(['Europe'])).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2017-01-29-battle-of-avdiivka.mdx (line 5, field \`places[0]\`): Unknown place \`Europe\` in \`places\`.
        Each place must be the name, an alias or the file name of an entry in content/places/.
        If it is a new place, add it with: npm run new -- place "Europe""
    `);
  });

  test('a draft place, in production', () => {
    expect(report(['Hrabove'])).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/timeline/2017-01-29-battle-of-avdiivka.mdx (line 5, field \`places[0]\`): The place \`Hrabove\` in \`places\` is still a draft, so published pages cannot show it.
        Publish content/places/hrabove.mdx (remove \`draft: true\`), or remove \`Hrabove\` from the list."
    `);
  });

  test('a draft place is fine while drafting', () => {
    expect(report(['Hrabove'], false)).toBe('OK');
  });

  test('the same place twice, under two spellings, is a warning', () => {
    expect(report(['Kyiv', 'Kiev'])).toMatchInlineSnapshot(`
      "Found 1 warning in 1 content file. Warnings do not stop the build; fix them when you can.

      content/timeline/2017-01-29-battle-of-avdiivka.mdx (line 5, field \`places[1]\`): \`Kiev\` and \`Kyiv\` in \`places\` are the same place, Kyiv (content/places/kyiv.mdx).
        List it once: remove \`Kiev\`."
    `);
  });

  test('reports every bad value of every list, without a line when none is known', () => {
    const lists: PlaceList[] = [
      { file: EVENT, field: 'places', values: ['Kharkov', 'Kyiv'] },
      { file: 'content/articles/ukraine-urges-nato-membership.mdx', field: 'places', values: ['Avdeevka'] },
    ];
    expect(checkPlaceLists(lists, gazetteer, { production: true }).map((p) => [p.file, p.field, p.line])).toEqual([
      [EVENT, 'places[0]', undefined],
      ['content/articles/ukraine-urges-nato-membership.mdx', 'places[0]', undefined],
    ]);
  });
});
