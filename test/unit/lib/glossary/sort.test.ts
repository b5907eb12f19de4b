import { describe, expect, test } from 'vitest';
import { filingName, groupByLetter, sortTerms } from '../../../../src/lib/glossary/sort.ts';

const name = (t: string) => t;

describe('filingName', () => {
  test.each([
    ['The Moscow Times', 'Moscow Times'],
    ['MAP', 'MAP'],
    ['Anti-Terrorist Operation', 'Anti-Terrorist Operation'],
    ['A Term', 'Term'],
  ])('%s files under %s', (term, expected) => {
    expect(filingName(term)).toBe(expected);
  });
});

describe('sortTerms', () => {
  test('sorts case-insensitively, ignoring leading articles', () => {
    expect(sortTerms(['The Moscow Times', 'MAP', 'avdiivka', 'Kyiv'], name)).toEqual([
      'avdiivka',
      'Kyiv',
      'MAP',
      'The Moscow Times',
    ]);
  });
});

describe('groupByLetter', () => {
  test.each([
    { terms: ['MAP', 'Minsk agreements', 'NATO'], expected: ['M:MAP,Minsk agreements', 'N:NATO'] },
    { terms: ['The Moscow Times', 'Kyiv'], expected: ['K:Kyiv', 'M:The Moscow Times'] },
    { terms: ['5G', 'AFP'], expected: ['#:5G', 'A:AFP'] },
  ])('$terms', ({ terms, expected }) => {
    expect(groupByLetter(terms, name).map((g) => `${g.letter}:${g.terms.join(',')}`)).toEqual(expected);
  });
});
