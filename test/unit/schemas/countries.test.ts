import { describe, expect, test } from 'vitest';
import { COUNTRY_CODES, countryName, isCountryCode, suggestCountryCode } from '../../../src/schemas/countries.ts';

describe('countryName', () => {
  test.each([
    ['UA', 'Ukraine'],
    ['RU', 'Russia'],
    ['US', 'United States'],
    ['BY', 'Belarus'],
    ['MD', 'Moldova'],
    ['XK', 'Kosovo'],
    ['QQ', undefined],
  ])('%s → %s', (code, name) => {
    expect(countryName(code)).toBe(name);
  });
});

describe('isCountryCode', () => {
  test.each([
    ['UA', true],
    ['ua', false],
    ['UK', false],
    ['Ukraine', false],
    [undefined, false],
  ])('%s → %s', (value, expected) => {
    expect(isCountryCode(value)).toBe(expected);
  });

  test('knows every ISO country, sorted', () => {
    expect(COUNTRY_CODES.length).toBeGreaterThanOrEqual(249);
    expect([...COUNTRY_CODES].sort()).toEqual(COUNTRY_CODES);
  });
});

describe('suggestCountryCode', () => {
  test.each([
    ['ua', 'UA'],
    [' gb ', 'GB'],
    ['UK', 'GB'],
    ['Ukraine', 'UA'],
    ['Україна', 'UA'],
    ['Russian Federation', 'RU'],
    ['Russia', 'RU'],
    ['United States of America', 'US'],
    ['Ukrain', 'UA'],
    ['Belgum', 'BE'],
    ['Turkey', 'TR'],
    ['XX', undefined],
    ['Atlantis', undefined],
  ])('%s → %s', (input, code) => {
    expect(suggestCountryCode(input)).toBe(code);
  });
});
