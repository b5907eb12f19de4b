/**
 * `npm run maps:bench`: what the maps cost on this machine. CPU time, one core, medians.
 *
 * - preparing the basemap at each Natural Earth scale (reading the file, then prepareBasemap);
 * - each kind of map: the first draw of its view, a redraw, and its bytes (raw and gzipped);
 * - many places: event maps and card insets for a grid of places over Ukraine, as a build with
 *   many entries draws them (snapped views share their background);
 * - the card inset: what it adds to a share card (satori and the rasterizer), against a card.
 *
 *   npm run maps:bench -- --rounds 20 --places 200
 */
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import satori from 'satori';
import { loadCardAssets } from '../src/cards/assets.ts';
import { drawSvg, encodeCard, renderCardPng } from '../src/cards/render.ts';
import { drawInset, makeOutliner, type Outliner } from '../src/cards/map-inset.ts';
import { drawMap, type DrawnMap } from '../src/lib/maps/draw.ts';
import type { MapKind } from '../src/lib/maps/kinds.ts';
import { prepareBasemap } from '../src/lib/maps/prepare.ts';
import type { Basemap, MapPlace } from '../src/lib/maps/types.ts';
import { CARD, COLORS } from '../src/lib/constants.ts';
import { readAtlas, type AtlasScale } from '../src/node/basemap.ts';
import { SAMPLE_CARDS } from '../src/cards/samples.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** CPU time (user + system) spent in `run`, in ms: on a shared machine, wall time measures the neighbours. */
async function time<T>(run: () => T | Promise<T>): Promise<[T, number]> {
  const started = process.cpuUsage();
  const result = await run();
  const { user, system } = process.cpuUsage(started);
  return [result, (user + system) / 1000];
}

const place = (id: string, name: string, lat: number, lon: number, area?: boolean): MapPlace => ({ id, name, lat, lon, ...(area ? { area } : {}) });
const KYIV = place('kyiv', 'Kyiv', 50.45, 30.52);
const AVDIIVKA = place('avdiivka', 'Avdiivka', 48.15, 37.75);
const SIMFEROPOL = place('simferopol', 'Simferopol', 44.95, 34.1);
const ARTICLE = [AVDIIVKA, place('donetsk', 'Donetsk', 48, 37.81), place('zolote', 'Zolote', 48.69, 38.52), place('luhansk', 'Luhansk', 48.57, 39.3), place('crimea', 'Crimea', 45.3, 34.4, true), KYIV];
const ABROAD = [place('moscow', 'Moscow', 55.75, 37.62), place('brussels', 'Brussels', 50.85, 4.35), place('washington', 'Washington', 38.9, -77.04)];

/** The maps the site draws. */
const SAMPLES: [string, MapKind, MapPlace[]][] = [
  ['article locator (6 places)', 'locator', ARTICLE],
  ['event: Avdiivka', 'event', [AVDIIVKA]],
  ['event: Washington and Kyiv', 'event', [ABROAD[2]!, KYIV]],
  ['place: Simferopol', 'place', [SIMFEROPOL]],
  ['/places/ overview (9 places, Washington to Moscow)', 'overview', [...ARTICLE.filter((p) => !p.area), SIMFEROPOL, ...ABROAD]],
  ['card inset: Avdiivka', 'card', [AVDIIVKA]],
  ['card inset: the article', 'card', ARTICLE],
];

async function benchPrepare(): Promise<Basemap> {
  console.log('Preparing the basemap (read and parse the file, then prepareBasemap), first run in this process:\n');
  console.log('| scale | file read and parsed, ms | prepared, ms |');
  console.log('|---|---|---|');
  let chosen: Basemap | undefined;
  for (const scale of ['110m', '50m', '10m'] as AtlasScale[]) {
    const [topology, readMs] = await time(() => readAtlas(scale));
    const [basemap, prepareMs] = await time(() => prepareBasemap(topology));
    if (scale === '50m') chosen = basemap;
    console.log(`| 1:${scale}${scale === '50m' ? ' (used)' : ''} | ${readMs.toFixed(0)} | ${prepareMs.toFixed(0)} |`);
  }
  return chosen!;
}

async function benchMaps(basemap: Basemap, rounds: number): Promise<void> {
  console.log('\nEach kind of map (1:50m). First: the first draw of its view; again: a redraw (snapped kinds reuse the background).\n');
  console.log('| map | projection | first ms | again ms | bytes | gzipped |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, kind, places] of SAMPLES) {
    const [map, firstMs] = await time(() => drawMap(basemap, { kind, places }));
    const again: number[] = [];
    for (let round = 0; round < rounds; round++) again.push((await time(() => drawMap(basemap, { kind, places })))[1]);
    console.log(`| ${name} | ${map.projection} | ${firstMs.toFixed(1)} | ${median(again).toFixed(2)} | ${map.svg.length} | ${gzipSync(map.svg).length} |`);
  }
}

/** A grid of places over Ukraine, as a build with many entries and synthetic places would pin them. */
function gridOfPlaces(count: number): MapPlace[] {
  const side = Math.ceil(Math.sqrt(count));
  return Array.from({ length: count }, (_, i) => {
    const [row, column] = [Math.floor(i / side), i % side];
    return place(`place-${i}`, `Place ${i}`, 45.5 + (row / side) * 6, 23.5 + (column / side) * 16);
  });
}

async function benchMany(count: number): Promise<void> {
  const places = gridOfPlaces(count);
  console.log(`\n${count} places on a grid over Ukraine, one map each, on a freshly prepared basemap:\n`);
  console.log('| kind | CPU ms in all | ms per map |');
  console.log('|---|---|---|');
  for (const kind of ['event', 'place', 'card'] as MapKind[]) {
    const basemap = prepareBasemap(readAtlas('50m'));
    const [, ms] = await time(() => {
      for (const pin of places) drawMap(basemap, { kind, places: [pin] });
    });
    console.log(`| ${kind} | ${ms.toFixed(0)} | ${(ms / count).toFixed(2)} |`);
  }
}

/** A blank card, with the inset of `map` where a template would put it, drawn as the card pipeline draws cards. */
async function blankCard(map: DrawnMap | undefined, outline: Outliner, assets: ReturnType<typeof loadCardAssets>): Promise<Uint8Array> {
  const root = { type: 'div', props: { style: { display: 'flex', width: CARD.width, height: CARD.height, backgroundColor: COLORS.paper } } };
  const card = drawSvg(await satori(root as never, { width: CARD.width, height: CARD.height, fonts: assets.coreFonts }));
  if (map) await drawInset(card, map, { x: 788, y: 160 }, outline, drawSvg);
  return encodeCard(card);
}

async function benchCardInset(basemap: Basemap, rounds: number): Promise<void> {
  const assets = loadCardAssets();
  const outline = makeOutliner(assets.coreFonts);
  await renderCardPng(SAMPLE_CARDS[1]!, assets);
  const cards: number[] = [];
  for (let round = 0; round < rounds; round++) for (const model of SAMPLE_CARDS) cards.push((await time(() => renderCardPng(model, assets)))[1]);
  const [, firstLine] = await time(() => outline({ text: 'Avdiivka (first)', size: 22, caps: false }));
  console.log('\nThe card inset: the map, its names as outlines (each line set once), drawn apart in two layers (the one under the pins once per background) and put into the card.\n');
  console.log(`A share card today: ${median(cards).toFixed(1)} ms (median of ${cards.length}, the sample cards). Setting a new line of names: ${firstLine.toFixed(1)} ms, once.\n`);
  console.log('| inset | map ms | blank card ms | blank card with inset ms | inset adds | of a card |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, places] of [['Avdiivka', [AVDIIVKA]], ['the article', ARTICLE]] as const) {
    await blankCard(drawMap(basemap, { kind: 'card', places }), outline, assets);
    const mapTimes: number[] = [];
    const bare: number[] = [];
    const withMap: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const [map, mapMs] = await time(() => drawMap(basemap, { kind: 'card', places }));
      mapTimes.push(mapMs);
      bare.push((await time(() => blankCard(undefined, outline, assets)))[1]);
      withMap.push((await time(() => blankCard(map, outline, assets)))[1]);
    }
    const adds = median(mapTimes) + median(withMap) - median(bare);
    console.log(`| ${name} | ${median(mapTimes).toFixed(2)} | ${median(bare).toFixed(1)} | ${median(withMap).toFixed(1)} | ${adds.toFixed(1)} ms | ${((adds / median(cards)) * 100).toFixed(0)}% |`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '20' }, places: { type: 'string', default: '200' } } });
  const rounds = Number(values.rounds);
  const basemap = await benchPrepare();
  await benchMaps(basemap, rounds);
  await benchMany(Number(values.places));
  await benchCardInset(basemap, rounds);
}

await main();
