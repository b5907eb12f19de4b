/**
 * Drawing maps: every kind, with the places the site will pin. The frame holds every pin, labels
 * never collide, the SVG is accessible and themeable, the same input gives the same bytes, and
 * the maps stay small.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { checkPlaces, drawMap, type DrawnMap } from '../../../../src/lib/maps/draw.ts';
import { KINDS, type MapKind } from '../../../../src/lib/maps/kinds.ts';
import { inside, overlaps } from '../../../../src/lib/maps/labels.ts';
import { prepareBasemap } from '../../../../src/lib/maps/prepare.ts';
import type { MapPlace } from '../../../../src/lib/maps/types.ts';
import { COLORS } from '../../../../src/lib/constants.ts';
import { loadBasemap, readAtlas } from '../../../../src/node/basemap.ts';
import { ALL_PLACES, ARTICLE_PLACES, AVDIIVKA, BRUSSELS, KYIV, MOSCOW, SIMFEROPOL, WASHINGTON } from './places.ts';

const basemap = loadBasemap();

/** The maps the site draws, with the places it will pin on them. */
const MAPS: [string, MapKind, readonly MapPlace[]][] = [
  ['the article’s locator', 'locator', ARTICLE_PLACES],
  ['an event in Avdiivka', 'event', [AVDIIVKA]],
  ['an event in Washington and Kyiv', 'event', [WASHINGTON, KYIV]],
  ['an event in Moscow and Crimea', 'event', [MOSCOW, ARTICLE_PLACES[4]!]],
  ['the /places/ overview', 'overview', ALL_PLACES],
  ['the page of Simferopol', 'place', [SIMFEROPOL]],
  ['the page of Brussels', 'place', [BRUSSELS]],
  ['a card for Avdiivka', 'card', [AVDIIVKA]],
  ['a card for the article', 'card', ARTICLE_PLACES],
];

describe.each(MAPS)('%s (%s)', (_name, kind, places) => {
  const map = drawMap(basemap, { kind, places });
  const preset = KINDS[kind];
  const frame = { x0: 0, y0: 0, x1: preset.width, y1: preset.height };

  test('every pin lies inside the frame', () => {
    expect(map.places.map((place) => place.id)).toEqual(places.map((place) => place.id));
    for (const place of map.places) {
      expect(place.x).toBeGreaterThanOrEqual(preset.pin);
      expect(place.x).toBeLessThanOrEqual(preset.width - preset.pin);
      expect(place.y).toBeGreaterThanOrEqual(preset.pin);
      expect(place.y).toBeLessThanOrEqual(preset.height - preset.pin);
    }
  });

  test('no label overlaps another, or a pin, or leaves the frame', () => {
    const pins = map.places.filter((place) => !places.find((p) => p.id === place.id)!.area).map((place) => ({ x0: place.x - preset.pin, y0: place.y - preset.pin, x1: place.x + preset.pin, y1: place.y + preset.pin }));
    for (const [i, label] of map.labels.entries()) {
      expect(inside(label.box, frame, 0), label.lines[0]).toBe(true);
      for (const other of map.labels.slice(i + 1)) expect(overlaps(label.box, other.box, 0), `${label.lines[0]} / ${other.lines[0]}`).toBe(false);
      for (const pin of pins) expect(overlaps(label.box, pin, 0), label.lines[0]).toBe(false);
    }
  });

  test('the same input gives the same bytes, whether the background came from the cache or a fresh basemap', () => {
    expect(drawMap(basemap, { kind, places }).svg).toBe(map.svg);
    expect(drawMap(prepareBasemap(readAtlas()), { kind, places }).svg).toBe(map.svg);
  });

  test('the text alternative names every place', () => {
    for (const place of places) expect(map.alt).toContain(place.name);
  });

  test('it is a well-formed SVG of the kind’s size, every number rounded to a tenth of a pixel', () => {
    expect(map.svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${preset.width} ${preset.height}" width="${preset.width}" height="${preset.height}"`));
    expect(map.svg.endsWith('</svg>')).toBe(true);
    expect(map.svg).not.toMatch(/\d\.\d\d/);
  });
});

describe('the site’s maps', () => {
  const map = drawMap(basemap, { places: ARTICLE_PLACES, id: 'article-map' });

  test('are images with a title and a description, which is the text alternative', () => {
    expect(map.svg).toContain('role="img" aria-labelledby="article-map-title" aria-describedby="article-map-desc"');
    expect(map.svg).toContain(`<title id="article-map-title">${map.title}</title><desc id="article-map-desc">${map.alt}</desc>`);
    expect(map.title).toBe('Map of 6 places');
    expect(map.alt).toMatchInlineSnapshot(`"Map showing Avdiivka, Donetsk, Zolote, Luhansk, Crimea and Kyiv in Ukraine. Crimea, hatched, is Ukrainian territory annexed by Russia in 2014."`);
    expect(drawMap(basemap, { places: ARTICLE_PLACES, title: 'Where the story happened' }).svg).toContain('>Where the story happened</title>');
  });

  test('name every place on the map', () => {
    expect(map.places.every((place) => place.labelled)).toBe(true);
    expect(map.labels.map((label) => label.lines[0])).toEqual(expect.arrayContaining(['Avdiivka', 'Donetsk', 'Zolote', 'Luhansk', 'Crimea', 'Kyiv', 'UKRAINE']));
  });

  test('take every colour from the site’s tokens, with the light ones as fallbacks, and system colours in forced-colors mode', () => {
    const colours = [...map.svg.matchAll(/(?:fill|stroke):([^;}]+)/g)].map((match) => match[1]!);
    for (const colour of colours) expect(colour).toMatch(/^(var\(--color-[a-z]+,#[0-9a-f]{6}\)|none|Canvas|CanvasText|LinkText|Highlight|url\(#[a-z-]+\))$/);
    expect(map.svg).toContain('@media (forced-colors:active)');
    expect(map.svg).not.toMatch(/ (fill|stroke)="#/);
  });

  test('carry patterns and strokes, not colour alone: the hatch and the dashed isthmus print in black and white', () => {
    expect(map.svg).toMatch(/<pattern id="article-map-hatch"[^>]*><path [^>]*class="bgm-hatch"\/><\/pattern>/);
    expect(map.svg).toMatch(/\.bgm-isthmus\{[^}]*stroke-dasharray/);
  });

  test('on the /places/ overview, each pin is a link to its page, named for its place, in the order given', () => {
    const overview = drawMap(basemap, { kind: 'overview', places: ALL_PLACES });
    const links = [...overview.svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)">((?:(?!<\/a>).)*)<\/a>/g)];
    expect(links.map(([, href, name]) => [href, name])).toEqual(ALL_PLACES.map((place) => [place.href, place.name]));
    for (const [, , , content] of links) expect(content).toContain('<circle');
    expect(overview.svg).toMatch(/<a href="\/places\/kyiv\/" aria-label="Kyiv">(?:(?!<\/a>).)*>Kyiv<\/text>/);
  });

  test('a map of links is a group, not an image (an image’s content is hidden), with its other names hidden from assistive technology', () => {
    const overview = drawMap(basemap, { kind: 'overview', places: ALL_PLACES, id: 'overview' });
    expect(overview.svg).toContain('role="group" aria-labelledby="overview-title" aria-describedby="overview-desc"');
    expect(overview.svg).toMatch(/<g aria-hidden="true">(<text [^>]*>[^<]*(<tspan[^>]*>[^<]*<\/tspan>)*<\/text>|<rect [^>]*\/>|<path [^>]*\/>)+<\/g>/);
    expect(map.svg).toContain('role="img"');
    expect(map.svg).not.toContain('aria-hidden');
  });

  test('escape what they write', () => {
    const hostile = drawMap(basemap, { kind: 'place', places: [{ id: 'x', name: 'Tom & Jerry <b>"', lat: 48, lon: 37, href: '/places/x/?a=1&b="2"' }], title: '</title><script>' });
    expect(hostile.svg).toContain('Tom &amp; Jerry &lt;b&gt;&quot;');
    expect(hostile.svg).not.toContain('<script>');
    expect(hostile.svg).not.toContain('<b>');
  });

  test('get ids of their own: from the kind and the places, or as given', () => {
    const a = drawMap(basemap, { places: [AVDIIVKA] });
    const b = drawMap(basemap, { places: [KYIV] });
    expect(a.svg.match(/<title id="([^"]+)"/)![1]).not.toBe(b.svg.match(/<title id="([^"]+)"/)![1]);
    expect(a.svg).toBe(drawMap(basemap, { places: [AVDIIVKA] }).svg);
  });

  test('take a frame of another size', () => {
    const wide = drawMap(basemap, { places: ARTICLE_PLACES, width: 640, height: 360 });
    expect([wide.width, wide.height]).toEqual([640, 360]);
    expect(wide.svg).toContain('viewBox="0 0 640 360"');
  });
});

describe('the card inset', () => {
  const map = drawMap(basemap, { kind: 'card', places: [AVDIIVKA] });

  test('has literal colours from the card palette, no style sheet, no text (the card sets the names)', () => {
    expect(map.svg).not.toContain('var(');
    expect(map.svg).not.toContain('<style');
    expect(map.svg).not.toContain('<text');
    expect(map.svg).toContain(`fill="${COLORS.accent}"`);
    expect(map.svg).toContain(`fill="${COLORS.paper}"`);
    expect(map.labels.map((label) => label.lines.join(' '))).toEqual(['Crimea annexed by Russia, 2014', 'Avdiivka', 'UKRAINE', 'RUSSIA']);
  });

  test('is its two layers, the one under the pins named by the background it shares with nearby places', () => {
    expect(map.svg).toContain(map.layers.defs + map.layers.under + map.layers.over + '</svg>');
    const near = drawMap(basemap, { kind: 'card', places: [{ ...AVDIIVKA, id: 'near', name: 'Near', lat: AVDIIVKA.lat + 0.05 }] });
    expect(near.backgroundKey).toBe(map.backgroundKey);
    // The same shapes; only the hatch's id, made from the places, differs.
    expect(near.layers.under.replaceAll(/map-[a-z0-9]+-hatch/g, 'hatch')).toBe(map.layers.under.replaceAll(/map-[a-z0-9]+-hatch/g, 'hatch'));
    expect(near.layers.over).not.toBe(map.layers.over);
    expect(drawMap(basemap, { kind: 'card', places: [KYIV] }).backgroundKey).not.toBe(map.backgroundKey);
    // Another basemap may draw other shapes: its keys never meet this one's.
    expect(drawMap(prepareBasemap(readAtlas()), { kind: 'card', places: [AVDIIVKA] }).backgroundKey).not.toBe(map.backgroundKey);
    // The article's map is fitted to its places, not snapped: nothing to share.
    expect(drawMap(basemap, { kind: 'locator', places: ARTICLE_PLACES }).backgroundKey).toBeUndefined();
  });
});

describe('size', () => {
  const bytes = (map: DrawnMap) => ({ raw: map.svg.length, gzip: gzipSync(map.svg).length });

  test.each<[string, MapKind, readonly MapPlace[], number, number]>([
    ['the article’s locator', 'locator', ARTICLE_PLACES, 12_000, 4_096],
    ['an event map', 'event', [AVDIIVKA], 10_000, 3_500],
    ['a place page’s map', 'place', [SIMFEROPOL], 12_000, 4_096],
    ['a card inset', 'card', [AVDIIVKA], 12_000, 4_096],
    ['the /places/ overview (the world, from Washington to Moscow)', 'overview', ALL_PLACES, 60_000, 20_000],
  ])('%s stays under %i bytes, %i gzipped', (_name, kind, places, raw, gzip) => {
    const size = bytes(drawMap(basemap, { kind, places }));
    expect(size.raw).toBeLessThanOrEqual(raw);
    expect(size.gzip).toBeLessThanOrEqual(gzip);
  });
});

describe('places that cannot be drawn', () => {
  test.each<[string, MapPlace[], string]>([
    ['none', [], 'A map needs at least one place to pin.'],
    ['the same place twice', [KYIV, KYIV], 'The place `kyiv` is given twice: pin each place once.'],
    ['a latitude past the pole', [{ ...KYIV, lat: 95 }], 'The place `kyiv` has latitude `95`: a latitude is a number from -90 (south) to 90 (north), in decimal degrees.'],
    ['a longitude off the map', [{ ...KYIV, lon: -181 }], 'The place `kyiv` has longitude `-181`: a longitude is a number from -180 (west) to 180 (east), in decimal degrees.'],
    ['coordinates that are not numbers', [{ ...KYIV, lat: Number.NaN }], 'The place `kyiv` has latitude `NaN`: a latitude is a number from -90 (south) to 90 (north), in decimal degrees.'],
  ])('%s', (_name, places, message) => {
    expect(() => checkPlaces(places)).toThrow(new Error(message));
    expect(() => drawMap(basemap, { places })).toThrow(new Error(message));
  });
});
