/**
 * `npm run cards:bench`: times each step of making a card on this machine (satori, then each
 * rasterizer the cards could use), prints the PNG sizes, and checks each rasterizer gives the same
 * bytes every time. One process, one core, CPU time.
 *
 * Then it times the card's shapes (1200×630, and an article's 4:3 and 1:1 crops), and runs the
 * whole pipeline (cache, worker threads) on a set of distinct cards with 0, 1, 2, … workers and
 * prints the wall time of each.
 *
 * Last, the real card sets (the site's own cards, from content/, and those of the benchmark's
 * synthetic content set): the CPU per card of the pipeline (every thread of this process, worker
 * start-up included, divided by the cards), and where a card's CPU goes (satori, resvg, the PNG
 * encoder), timed on this thread card by card as a worker draws them.
 *
 *   npm run cards:bench -- --rounds 10 --cards 78 --entries 1000
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { loadCardAssets } from '../src/cards/assets.ts';
import { loadRepertoire } from '../src/cards/repertoire.ts';
import { startCards } from '../src/cards/pipeline.ts';
import { MIXED_SCRIPTS_CARD, SAMPLE_CARDS } from '../src/cards/samples.ts';
import { drawCardInset, drawSvg, encodeCard, insetPins, layoutCard, rasterize, renderCardPng } from '../src/cards/render.ts';
import { cardImages } from '../src/cards/list.ts';
import { CARD, CARD_CROPS } from '../src/lib/constants.ts';
import { showDrafts } from '../src/lib/drafts.ts';
import { writeFiles } from './lib/bench/files.ts';
import { generateContentSet } from './lib/bench/synthetic-content.ts';
import { publishedSite } from './lib/build/published-site.ts';
import { checkContent } from './lib/content/check-content.ts';
import type { CardJob } from '../src/cards/pipeline.ts';

sharp.concurrency(1);

type Rasterizer = (svg: string) => Promise<Uint8Array>;

const resvgPng = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } }).render();

/** The candidates, by name. `cards` is what the build uses (src/cards/render.ts). */
const RASTERIZERS: Record<string, Rasterizer> = {
  'resvg-js, RGBA': async (svg) => resvgPng(svg).asPng(),
  'sharp, RGBA': (svg) => sharp(Buffer.from(svg)).png().toBuffer(),
  'sharp, palette, level 9': (svg) => sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9 }).toBuffer(),
  'resvg-js → sharp palette': (svg) => {
    const image = resvgPng(svg);
    return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
      .png({ palette: true, compressionLevel: 9 })
      .toBuffer();
  },
  'resvg-js → sharp RGB, level 3': (svg) => {
    const image = resvgPng(svg);
    return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).removeAlpha().png({ compressionLevel: 3 }).toBuffer();
  },
  'cards (the build’s choice: resvg-js → own encoder, palette when ≤ 256 colours)': rasterize,
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

/**
 * CPU time (user + system, all threads of the process) spent in `run`, in ms. On a shared, busy
 * machine wall time mostly measures the other processes; CPU time measures the work.
 */
async function time<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = process.cpuUsage();
  const result = await run();
  const { user, system } = process.cpuUsage(started);
  return [result, (user + system) / 1000];
}

/** Each shape of a card, drawn the way the build draws it (satori, then the build's rasterizer): CPU ms and PNG size. */
async function benchShapes(assets: ReturnType<typeof loadCardAssets>, rounds: number): Promise<void> {
  console.log('\nShapes (an article’s card also comes in 4:3 and 1:1):\n');
  console.log('| shape | pixels | ms per card | median size |');
  console.log('|---|---|---|---|');
  for (const [name, size] of [['1200×630', CARD], ...Object.entries(CARD_CROPS)] as const) {
    const times: number[] = [];
    const sizes: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const model of SAMPLE_CARDS) {
        const [png, ms] = await time(() => renderCardPng(model, assets, size));
        times.push(ms);
        if (round === 0) sizes.push(png.byteLength);
      }
    }
    console.log(`| ${name.replace('x', ':')} | ${size.width}×${size.height} | ${median(times).toFixed(1)} | ${(median(sizes) / 1024).toFixed(1)} KiB |`);
  }
}

/**
 * The whole pipeline on `count` distinct cards with an empty cache, drawn on 0 (the calling
 * thread), 1, 2, … worker threads. Wall time here, since parallelism is the point.
 */
async function benchPipeline(count: number): Promise<void> {
  const jobs = Array.from({ length: count }, (_, index) => {
    const model = SAMPLE_CARDS[index % SAMPLE_CARDS.length]!;
    return { image: `/og/bench/${index}.png`, model: { ...model, title: `${model.title} ${index}` } };
  });
  console.log(`\nPipeline, ${count} cards, empty cache (worker start-up and font parsing included):\n`);
  console.log('| worker threads | wall ms | wall ms per card |');
  console.log('|---|---|---|');
  for (let workers = 0; workers <= availableParallelism(); workers++) {
    const cacheDir = await mkdtemp(path.join(tmpdir(), 'cards-bench-'));
    const started = performance.now();
    const { done } = await startCards(jobs, { workers, cacheDir, log: () => undefined });
    await done;
    const ms = performance.now() - started;
    await rm(cacheDir, { recursive: true });
    console.log(`| ${workers === 0 ? '0 (calling thread)' : workers} | ${ms.toFixed(0)} | ${(ms / count).toFixed(1)} |`);
  }
}

/** Every card image `npm run build` would draw for the content under `root`. */
async function cardSet(root: string): Promise<CardJob[]> {
  const content = await checkContent(root, { showDrafts: showDrafts('build') });
  if (!content.ok) throw new Error(`The content in ${root} does not validate:\n${content.report}`);
  return cardImages(publishedSite(content.entries).cards);
}

/** CPU time of this thread only, in ms. */
function threadMs(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

/**
 * Where a card's CPU goes: satori (layout, text fitting and glyph outlines), resvg (parsing the SVG
 * and drawing the pixels), the locator inset of event and place cards (the map, its layers drawn
 * and put into the card: map-inset.ts) and the PNG encoder, per card, on this thread, in the steps
 * of renderCardPng. Each card starts on a fresh turn of the event loop, as in a worker, so resvg's
 * freed pixels are handed back in time.
 */
async function profileSet(jobs: readonly CardJob[], assets: ReturnType<typeof loadCardAssets>): Promise<Record<'satori' | 'resvg' | 'inset' | 'encoder', number>> {
  const spent = { satori: 0, resvg: 0, inset: 0, encoder: 0 };
  // The first card in a thread also parses the fonts: start-up, not a card's cost.
  await layoutCard(jobs[0]!.model, assets);
  for (const { model, size = CARD } of jobs) {
    await nextTurn();
    const started = threadMs();
    const { svg } = await layoutCard(model, assets, { size });
    const laidOut = threadMs();
    const card = drawSvg(svg);
    const drawn = threadMs();
    const pins = insetPins(model);
    if (pins) await drawCardInset(card, pins, assets, size);
    const inset = threadMs();
    encodeCard(card, { tryPalette: !pins });
    spent.satori += laidOut - started;
    spent.resvg += drawn - laidOut;
    spent.inset += inset - drawn;
    spent.encoder += threadMs() - inset;
  }
  const per = (ms: number) => ms / jobs.length;
  return { satori: per(spent.satori), resvg: per(spent.resvg), inset: per(spent.inset), encoder: per(spent.encoder) };
}

/** The pipeline on `jobs` with an empty cache: CPU of the whole process (workers and their start-up included) per card. */
async function pipelineCpu(jobs: readonly CardJob[], workers: number): Promise<number> {
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'cards-bench-'));
  const [, cpuMs] = await time(async () => {
    const { done } = await startCards(jobs, { workers, cacheDir, log: () => undefined });
    await done;
  });
  await rm(cacheDir, { recursive: true });
  return cpuMs / jobs.length;
}

/** The real card sets: the site's own and the benchmark's synthetic set of `entries` entries. */
async function benchRealSets(entries: number, assets: ReturnType<typeof loadCardAssets>): Promise<void> {
  const syntheticRoot = await mkdtemp(path.join(tmpdir(), 'cards-bench-content-'));
  try {
    await writeFiles(syntheticRoot, generateContentSet(entries).files);
    const sets: [string, CardJob[]][] = [
      ['the site’s own (content/)', await cardSet(path.resolve('content'))],
      [`the bench’s ${entries}-entry set`, await cardSet(syntheticRoot)],
    ];
    console.log('\nReal card sets, CPU ms per card (user + system). Pipeline: every thread of this process, worker start-up included, empty cache, one worker per core. Split: one card after another on one thread, start-up left out.\n');
    console.log('| card set | cards | pipeline CPU ms per card | split: total | satori | resvg | inset | PNG encoder |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const [name, jobs] of sets) {
      const cpuMs = await pipelineCpu(jobs, availableParallelism());
      const split = await profileSet(jobs, assets);
      const total = split.satori + split.resvg + split.inset + split.encoder;
      const ms = (value: number) => value.toFixed(1);
      console.log(`| ${name} | ${jobs.length} | ${ms(cpuMs)} | ${ms(total)} | ${ms(split.satori)} | ${ms(split.resvg)} | ${ms(split.inset)} | ${ms(split.encoder)} |`);
    }
  } finally {
    await rm(syntheticRoot, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '5' },
      cards: { type: 'string', default: '78' },
      entries: { type: 'string', default: '1000' },
      only: { type: 'string' },
    },
  });
  if (values.only === 'sets') {
    await benchRealSets(Number(values.entries), loadCardAssets());
    return;
  }
  const rounds = Number(values.rounds);
  const [assets, loadMs] = await time(async () => loadCardAssets());
  const [, firstMs] = await time(() => layoutCard(SAMPLE_CARDS[0]!, assets));
  const [repertoire, repertoireMs] = await time(async () => loadRepertoire());
  console.log(`CPU time. Fonts read in ${loadMs.toFixed(0)} ms; first card (satori parses the fonts) ${firstMs.toFixed(0)} ms.`);
  console.log(`What the cards can draw (character maps of ${repertoire.families.size} font families, the emoji list) read in ${repertoireMs.toFixed(0)} ms.`);

  const svgTimes: number[] = [];
  const svgs: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const model of SAMPLE_CARDS) {
      const [{ svg }, ms] = await time(() => layoutCard(model, assets));
      svgTimes.push(ms);
      if (round === 0) svgs.push(svg);
    }
  }
  console.log(`satori, with text fitting: ${median(svgTimes).toFixed(1)} ms per card (median of ${svgTimes.length})`);
  // The first mixed card also reads the emoji pictures and the fonts' character maps; the median leaves that out.
  const mixedTimes: number[] = [];
  for (let round = 0; round <= rounds; round++) mixedTimes.push((await time(() => layoutCard(MIXED_SCRIPTS_CARD, assets)))[1]);
  console.log(`satori, a card in five scripts with emoji: ${median(mixedTimes.slice(1)).toFixed(1)} ms (first ${mixedTimes[0]!.toFixed(0)} ms)\n`);
  console.log('| rasterizer | ms per card | median size | largest | same bytes every run |');
  console.log('|---|---|---|---|---|');
  for (const [name, rasterizer] of Object.entries(RASTERIZERS)) {
    const times: number[] = [];
    const sizes: number[] = [];
    let stable = true;
    for (const svg of svgs) {
      const hashes = new Set<string>();
      for (let round = 0; round < rounds; round++) {
        const [png, ms] = await time(() => rasterizer(svg));
        times.push(ms);
        hashes.add(sha(png));
        if (round === 0) sizes.push(png.byteLength);
      }
      stable &&= hashes.size === 1;
    }
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    console.log(`| ${name} | ${median(times).toFixed(1)} | ${kib(median(sizes))} | ${kib(Math.max(...sizes))} | ${stable ? 'yes' : 'NO'} |`);
  }
  await benchShapes(assets, rounds);
  await benchPipeline(Number(values.cards));
  await benchRealSets(Number(values.entries), assets);
}

await main();
