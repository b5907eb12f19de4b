/**
 * Cards in every script they draw, and emoji: no missing glyph (satori itself reports none), the
 * right-to-left layout, the Arabic vowel marks, upright Arabic and Hebrew in italic quotes, and
 * the same bytes every time.
 */
import { describe, expect, test } from 'vitest';
import { MIXED_SCRIPTS_CARD, SAMPLE_CARDS } from '../../../src/cards/samples.ts';
import { loadCardAssets } from '../../../src/cards/assets.ts';
import { loadRepertoire } from '../../../src/cards/repertoire.ts';
import { undrawableGraphemes } from '../../../src/cards/coverage.ts';
import type { CardModel } from '../../../src/cards/model.ts';
import satori from 'satori';
import type { Style } from '../../../src/cards/element.ts';
import { largestSizes, settingsFor } from '../../../src/cards/fit.ts';
import { layoutCard, rasterize, renderCardPng, type CardAssets } from '../../../src/cards/render.ts';
import { cardElement, textFits } from '../../../src/cards/templates.ts';
import { CARD } from '../../../src/lib/constants.ts';
import { inkIn, pngSize } from '../../helpers/png.ts';

const assets = loadCardAssets();

/** The graphemes satori finds in no font and no emoji picture while it lays out `model`. */
async function missingGlyphs(model: CardModel, with_: CardAssets = assets): Promise<string[]> {
  const missing: string[] = [];
  await layoutCard(model, with_, { onMissingGlyph: (grapheme) => missing.push(grapheme) });
  return [...new Set(missing)];
}

const texts = (model: CardModel) => Object.values(model).filter((value): value is string => typeof value === 'string');

describe('a card mixing Ukrainian, Hebrew, Arabic, Greek and emoji', () => {
  test('draws every character: satori finds each one in a font or the emoji set', async () => {
    expect(await missingGlyphs(MIXED_SCRIPTS_CARD)).toEqual([]);
    const repertoire = loadRepertoire();
    expect(texts(MIXED_SCRIPTS_CARD).flatMap((text) => undrawableGraphemes(text, repertoire))).toEqual([]);
  });

  test('draws the emoji as pictures: the flag’s own yellow is on the card', async () => {
    const { pixels } = await inkIn(await renderCardPng(MIXED_SCRIPTS_CARD, assets));
    let yellow = 0;
    // Twemoji's flag of Ukraine is #005bbb over #ffd500; nothing else on a card is that yellow.
    for (let at = 0; at < pixels.length; at += 4) if (pixels[at] === 0xff && pixels[at + 1] === 0xd5 && pixels[at + 2] === 0x00) yellow++;
    expect(yellow).toBeGreaterThan(500);
  });

  test('without the emoji set, satori reports the emoji it cannot draw', async () => {
    const noEmoji = { ...assets, emoji: { has: () => false, svg: () => '' } };
    expect(await missingGlyphs(MIXED_SCRIPTS_CARD, noEmoji)).toEqual(['🇺🇦', '👍🏽', '❤️', '🏳️‍🌈', '#️⃣']);
  });

  test('without the Arabic and Hebrew fonts, satori reports their letters', async () => {
    const rightToLeft = ['Amiri', 'IBM Plex Sans Arabic', 'Frank Ruhl Libre', 'Noto Sans Hebrew'];
    const without = { ...assets, fonts: assets.fonts.filter((font) => !rightToLeft.includes(font.name)) };
    const missing = await missingGlyphs(MIXED_SCRIPTS_CARD, without);
    expect(missing).toEqual(expect.arrayContaining(['י', 'ר', 'ש', 'د', 'و', 'ن']));
    expect(missing.every((grapheme) => /[\p{Script=Hebrew}\p{Script=Arabic}]/u.test(grapheme))).toBe(true);
  });

  test('is 1200×630, and the same bytes every time', async () => {
    const png = await renderCardPng(MIXED_SCRIPTS_CARD, assets);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(await renderCardPng(MIXED_SCRIPTS_CARD, assets)).equals(Buffer.from(png))).toBe(true);
  });
});

describe('the fonts a card is given', () => {
  // satori parses every font it is given; a card in Latin and Cyrillic gets the core ones only.
  const coreOnly = { ...assets, fonts: [] };

  test.each(SAMPLE_CARDS.map((model) => [model.title.slice(0, 40), model] as const))('“%s…” needs only the core fonts, and draws the same as with them all', async (_title, model) => {
    const png = await renderCardPng(model, coreOnly);
    expect(Buffer.from(png).equals(Buffer.from(await renderCardPng(model, { ...assets, coreFonts: assets.fonts })))).toBe(true);
  });

  test.each([
    ['Greek', 'Ελλάδα'],
    ['Hebrew', 'ירושלים'],
    ['Arabic', 'دونباس'],
    ['Vietnamese', 'Nguyễn'],
  ])('a card with %s is given every font', async (_name, title) => {
    await expect(renderCardPng({ kind: 'term', kicker: 'Glossary', title }, coreOnly)).rejects.toThrow('No fonts are loaded');
  });
});

describe('right to left', () => {
  /** The ink in the left and right halves of the title block. */
  async function titleInk(title: string) {
    const layout = await layoutCard({ kind: 'term', kicker: 'Glossary', title }, assets);
    const { left, top, width, height } = layout.blocks['title']!;
    const png = await rasterize(layout.svg);
    const half = Math.floor(width / 2);
    return {
      left: (await inkIn(png, { left, top, width: half, height })).inked,
      right: (await inkIn(png, { left: left + half, top, width: width - half, height })).inked,
    };
  }

  test.each([
    ['an Arabic title starts at the right', 'دونباس', 'right'],
    ['a Hebrew title starts at the right', 'ירושלים', 'right'],
    ['a Latin title starts at the left', 'Donbas', 'left'],
    ['a Latin title with an Arabic word starts at the left', 'Donbas (دونباس)', 'left'],
  ])('%s', async (_name, title, side) => {
    const ink = await titleInk(title);
    expect(ink[side === 'right' ? 'right' : 'left']).toBeGreaterThan(500);
    expect(ink[side === 'right' ? 'left' : 'right']).toBe(0);
  });
});

describe('Arabic vowel marks', () => {
  test('are left out, so the letters draw exactly as unvowelled text', async () => {
    const card = (title: string): CardModel => ({ kind: 'term', kicker: 'Glossary', title });
    const vowelled = await renderCardPng(card('مُحَمَّد'), assets);
    expect(Buffer.from(vowelled).equals(Buffer.from(await renderCardPng(card('محمد'), assets)))).toBe(true);
  });
});

describe('italic quotes', () => {
  /** The SVG of a quote card, its frame's style changed by `restyle`. */
  async function quoteSvg(quote: string, restyle: (style: Style) => Style = (style) => style): Promise<string> {
    const model: CardModel = { kind: 'quote', kicker: 'Pull quote', quote, cite: 'Someone', title: 'An article' };
    const fits = textFits(model);
    const element = cardElement(model, settingsFor(fits, largestSizes(fits), false));
    const root = { ...element, props: { ...element.props, style: restyle(element.props.style) } };
    return satori(root as unknown as Parameters<typeof satori>[0], { ...CARD, fonts: assets.fonts });
  }
  const allowSynthesis = ({ fontSynthesis: _none, ...style }: Style) => style;

  test.each([
    ['Hebrew', 'שלום עולם'],
    ['Arabic', 'مرحبا بالعالم'],
  ])('%s stays upright: satori would slant its upright face, the card tells it not to', async (_name, quote) => {
    expect(await quoteSvg(quote)).not.toBe(await quoteSvg(quote, allowSynthesis));
  });

  test('Latin has a real italic, so it is drawn the same either way', async () => {
    expect(await quoteSvg('Signal to Moscow')).toBe(await quoteSvg('Signal to Moscow', allowSynthesis));
  });
});
