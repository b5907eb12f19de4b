/**
 * The Crimea test. Natural Earth draws the de facto line and puts Crimea in Russia; the maps draw
 * the internationally recognised border (UN General Assembly resolution 68/262): Crimea inside
 * Ukraine's outline, hatched and noted "annexed by Russia, 2014", with a dashed line across the
 * isthmus, and no front line or areas of control anywhere.
 */
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { drawMap } from '../../../../src/lib/maps/draw.ts';
import { KINDS } from '../../../../src/lib/maps/kinds.ts';
import { CARD_PALETTE } from '../../../../src/lib/maps/theme.ts';
import { layersInView } from '../../../../src/lib/maps/layers.ts';
import { countryAt } from '../../../../src/lib/maps/locate.ts';
import { ringsContain } from '../../../../src/lib/maps/projected.ts';
import { fitView } from '../../../../src/lib/maps/view.ts';
import { loadBasemap, readAtlas, type AtlasScale } from '../../../../src/node/basemap.ts';
import { ARTICLE_PLACES, SEVASTOPOL, SIMFEROPOL } from './places.ts';

/** The points of path data made of M, m, l and z (as the maps write it), in absolute px. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, command, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const numbers = [...args!.matchAll(/-?\d*\.?\d+/g)].map((match) => Number(match[0]));
    if (command === 'z' || command === 'Z') [x, y] = [startX, startY];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const relative = command === 'm' || command === 'l';
      [x, y] = relative ? [x + numbers[i]!, y + numbers[i + 1]!] : [numbers[i]!, numbers[i + 1]!];
      if (i === 0 && (command === 'm' || command === 'M')) [startX, startY] = [x, y];
      points.push([x, y]);
    }
  }
  return points;
}

const CRIMEAN_CITIES = [SIMFEROPOL, SEVASTOPOL].map((place) => [place.name, [place.lon, place.lat] as [number, number]] as const);
const SCALES: AtlasScale[] = ['110m', '50m', '10m'];

describe.each(SCALES)('Natural Earth at 1:%s', (scale) => {
  test.each(CRIMEAN_CITIES)('the source file puts %s in Russia (the reason for all this)', (_name, point) => {
    const topology = readAtlas(scale);
    const countries = feature(topology, topology.objects['countries'] as GeometryCollection);
    const holders = countries.features.filter((country) => geoContains(country, point)).map((country) => (country.properties as { name?: string } | null)?.name);
    expect(holders).toContain('Russia');
    expect(holders).not.toContain('Ukraine');
  });

  test.each(CRIMEAN_CITIES)('the prepared basemap puts %s in Ukraine, and in Crimea, not in Russia', (_name, point) => {
    const basemap = loadBasemap(scale);
    const holders = basemap.shapes.countries.flatMap((polygons, index) => (polygons.some(({ polygon }) => geoContains(polygon, point)) ? [basemap.countries[index]!.name] : []));
    expect(holders).toEqual(['Ukraine']);
    expect(basemap.shapes.crimea.some(({ polygon }) => geoContains(polygon, point))).toBe(true);
    expect(countryAt(basemap, point)?.name).toBe('Ukraine');
  });

  test('the isthmus line runs across the north of the peninsula, from Perekop to the Arabat Spit', () => {
    const lines = loadBasemap(scale).shapes.isthmus.map(({ line }) => line.coordinates);
    expect(lines.length).toBeGreaterThan(0);
    for (const [lon, lat] of lines.flat()) {
      expect(lon).toBeGreaterThan(33.3);
      expect(lon).toBeLessThan(35.2);
      expect(lat).toBeGreaterThan(45.6);
      expect(lat).toBeLessThan(46.3);
    }
  });
});

describe('the drawn map', () => {
  const basemap = loadBasemap();

  test.each(CRIMEAN_CITIES)('%s lies inside Ukraine’s drawn outline and outside Russia’s', (_name, point) => {
    const view = fitView(
      ARTICLE_PLACES.map((place) => [place.lon, place.lat]),
      KINDS.locator,
    );
    const layers = layersInView(basemap, view);
    const [x, y] = view.projection(point)!;
    const drawn = (name: string) => layers.countries.get(basemap.countries.findIndex((country) => country.name === name))!;
    expect(ringsContain(drawn('Ukraine').rings, x, y)).toBe(true);
    expect(ringsContain(drawn('Russia').rings, x, y)).toBe(false);
    expect(ringsContain(layers.crimea, x, y)).toBe(true);
  });

  test('the article’s map hatches Crimea, dashes the isthmus and notes the annexation; its text says so too', () => {
    const map = drawMap(basemap, { places: ARTICLE_PLACES, id: 'article-map' });
    expect(map.crimea).toBe(true);
    expect(map.svg).toContain('<pattern id="article-map-hatch"');
    expect(map.svg).toMatch(/<path class="bgm-annexed" fill="url\(#article-map-hatch\)" d="M[^"]+"\/>/);
    expect(map.svg).toMatch(/<path class="bgm-isthmus" d="M[^"]+"\/>/);
    expect(map.svg).toContain('stroke-dasharray');
    expect(map.svg).toContain('annexed by Russia, 2014');
    expect(map.labels.find((label) => label.role === 'note')?.lines).toEqual(['Crimea', 'annexed by Russia, 2014']);
    expect(map.alt).toContain('Crimea, hatched, is Ukrainian territory annexed by Russia in 2014.');
  });

  test('a map whose frame cuts Crimea notes the annexation in a legend with a hatch sample', () => {
    const map = drawMap(basemap, { places: [{ id: 'zaporizhzhia', name: 'Zaporizhzhia', lat: 47.84, lon: 35.14 }], kind: 'event', id: 'zaporizhzhia' });
    expect(map.crimea).toBe(true);
    const note = map.labels.find((label) => label.role === 'note')!;
    expect([note.lines, note.swatch !== undefined] as const).toEqual([['Crimea: annexed by Russia, 2014'], true]);
    // In a corner clear of the peninsula it explains.
    const hatched = pathPoints(/class="bgm-annexed" fill="[^"]+" d="([^"]+)"/.exec(map.svg)![1]!);
    expect(hatched.filter(([x, y]) => x > note.box.x0 && x < note.box.x1 && y > note.box.y0 && y < note.box.y1)).toEqual([]);
    expect(map.svg).toMatch(/<rect x="[^"]+" y="[^"]+" width="[^"]+" height="[^"]+" fill="url\(#zaporizhzhia-hatch\)" class="bgm-swatch"\/>/);
  });

  test('on the card, where names have no halo, the legend sits on a backdrop of the card’s paper; on the site it does not', () => {
    const kyiv = { id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52 };
    const card = drawMap(basemap, { places: [kyiv], kind: 'card', id: 'card' });
    const legend = card.labels.find((label) => label.role === 'note' && label.swatch)!;
    expect(legend.lines).toEqual(['Crimea: annexed by Russia, 2014']);
    const backdrop = /<rect x="([^"]+)" y="([^"]+)" width="([^"]+)" height="([^"]+)" fill="([^"]+)" fill-opacity="0.9"\/><rect [^>]*fill="url\(#card-hatch\)"/.exec(card.svg);
    expect(backdrop?.[5]).toBe(CARD_PALETTE.halo);
    const [x, y, width, height] = backdrop!.slice(1, 5).map(Number) as [number, number, number, number];
    // It holds the hatch sample and the text.
    for (const box of [legend.box, legend.swatch!]) {
      expect([box.x0 >= x, box.y0 >= y, box.x1 <= x + width, box.y1 <= y + height]).toEqual([true, true, true, true]);
    }
    const site = drawMap(basemap, { places: [kyiv], kind: 'event', id: 'site' });
    expect(site.svg).not.toContain('fill-opacity="0.9"');
  });

  test('a map far from Crimea draws no hatch, no isthmus and no note', () => {
    const map = drawMap(basemap, { places: [{ id: 'brussels', name: 'Brussels', lat: 50.85, lon: 4.35 }], kind: 'place' });
    expect(map.crimea).toBe(false);
    expect(map.svg).not.toContain('class="bgm-annexed"');
    expect(map.svg).not.toContain('class="bgm-isthmus"');
    expect(map.svg).not.toContain('class="bgm-note"');
    expect(map.alt).not.toContain('Crimea');
  });

  test('no front line, no areas of control: the map draws countries, borders and Crimea, nothing else', () => {
    const map = drawMap(basemap, { places: ARTICLE_PLACES });
    const shapes = [...map.svg.matchAll(/<(path|circle|rect|line|polygon|polyline|ellipse|image|use)\b([^>]*)>/g)].map(([, name, attributes]) => `${name}.${/class="([^"]+)"/.exec(attributes!)?.[1]}`);
    // The pattern's line is the hatch; the rects are the sea and the frame; circles are pins.
    expect(new Set(shapes)).toEqual(new Set(['path.bgm-hatch', 'rect.bgm-sea', 'path.bgm-land', 'path.bgm-subject', 'path.bgm-annexed', 'path.bgm-border', 'path.bgm-isthmus', 'circle.bgm-pin', 'rect.bgm-frame']));
  });
});
