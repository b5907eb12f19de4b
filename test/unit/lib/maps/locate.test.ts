/** Which country a place lies in, on the prepared basemap (Crimea in Ukraine). */
import { expect, test } from 'vitest';
import { countryAt } from '../../../../src/lib/maps/locate.ts';
import { inSentence } from '../../../../src/lib/maps/names.ts';
import { loadBasemap } from '../../../../src/node/basemap.ts';

const basemap = loadBasemap();

test.each<[string, [number, number], number, string | undefined]>([
  ['Kyiv', [30.52, 50.45], 0, 'Ukraine'],
  ['Simferopol', [34.1, 44.95], 0, 'Ukraine'],
  ['Avdiivka', [37.75, 48.15], 0, 'Ukraine'],
  ['Moscow', [37.62, 55.75], 0, 'Russia'],
  ['Brussels', [4.35, 50.85], 0, 'Belgium'],
  ['Washington', [-77.04, 38.9], 0, 'United States'],
  ['the middle of the Black Sea', [34, 43.2], 10, undefined],
  // Sevastopol's harbour lies just off Natural Earth's generalised 1:50m coast.
  ['Sevastopol harbour, with a 10 km tolerance', [33.52, 44.62], 10, 'Ukraine'],
])('%s is in %s', (_name, point, tolerance, label) => {
  expect(countryAt(basemap, point, tolerance)?.label).toBe(label);
});

test.each([
  ['United States', 'the United States'],
  ['Netherlands', 'the Netherlands'],
  ['Ukraine', 'Ukraine'],
])('a sentence names %s as %s', (label, expected) => {
  expect(inSentence(label)).toBe(expected);
});
