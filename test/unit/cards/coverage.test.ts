/**
 * What the cards can draw, from the real fonts and emoji set, and whether that agrees with satori
 * itself: for each sample, the coverage check's verdict must be what satori reports when it lays
 * the character out in every face the templates use.
 */
import { describe, expect, test } from 'vitest';
import { loadCardAssets } from '../../../src/cards/assets.ts';
import { loadRepertoire } from '../../../src/cards/repertoire.ts';
import { canDraw, coreCodePoints, hasGlyph, isInvisible, needsMoreThanCore, undrawableGraphemes, type Repertoire } from '../../../src/cards/coverage.ts';
import type { CardModel } from '../../../src/cards/model.ts';
import { stackFamilies } from '../../../src/cards/fonts.ts';
import { layoutCard } from '../../../src/cards/render.ts';

const repertoire = loadRepertoire();

/** Graphemes a writer in this field may well use, and what the cards make of them. */
const SAMPLES: [string, string, boolean][] = [
  ['Latin', 'Zelenskiy', true],
  ['Latin Extended (Polish, Turkish, Crimean Tatar)', 'ŁódźŞğ', true],
  ['Vietnamese', 'Nguyễn', true],
  ['Ukrainian letters', 'ҐґЄєІіЇї', true],
  ['the Ukrainian apostrophe, typed and modifier', '’ʼ', true],
  ['Russian and Belarusian', 'ЁёЫыЭэЎў', true],
  ['the hryvnia and rouble signs', '₴₽', true],
  ['Greek', 'Ελλάδα', true],
  ['Arabic', 'دونباس، أوكرانيا؟', true],
  ['Hebrew', 'ירושלים', true],
  ['an emoji', '😀', true],
  ['a flag', '🇺🇦', true],
  ['a skin tone', '👍🏽', true],
  ['a joined emoji', '🏳️‍🌈', true],
  ['a heart with no font glyph, drawn as the emoji', '❤', true],
  ['© and ™, drawn as text', '©™', true],
  ['invisible marks', '\u200E\u200F\u200D\u00AD', true],
  ['Cyrillic historic letters', 'Ꙩꙮ', false],
  ['the hammer and sickle (not an emoji)', '☭', false],
  ['Georgian', 'ქართ', false],
  ['Chinese', '基辅', false],
  ['Armenian', 'Հայ', false],
];

describe('canDraw, with the real fonts and emoji set', () => {
  test.each(SAMPLES)('%s: %s → %s', (_name, text, expected) => {
    const graphemes = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
    expect(graphemes.map((grapheme) => canDraw(grapheme, repertoire))).toEqual(graphemes.map(() => expected));
  });
});

describe('the two stacks', () => {
  test.each([...'AŁĐДґ₴№Ωάمשי'])('each draws %s with a face of its own, not the other stack’s', (char) => {
    for (const stack of ['serif', 'sans'] as const) {
      const own = stackFamilies(stack).filter((family) => repertoire.families.get(family)?.has(char.codePointAt(0)!));
      expect(own, stack).not.toEqual([]);
    }
  });
});

describe('canDraw agrees with satori', () => {
  const assets = loadCardAssets();
  /** What satori reports it cannot draw in the serif bold title and sans dek, and the serif italic quote and sans bold cite. */
  async function missingInSatori(text: string): Promise<string[]> {
    const missing = new Set<string>();
    const onMissingGlyph = (grapheme: string) => missing.add(grapheme);
    const headline: CardModel = { kind: 'term', kicker: 'Glossary', title: text, dek: text };
    const quote: CardModel = { kind: 'quote', kicker: 'Pull quote', quote: text, cite: text, title: 'x' };
    for (const model of [headline, quote]) await layoutCard(model, assets, { onMissingGlyph });
    return [...missing];
  }

  test.each(SAMPLES)('%s', async (_name, text) => {
    expect(await missingInSatori(text)).toEqual(undrawableGraphemes(text, repertoire));
  });
});

describe('canDraw, on combining marks', () => {
  /** Two families of the stacks: the serif's Latin lacks the combining acute, the sans's has it. */
  const families = (serifHasAcute: boolean): Repertoire => ({
    families: new Map([
      ['Source Serif 4', new Set([0x78, ...(serifHasAcute ? [0x301] : [])])],
      ['Inter', new Set([0x78, 0x301])],
    ]),
    emoji: new Set(),
  });

  test('a mark must be in the font that draws its letter, in each stack', () => {
    expect(canDraw('x\u0301', families(false))).toBe(false);
    expect(canDraw('x\u0301', families(true))).toBe(true);
  });

  test('a letter alone only needs a font', () => {
    expect(canDraw('x', families(false))).toBe(true);
  });
});

describe('undrawableGraphemes', () => {
  test.each([
    ['each once, in order', 'Ꙩ a ☭ b Ꙩ', ['Ꙩ', '☭']],
    ['text that the card composes is judged composed', 'Cafe\u0301 Зеленськи\u0306', []],
    ['Arabic vowel marks, which the card leaves out, do not count', 'مُحَمَّد', []],
    ['nothing for a card-ready title', 'Київ — ירושלים — دونباس 🇺🇦', []],
  ])('%s', (_name, text, expected) => {
    expect(undrawableGraphemes(text, repertoire)).toEqual(expected);
  });
});

describe('hasGlyph and isInvisible', () => {
  test.each([
    ['ґ', true],
    ['م', true],
    ['❤', false],
    ['Ꙩ', false],
  ])('some font has %s: %s', (char, expected) => {
    expect(hasGlyph(repertoire, char.codePointAt(0)!)).toBe(expected);
  });

  test.each([
    ['\u200D', true],
    ['\u200F\u00AD', true],
    ['\n', true],
    ['a', false],
    ['\u0007', false],
  ])('%j draws nothing: %s', (text, expected) => {
    expect(isInvisible(text)).toBe(expected);
  });
});

describe('coreCodePoints and needsMoreThanCore', () => {
  // Serif core has A and Д; sans core has A, Д and ₴; only A and Д are drawn by a core font in both stacks.
  const families = new Map([
    ['Source Serif 4', new Set([0x41])],
    ['Source Serif 4 Cyrillic', new Set([0x414])],
    ['Inter', new Set([0x41, 0x20b4])],
    ['Inter Cyrillic', new Set([0x414])],
    ['Inter Greek', new Set([0x3a9])],
  ]);
  const core = coreCodePoints(families);

  test('a character is core when both stacks have it in their core families', () => {
    expect([...core].sort((a, b) => a - b)).toEqual([0x41, 0x414]);
  });

  test.each([
    ['only core characters', ['AД', 'A'], [], false],
    ['a character the serif core lacks', ['A₴'], [], true],
    ['a character of a non-core family', ['AΩ'], [], true],
    ['an emoji drawn as a picture', ['A🇺🇦'], ['🇺🇦'], false],
    ['an emoji with no picture', ['A🇺🇦'], [], true],
    ['invisible marks', ['A\u200D\u200E'], [], false],
  ])('%s → %s', (_name, texts, pictures, expected) => {
    expect(needsMoreThanCore(texts, pictures, core)).toBe(expected);
  });
});
