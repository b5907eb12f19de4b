import { describe, expect, test } from 'vitest';
import { isPlaceKind, kindForSynonym, PLACE_KIND_NAMES, PLACE_KINDS } from '../../../src/schemas/place-kinds.ts';

describe('kindForSynonym', () => {
  test.each([
    ['city', 'city'],
    ['Cities', 'city'],
    ['oblast', 'region'],
    ['Province', 'region'],
    ['capital', 'city'],
    ['urban-type settlement', 'town'],
    ['airport', 'site'],
    ['bay', 'sea'],
    ['channel', 'strait'],
    ['planet', undefined],
  ])('%s → %s', (input, kind) => {
    expect(kindForSynonym(input)).toBe(kind);
  });
});

describe('PLACE_KINDS', () => {
  test.each(PLACE_KIND_NAMES)('%s is a kind', (kind) => {
    expect(isPlaceKind(kind)).toBe(true);
  });

  test('only areas are water, and settlements are points', () => {
    const water = PLACE_KIND_NAMES.filter((kind) => PLACE_KINDS[kind].water);
    const points = PLACE_KIND_NAMES.filter((kind) => !PLACE_KINDS[kind].area);
    expect({ water, points }).toEqual({ water: ['sea', 'strait'], points: ['city', 'town', 'village', 'site'] });
  });

  test.each([['toString'], ['__proto__'], [42]])('%s is not a kind', (value) => {
    expect(isPlaceKind(value)).toBe(false);
  });
});
