import { describe, expect, test } from 'vitest';
import { baseDirection, drawnText } from '../../../src/cards/drawn-text.ts';

describe('drawnText', () => {
  test.each([
    ['Latin is left alone', 'Zelenskiy’s “signal”', 'Zelenskiy’s “signal”'],
    ['a decomposed é is composed', 'Cafe\u0301', 'Café'],
    ['a decomposed й is composed', 'Зеленськии\u0306', 'Зеленський'],
    ['a stress mark with no composed form stays', 'Донба\u0301с', 'Донба\u0301с'],
    ['Arabic vowel marks are left out', 'مُحَمَّد', 'محمد'],
    ['the superscript alef is left out', 'هٰذا', 'هذا'],
    ['hamza above is composed, not dropped', 'ا\u0654', 'أ'],
    ['Hebrew points stay', 'שָׁלוֹם', 'שָׁלוֹם'],
  ])('%s', (_name, text, expected) => {
    expect(drawnText(text)).toBe(expected);
  });
});

describe('baseDirection', () => {
  test.each<[string, string, 'ltr' | 'rtl']>([
    ['Latin', 'Kyiv', 'ltr'],
    ['Cyrillic', 'Київ', 'ltr'],
    ['Arabic', 'دونباس', 'rtl'],
    ['Hebrew', 'ירושלים', 'rtl'],
    ['Arabic after digits and punctuation', '2014: «دونباس»', 'rtl'],
    ['Latin before Arabic', 'Donbas (دونباس)', 'ltr'],
    ['Arabic before Latin', 'دونباس (Donbas)', 'rtl'],
    ['an emoji first, then Hebrew', '🇺🇦 ירושלים', 'rtl'],
    ['a right-to-left mark first', '\u200F2014', 'rtl'],
    ['no letters at all', '2014 – 2021', 'ltr'],
    ['empty', '', 'ltr'],
  ])('%s → %s', (_name, text, expected) => {
    expect(baseDirection(text)).toBe(expected);
  });
});
