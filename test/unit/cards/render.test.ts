/**
 * The card templates, drawn for real with the card fonts: text fitting, escaping, Cyrillic, and
 * the PNG itself. The longest real titles come from content/, so a new long title is covered too.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCardAssets } from '../../../src/cards/assets.ts';
import { BODY, CONTENT } from '../../../src/cards/frame.ts';
import type { CardModel } from '../../../src/cards/model.ts';
import { layoutCard, rasterize, renderCardPng, type CardLayout } from '../../../src/cards/render.ts';
import { SAMPLE_CARDS } from '../../../src/cards/samples.ts';
import { CARD, CARD_CROPS } from '../../../src/lib/constants.ts';
import { readFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { readContentFiles } from '../../../scripts/lib/content/read-content.ts';
import { inkIn, pngSize } from '../../helpers/png.ts';

const assets = loadCardAssets();
const { fonts } = assets;
/** The assets with only some of the fonts. */
const withFonts = (subset: typeof fonts) => ({ ...assets, fonts: subset, coreFonts: subset });

/** Every text block lies inside the body or the frame's own rows, and inside the side margins. */
function expectInsideFrame(layout: CardLayout): void {
  for (const [key, box] of Object.entries(layout.blocks)) {
    expect.soft(box.left, `${key} left`).toBeGreaterThanOrEqual(CONTENT.left);
    expect.soft(box.left + box.width, `${key} right`).toBeLessThanOrEqual(CONTENT.right);
    expect.soft(box.top, `${key} top`).toBeGreaterThanOrEqual(CONTENT.top);
    expect.soft(box.top + box.height, `${key} bottom`).toBeLessThanOrEqual(CONTENT.bottom);
    if (key !== 'kicker' && key !== 'credit') {
      expect.soft(box.top, `${key} below the header`).toBeGreaterThanOrEqual(BODY.top);
      expect.soft(box.top + box.height, `${key} above the footer`).toBeLessThanOrEqual(BODY.top + BODY.height);
    }
  }
}

/** The right margin, below the accent bar: nothing may be drawn there, so a non-blank strip means text overflowed. */
const RIGHT_MARGIN = { left: CONTENT.right + 2, top: CONTENT.top, width: CARD.width - CONTENT.right - 2, height: CARD.height - CONTENT.top };

const longest = (values: string[]) => values.reduce((a, b) => (b.length > a.length ? b : a), '');

describe('text fitting', () => {
  let real: { article: string; event: string; term: string; short: string };
  beforeAll(async () => {
    const entries = (await readContentFiles('content')).map((file) => ({ file, read: readFrontmatter(file.text) }));
    const field = (collection: string, name: string) =>
      entries.flatMap(({ file, read }) => (file.collection === collection && read.ok ? [String(read.frontmatter.data[name])] : []));
    real = { article: longest(field('articles', 'title')), event: longest(field('timeline', 'title')), term: longest(field('glossary', 'term')), short: longest(field('glossary', 'short')) };
  });

  test('the longest real titles fit without being clamped, inside the frame', async () => {
    for (const model of [
      { kind: 'article', kicker: 'Wire story', title: real.article, dek: real.short },
      { kind: 'event', kicker: 'Timeline · Diplomacy', title: real.event, dek: real.short, date: '29 January – 4 February 2017' },
      { kind: 'term', kicker: 'Glossary', title: real.term, dek: real.short },
    ] satisfies CardModel[]) {
      const layout = await layoutCard(model, assets);
      expect(layout.blocks['title']!.clamped, model.title).toBe(false);
      expectInsideFrame(layout);
    }
  });

  test('a short title gets the largest size; a longer one shrinks', async () => {
    const short = await layoutCard({ kind: 'term', kicker: 'Glossary', title: 'MAP' }, assets);
    const long = await layoutCard({ kind: 'term', kicker: 'Glossary', title: 'A title that needs four lines at the largest size: '.repeat(3) }, assets);
    expect(short.blocks['title']!.fontSize).toBe(72);
    expect(long.blocks['title']!.fontSize).toBeLessThan(72);
    expect(long.blocks['title']!.clamped).toBe(false);
  });

  test.each<[string, CardModel, string[]]>([
    ['a 200-character word', { kind: 'event', kicker: 'Timeline', title: 'x'.repeat(200), dek: 'y'.repeat(400) }, ['title', 'dek']],
    ['a very long title and dek', SAMPLE_CARDS.at(-1)!, ['title', 'dek']],
    ['a kicker and credit longer than their line', { kind: 'term', kicker: 'Glossary · '.repeat(12), title: 'MAP', credit: 'Also: '.repeat(40) }, ['kicker', 'credit']],
    ['a very long quote', { kind: 'quote', kicker: 'Pull quote', quote: 'We very much doubt that this will help. '.repeat(12), cite: 'Dmitry Peskov', title: 'x' }, ['quote']],
  ])('%s is clamped at the smallest size, and nothing is drawn outside the frame', async (_name, model, clampedKeys) => {
    const layout = await layoutCard(model, assets);
    for (const key of clampedKeys) expect(layout.blocks[key]!.clamped, key).toBe(true);
    expectInsideFrame(layout);
    expect((await inkIn(await rasterize(layout.svg), RIGHT_MARGIN)).inked).toBe(0);
  });
});

describe('escaping', () => {
  test('markup and entities in text are drawn as text: the SVG stays well-formed and holds no markup of ours', async () => {
    const title = `Tom & Jerry's "<script>alert(1)</script>" <b>1 < 2</b> &amp; ]]>`;
    const layout = await layoutCard({ kind: 'article', kicker: 'A & B <i>', title, dek: '</svg>' }, assets);
    expect(layout.svg).not.toContain('<script');
    expect(layout.svg).not.toContain('<b>');
    expect(layout.svg.match(/<\/svg>/g)).toHaveLength(1);
    // resvg refuses malformed XML, so drawing it proves the SVG parses.
    expect(pngSize(await rasterize(layout.svg))).toEqual(CARD);
    expect(layout.blocks['title']!.clamped).toBe(false);
  });
});

describe('Cyrillic', () => {
  const title = { left: BODY.left, top: BODY.top, width: BODY.width, height: BODY.height };
  const card = (text: string): CardModel => ({ kind: 'term', kicker: 'Glossary', title: text });

  test('"Донбас" is drawn in the Cyrillic subset, not as missing-glyph boxes', async () => {
    const latinOnly = fonts.filter((font) => !font.name.endsWith('Cyrillic'));
    const drawn = await inkIn(await renderCardPng(card('Донбас'), assets), title);
    const missing = await inkIn(await renderCardPng(card('Донбас'), withFonts(latinOnly)), title);
    expect(drawn.inked).toBeGreaterThan(2000);
    expect(drawn.pixels.equals(missing.pixels)).toBe(false);
  });

  test.each([
    ['title', 'serif', 'Source Serif 4 Cyrillic', 'Inter Cyrillic'],
    ['dek', 'sans', 'Inter Cyrillic', 'Source Serif 4 Cyrillic'],
  ])('Cyrillic in the %s comes from the %s face’s own Cyrillic subset', async (key, _face, own, other) => {
    const model: CardModel = { kind: 'term', kicker: 'Glossary', title: 'Донбас', dek: 'Донбас' };
    const region = async (set: typeof fonts) => {
      const layout = await layoutCard(model, withFonts(set));
      const { left, top, width, height } = layout.blocks[key]!;
      return (await inkIn(await rasterize(layout.svg), { left, top, width, height })).pixels;
    };
    const all = await region(fonts);
    // Without the other face's Cyrillic nothing changes; without its own, satori has to fall back elsewhere.
    expect(all.equals(await region(fonts.filter((font) => font.name !== other)))).toBe(true);
    expect(all.equals(await region(fonts.filter((font) => font.name !== own)))).toBe(false);
  });

  test('"Donbas (Донбас)" draws its Latin and its Cyrillic', async () => {
    const both = await inkIn(await renderCardPng(card('Donbas (Донбас)'), assets), title);
    const latin = await inkIn(await renderCardPng(card('Donbas'), assets), title);
    expect(both.inked).toBeGreaterThan(latin.inked * 1.5);
  });
});

describe('the 4:3 and 1:1 crops of an article card', () => {
  const article = SAMPLE_CARDS.find((model) => model.kind === 'article')!;

  test.each(Object.entries(CARD_CROPS))('%s is drawn at its size, its text set as on the card, the extra height around it', async (_crop, size) => {
    const card = await layoutCard(article, assets);
    const crop = await layoutCard(article, assets, { size });
    const extra = size.height - CARD.height;
    for (const [key, box] of Object.entries(card.blocks)) {
      const moved = crop.blocks[key]!;
      expect([moved.fontSize, moved.width, moved.height, moved.clamped], key).toEqual([box.fontSize, box.width, box.height, box.clamped]);
      // The kicker stays at the top, the credit moves to the new bottom, the body is centred between them.
      const shift = key === 'kicker' ? 0 : key === 'credit' ? extra : extra / 2;
      expect(Math.abs(moved.top - box.top - shift), key).toBeLessThanOrEqual(1);
    }
    const png = await renderCardPng(article, assets, size);
    expect(pngSize(png)).toEqual(size);
    expect(Buffer.from(await renderCardPng(article, assets, size)).equals(Buffer.from(png))).toBe(true);
  });
});

describe('the PNG', () => {
  test.each(SAMPLE_CARDS.map((model) => [model.kind, model.title.slice(0, 30), model] as const))(
    '%s card “%s…” is 1200×630, not blank, and the same bytes every time',
    async (_kind, _title, model) => {
      const png = await renderCardPng(model, assets);
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      const ink = await inkIn(png);
      // Anti-aliased text gives dozens of shades; a blank or single-colour card has one or two.
      expect(ink.colours).toBeGreaterThan(32);
      expect(ink.inked / (CARD.width * CARD.height)).toBeGreaterThan(0.03);
      expect(Buffer.from(await renderCardPng(model, assets)).equals(Buffer.from(png))).toBe(true);
      expect(png.byteLength).toBeLessThanOrEqual(150 * 1024);
    },
  );
});
