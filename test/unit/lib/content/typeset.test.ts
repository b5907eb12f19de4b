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
  const data = { date: '2021-04-22', title: 'Russia ends "snap checks"', category: 'military' as const, places: [], terms: [], sources: [], corrections: [] };

  test('curls the title and leaves every other field as written', () => {
    expect(typesetEvent(data)).toEqual({ ...data, title: 'Russia ends “snap checks”' });
  });

  test('curls the quotes in each correction, and keeps its date', () => {
    const corrected = { ...data, corrections: [{ date: '2026-11-29', text: 'An earlier version said "about 100,000". It was "more than 100,000".' }] };
    expect(typesetEvent(corrected).corrections).toEqual([{ date: '2026-11-29', text: 'An earlier version said “about 100,000”. It was “more than 100,000”.' }]);
  });
});
