import { describe, expect, test } from 'vitest';
import { formatReport } from '../../../../src/lib/content/problems.ts';
import { buildGazetteer, resolvePlace, suggestPlace } from '../../../../src/lib/places/gazetteer.ts';
import { PLACES, placeEntry } from './fixtures.ts';

const { gazetteer, problems } = buildGazetteer(PLACES);

describe('resolvePlace', () => {
  test.each([
    ['Kyiv', 'kyiv'],
    ['Kiev', 'kyiv'],
    ['KIEV', 'kyiv'],
    ['Kyïv', 'kyiv'],
    ['kyiv', 'kyiv'],
    ['Lugansk', 'luhansk'],
    ['Lugansk region', 'luhansk-oblast'],
    ['Luhansk  oblast', 'luhansk-oblast'],
    ['donetsk-oblast', 'donetsk-oblast'],
    ['Benouville', 'benouville'],
    ["Kramators'k", 'kramatorsk'],
    ['Washington DC', 'washington'],
    ['Zolote 4', 'zolote'],
    ['Donetsk airport', 'donetsk-airport'],
    ['Kharkiv', undefined],
    ['', undefined],
  ])('%s → %s', (value, id) => {
    expect(resolvePlace(gazetteer, value)?.id).toBe(id);
  });
});

describe('suggestPlace', () => {
  test.each([
    ['Kiyv', 'Kiev', 'kyiv'],
    ['Kyyiv', 'Kyiv', 'kyiv'],
    ['Lugnask', 'Lugansk', 'luhansk'],
    ['Donestk Oblast', 'Donetsk Oblast', 'donetsk-oblast'],
    ['Donetsk Airprot', 'Donetsk airport', 'donetsk-airport'],
    ['Benouvile', 'Bénouville', 'benouville'],
    ['Zolote-5', 'Zolote-4', 'zolote'],
    ['luhansk-obl', 'Luhansk Oblast', 'luhansk-oblast'],
  ])('%s → %s', (value, spelling, id) => {
    const suggestion = suggestPlace(gazetteer, value);
    expect({ spelling: suggestion?.spelling, id: suggestion?.place.id }).toEqual({ spelling, id });
  });

  test('suggests nothing for a name that is nowhere near', () => {
    expect(suggestPlace(gazetteer, 'Europe')).toBeUndefined();
  });
});

describe('buildGazetteer', () => {
  test('a gazetteer without clashes has no problems', () => {
    expect(problems).toEqual([]);
  });

  test('a name two places claim, in any spelling, is reported where the second claims it', () => {
    const clashing = buildGazetteer([
      ...PLACES,
      placeEntry('donetsk-ru', 'Donetsk (Russia)', ['donetsk']),
      placeEntry('luhansk-town', 'Lugánsk'),
      placeEntry('kyiv-oblast', 'Kyiv Oblast', ['Kyiv']),
    ]);
    expect(formatReport(clashing.problems)).toMatchInlineSnapshot(`
      "Found 3 problems in 3 content files.

      content/places/donetsk-ru.mdx (line 3, field \`aliases[0]\`): \`donetsk\` is already the file name of content/places/donetsk.mdx.
        A \`places:\` value must mean one place, so remove \`donetsk\` from one of the two files. Case, accents and punctuation do not tell names apart.

      content/places/kyiv-oblast.mdx (line 3, field \`aliases[0]\`): \`Kyiv\` is already the file name of content/places/kyiv.mdx.
        A \`places:\` value must mean one place, so remove \`Kyiv\` from one of the two files. Case, accents and punctuation do not tell names apart.

      content/places/luhansk.mdx (line 3, field \`aliases[0]\`): \`Lugansk\` is already the name of content/places/luhansk-town.mdx (as \`Lugánsk\`).
        A \`places:\` value must mean one place, so remove \`Lugansk\` from one of the two files. Case, accents and punctuation do not tell names apart."
    `);
  });

  test('an alias that repeats the entry’s own name is no clash', () => {
    expect(buildGazetteer([placeEntry('kyiv', 'Kyiv', ['kyiv', 'KYIV'])]).problems).toEqual([]);
  });
});
