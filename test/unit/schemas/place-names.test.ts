import { describe, expect, test } from 'vitest';
import { placeKey } from '../../../src/schemas/place-names.ts';

describe('placeKey', () => {
  test.each([
    ['Kyiv', 'kyiv'],
    ['KYIV', 'kyiv'],
    ['Kyïv', 'kyiv'],
    ['Bénouville', 'benouville'],
    ['Kramators’k', 'kramatorsk'],
    ["Kramators'k", 'kramatorsk'],
    ['Slov`yans`k', 'slovyansk'],
    ['Donetsk  Oblast', 'donetsk-oblast'],
    ['donetsk-oblast', 'donetsk-oblast'],
    ['Washington, D.C.', 'washington-dc'],
    ['Washington DC', 'washington-dc'],
    ['Zolote-4', 'zolote-4'],
    ['  Sea of Azov ', 'sea-of-azov'],
    ['Київ', 'київ'],
    ['Донецьк', 'донецьк'],
    ['București', 'bucuresti'],
    ['---', ''],
  ])('%s → %s', (input, key) => {
    expect(placeKey(input)).toBe(key);
  });
});
