import { describe, expect, test } from 'vitest';
import { closest, didYouMean } from '../../../src/schemas/suggest.ts';

const IDS = ['map', 'nato', 'minsk-agreements', 'donbass', 'trilateral-contact-group'];

describe('closest', () => {
  test.each([
    ['mapp', 'map'],
    ['Minsk Agreements', 'minsk-agreements'],
    ['donbas', 'donbass'],
    ['trilateral', 'trilateral-contact-group'],
    ['sanctions', undefined],
    ['x', undefined],
  ])('%s → %s', (input, expected) => {
    expect(closest(input, IDS)).toBe(expected);
  });
});

describe('didYouMean', () => {
  test.each([
    ['natto', ' Did you mean `nato`?'],
    ['completely-unrelated', ''],
  ])('%s', (input, expected) => {
    expect(didYouMean(input, IDS)).toBe(expected);
  });
});
