import { describe, expect, test } from 'vitest';
import { inQuotes } from '../../../src/cards/typography.ts';

describe('inQuotes', () => {
  test.each([
    ['It will only worsen the situation.', '“It will only worsen the situation.”'],
    ['It’s the “only way”, she said.', '“It’s the ‘only way’, she said.”'],
    ['in ‘Signal’ to Moscow', '“in ‘Signal’ to Moscow”'],
  ])('%s → %s', (text, expected) => {
    expect(inQuotes(text)).toBe(expected);
  });
});
