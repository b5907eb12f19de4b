/**
 * The card inset, drawn the way the card pipeline draws a card: satori lays the card out, the
 * inset's two layers (the map under its pins, drawn once per background; the names as outlines in
 * the card's fonts, the pins and the frame over it) are drawn apart and put into the card's pixels,
 * and the card's encoder makes the PNG.
 */
import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { loadCardAssets } from '../../../src/cards/assets.ts';
import { drawSvg, encodeCard } from '../../../src/cards/render.ts';
import { drawInset, insetDocuments, makeOutliner, type LineStyle } from '../../../src/cards/map-inset.ts';
import { drawOver, paste, type Pixels } from '../../../src/cards/pixels.ts';
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

/** A blank 1200 × 630 card on the paper colour, as pixels. */
async function blankCard(): Promise<Pixels> {
  const root = { type: 'div', props: { style: { display: 'flex', width: CARD.width, height: CARD.height, backgroundColor: COLORS.paper } } };
  return drawSvg(await satori(root as never, { width: CARD.width, height: CARD.height, fonts: assets.coreFonts }));
}

/** A clear canvas of the map's size. */
function canvas(map: DrawnMap): Pixels {
  return { data: new Uint8Array(map.width * map.height * 4), width: map.width, height: map.height };
}

/** The blank card with the inset of `map` at AT, as a PNG. */
async function card(map: DrawnMap): Promise<Uint8Array> {
  const pixels = await blankCard();
  await drawInset(pixels, map, { x: AT.left, y: AT.top }, outline, drawSvg);
  return encodeCard(pixels);
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

describe('the inset drawn in two layers', () => {
  const map = drawMap(basemap, { kind: 'card', places: [AVDIIVKA] });

  // resvg rounds inside its own pipeline: a few hundred channels of the 462,400 differ by 1 or 2 (of 255), which no eye sees.
  test('looks as the whole map drawn in one pass does: no channel of any pixel is off by more than 2', async () => {
    const { under, over } = await insetDocuments(map, outline);
    // One document: the layer over the pins after the one under them, the hatch defined once.
    const content = (svg: string) => svg.slice(svg.indexOf('>') + 1, svg.lastIndexOf('</svg>'));
    const onePass = drawSvg(under.replace('</svg>', content(over).replace(map.layers.defs, '') + '</svg>'));
    const layered = canvas(map);
    await drawInset(layered, map, { x: 0, y: 0 }, outline, drawSvg);
    let worst = 0;
    for (let i = 0; i < onePass.data.length; i++) worst = Math.max(worst, Math.abs(onePass.data[i]! - layered.data[i]!));
    expect(worst).toBeLessThanOrEqual(2);
  });

  test('draws the layer under the pins once for the maps that share a background, and the layer over it for each', async () => {
    // A place close enough to Avdiivka to share its snapped view: the same background, another pin.
    const near = { ...AVDIIVKA, id: 'near-avdiivka', name: 'Near Avdiivka', lat: AVDIIVKA.lat + 0.05 };
    const [first, second] = [map, drawMap(basemap, { kind: 'card', places: [near] })];
    expect(second.backgroundKey).toBe(first.backgroundKey);
    // A key of this test's own, so that no drawing kept by an earlier test is reused.
    const backgroundKey = `${first.backgroundKey}|this test`;
    const drawn: string[] = [];
    const counting = (svg: string) => (drawn.push(svg), drawSvg(svg));
    await drawInset(canvas(first), { ...first, backgroundKey }, { x: 0, y: 0 }, outline, counting);
    const reused = canvas(second);
    await drawInset(reused, { ...second, backgroundKey }, { x: 0, y: 0 }, outline, counting);
    const [ofFirst, ofSecond] = [await insetDocuments(first, outline), await insetDocuments(second, outline)];
    expect(drawn).toEqual([ofFirst.under, ofFirst.over, ofSecond.over]);
    // …and the second looks as if its own layer under the pins had been drawn.
    const own = canvas(second);
    paste(own, drawSvg(ofSecond.under), 0, 0);
    drawOver(own, drawSvg(ofSecond.over), 0, 0);
    expect(Buffer.compare(reused.data, own.data)).toBe(0);
  });

  test('puts the map under the pins and the names, pins and frame over it, each layer a document of the map’s size', async () => {
    const { under, over } = await insetDocuments(map, outline);
    for (const svg of [under, over]) expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 340 340" width="340" height="340"><defs>/);
    expect(under).not.toContain('<circle');
    expect(over).toContain('<circle');
    const names = [...over.matchAll(/<path transform="translate\([^)]+\)" d="[^"]+" fill="(#[0-9a-f]{6})"\/>/g)];
    expect(names.map((match) => match[1])).toEqual(map.labels.flatMap((label) => label.lines.map(() => (label.role === 'country' ? COLORS.muted : COLORS.ink))));
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
