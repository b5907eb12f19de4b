import { describe, expect, test } from 'vitest';
import { smartQuotes } from '../../../../src/lib/content/plain-text.ts';
import { typesetEvent } from '../../../../src/lib/content/typeset.ts';

describe('smartQuotes', () => {
  test.each([
    ["NATO's Bucharest summit", 'NATO’s Bucharest summit'],
    ['Russia ends "snap checks"', 'Russia ends “snap checks”'],
    ["'Signal' to Moscow", '‘Signal’ to Moscow'],
    ['Already “curly” and ‘fine’', 'Already “curly” and ‘fine’'],
    ['No quotes at all', 'No quotes at all'],
    ['Tom & Jerry <Day>', 'Tom & Jerry <Day>'],
  ])('%s → %s', (input, expected) => {
    expect(smartQuotes(input)).toBe(expected);
  });
});

describe('typesetEvent', () => {
  test('curls the title and leaves every other field as written', () => {
    const data = { date: '2021-04-22', title: 'Russia ends "snap checks"', category: 'military' as const, places: [], terms: [], sources: [], corrections: [] };
    expect(typesetEvent(data)).toEqual({ ...data, title: 'Russia ends “snap checks”' });
  });
});
