/** A map's text alternative and default title. */
import { describe, expect, test } from 'vitest';
import { altText, defaultTitle, listNames, type NamedPlace } from '../../../../src/lib/maps/alt.ts';

const ukraine = (...names: string[]): NamedPlace[] => names.map((name) => ({ name, country: 'Ukraine' }));

describe('text alternative', () => {
  test.each<[string, NamedPlace[], boolean, string]>([
    ['one place', ukraine('Avdiivka'), false, 'Map showing Avdiivka in Ukraine.'],
    ['the article’s six, Crimea in view', ukraine('Avdiivka', 'Donetsk', 'Zolote', 'Luhansk', 'Crimea', 'Kyiv'), true, 'Map showing Avdiivka, Donetsk, Zolote, Luhansk, Crimea and Kyiv in Ukraine. Crimea, hatched, is Ukrainian territory annexed by Russia in 2014.'],
    ['two countries', [{ name: 'Moscow', country: 'Russia' }, { name: 'Kyiv', country: 'Ukraine' }], false, 'Map showing Moscow in Russia and Kyiv in Ukraine.'],
    [
      'three countries, one with a list of its own',
      [...ukraine('Kyiv', 'Donetsk', 'Luhansk'), { name: 'Moscow', country: 'Russia' }, { name: 'Washington', country: 'the United States' }],
      false,
      'Map showing Kyiv, Donetsk and Luhansk in Ukraine; Moscow in Russia; and Washington in the United States.',
    ],
    ['three countries, one place each', [{ name: 'Brussels', country: 'Belgium' }, { name: 'Moscow', country: 'Russia' }, { name: 'Kyiv', country: 'Ukraine' }], false, 'Map showing Brussels in Belgium, Moscow in Russia, and Kyiv in Ukraine.'],
    ['a place at sea, named last', [{ name: 'Kerch Strait' }, { name: 'Kyiv', country: 'Ukraine' }], false, 'Map showing Kyiv in Ukraine and Kerch Strait.'],
    ['places grouped by country in the order first given', [{ name: 'Kyiv', country: 'Ukraine' }, { name: 'Moscow', country: 'Russia' }, { name: 'Donetsk', country: 'Ukraine' }], false, 'Map showing Kyiv and Donetsk in Ukraine and Moscow in Russia.'],
  ])('%s', (_name, places, crimea, expected) => {
    expect(altText(places, crimea)).toBe(expected);
  });
});

test.each<[string[], string]>([
  [[], ''],
  [['Kyiv'], 'Kyiv'],
  [['Kyiv', 'Lviv'], 'Kyiv and Lviv'],
  [['Kyiv', 'Lviv', 'Odesa'], 'Kyiv, Lviv and Odesa'],
])('listNames(%j) is %j', (names, expected) => {
  expect(listNames(names)).toBe(expected);
});

test.each<[NamedPlace[], string]>([
  [ukraine('Avdiivka'), 'Map: Avdiivka'],
  [ukraine('Kyiv', 'Donetsk', 'Luhansk'), 'Map: Kyiv, Donetsk and Luhansk'],
  [ukraine('Kyiv', 'Donetsk', 'Luhansk', 'Zolote'), 'Map of 4 places'],
])('the default title of %j is %j', (places, expected) => {
  expect(defaultTitle(places)).toBe(expected);
});
