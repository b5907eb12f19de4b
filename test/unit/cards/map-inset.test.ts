/**
 * The card inset, drawn the way the card pipeline draws a card: satori lays the card out, the
 * inset group (the map, its names as outlines in the card's fonts) is added to satori's SVG, and
 * the card rasterizer makes the PNG.
 */
import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { loadCardAssets } from '../../../src/cards/assets.ts';
import { rasterize } from '../../../src/cards/render.ts';
import { insetGroup, makeOutliner, withInset, type LineStyle } from '../../../src/cards/map-inset.ts';
import { drawMap, type DrawnMap } from '../../../src/lib/maps/draw.ts';
import { COLORS, CARD } from '../../../src/lib/constants.ts';
import { loadBasemap } from '../../../src/node/basemap.ts';
import { inkIn, pngSize } from '../../helpers/png.ts';
import { ARTICLE_PLACES, AVDIIVKA } from '../lib/maps/places.ts';

const assets = loadCardAssets();
const basemap = loadBasemap();
/** Where the test card puts the inset. */
const AT = { left: 800, top: 180 };

const outline = makeOutliner(assets.coreFonts);

/** A 1200 × 630 card on the paper colour with the inset of `map` at AT, as a PNG. */
async function card(map: DrawnMap): Promise<Uint8Array> {
  const root = { type: 'div', props: { style: { display: 'flex', width: CARD.width, height: CARD.height, backgroundColor: COLORS.paper } } };
  const svg = await satori(root as never, { width: CARD.width, height: CARD.height, fonts: assets.coreFonts });
  return rasterize(withInset(svg, await insetGroup(map, AT.left, AT.top, outline)));
}

/** The colour of one pixel, as #rrggbb. */
async function colourAt(png: Uint8Array, x: number, y: number): Promise<string> {
  const { pixels } = await inkIn(png, { left: Math.round(x), top: Math.round(y), width: 1, height: 1 });
  return `#${[...pixels.subarray(0, 3)].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

describe.each<[string, DrawnMap]>([
  ['one pin', drawMap(basemap, { kind: 'card', places: [AVDIIVKA] })],
  ['the article’s six places', drawMap(basemap, { kind: 'card', places: ARTICLE_PLACES })],
])('a card with an inset of %s', (_name, map) => {
  test('is a 1200 × 630 PNG with each pin drawn in the accent colour where the map put it', async () => {
    const png = await card(map);
    expect(pngSize(png)).toEqual(CARD);
    for (const place of map.places.filter((place) => place.id !== 'crimea')) {
      expect(await colourAt(png, AT.left + place.x, AT.top + place.y), place.name).toBe(COLORS.accent);
    }
  });

  test('draws the names: without them the label boxes are bare map', async () => {
    const withNames = await card(map);
    const bare = await card({ ...map, labels: [] });
    for (const label of map.labels) {
      const region = { left: AT.left + Math.floor(label.box.x0), top: AT.top + Math.floor(label.box.y0), width: Math.ceil(label.box.x1 - label.box.x0), height: Math.ceil(label.box.y1 - label.box.y0) };
      const named = await inkIn(withNames, region);
      const unnamed = await inkIn(bare, region);
      expect(named.pixels.equals(unnamed.pixels), label.lines[0]).toBe(false);
    }
  });

  test('comes out the same, byte for byte, every time', async () => {
    expect(Buffer.from(await card(map)).equals(Buffer.from(await card(map)))).toBe(true);
  });
});

describe('the inset group', () => {
  const map = drawMap(basemap, { kind: 'card', places: [AVDIIVKA] });

  test('holds the map, moved to its place on the card, and a path per line of names', async () => {
    const group = await insetGroup(map, 800, 180, outline);
    expect(group.startsWith('<g transform="translate(800 180)"><defs>')).toBe(true);
    expect(group).not.toContain('<svg');
    const names = [...group.matchAll(/<path transform="translate\([^)]+\)" d="[^"]+" fill="(#[0-9a-f]{6})"\/>/g)];
    expect(names.map((match) => match[1])).toEqual(map.labels.flatMap((label) => label.lines.map(() => (label.role === 'country' ? COLORS.muted : COLORS.ink))));
  });

  test('is drawn last, over the card', () => {
    expect(withInset('<svg><rect/></svg>', '<g/>')).toBe('<svg><rect/><g/></svg>');
    expect(() => withInset('<div/>', '<g/>')).toThrow(new Error('The card is not an SVG document: it has no closing </svg>.'));
  });
});

describe('the outliner', () => {
  test('sets each line once, and measures it', async () => {
    const line: LineStyle = { text: 'Avdiivka', size: 22, caps: false };
    const first = outline(line);
    expect(outline({ ...line })).toBe(first);
    const { d, width } = await first;
    expect(d).toMatch(/^M[\d.]+ [\d.]+/);
    // Inter at 22 px: a little under 0.5 em a letter for this name.
    expect(width).toBeGreaterThan(70);
    expect(width).toBeLessThan(110);
  });

  test('sets country names in spaced capitals, wider than the plain name', async () => {
    const plain = await outline({ text: 'UKRAINE', size: 17, caps: false });
    const spaced = await outline({ text: 'UKRAINE', size: 17, caps: true });
    expect(spaced.width).toBeGreaterThan(plain.width);
  });
});
