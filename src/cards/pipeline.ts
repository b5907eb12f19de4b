/**
 * The card pipeline: looks every card up in the cache, draws the missing ones on worker threads,
 * stores them, and reports "Cards: N rendered, M reused". The card endpoint starts it as soon as
 * the card list is known, so the workers draw while Astro renders the pages.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { cardWorkerCount } from './workers.ts';
import type { CardModel } from './model.ts';
import type { CardSize } from '../lib/constants.ts';
import { cacheDir, openCardCache, type CardCache } from './cache.ts';
import { cardKey, rendererFingerprint } from './fingerprint.ts';
import { createCardPool, createInlinePool, type CardPool } from './pool.ts';

/** One card to produce: where it is served, what it shows, and its size (1200×630 when absent). */
export interface CardJob {
  image: string;
  model: CardModel;
  size?: CardSize | undefined;
}

/** What a run did, for the build log. */
export interface CardStats {
  rendered: number;
  reused: number;
  /** Wall time from the first cache lookup to the last card stored. */
  ms: number;
}

/** A started run: each card's file as it is ready, and the end of the whole set. */
export interface CardRun {
  /**
   * The file in the cache that holds each card's PNG, by image path, once it is there; a card that
   * fails rejects with a message naming it. Files, not bytes: a build copies them into the site
   * without reading them, which is most of what a rebuild does with its cards.
   */
  files: Map<string, Promise<string>>;
  /** Settles when every card has settled and the workers have stopped; rejects with the first failure. */
  done: Promise<CardStats>;
  /** Draws on at most `count` workers at once from now on (see CardPool.drawOn); nothing when no card is drawn. */
  drawOn(count: number): void;
}

/** Settings for a run; the defaults are what the build uses. */
export interface PipelineOptions {
  root?: string;
  /** Where rendered cards are kept; see cacheDir(). */
  cacheDir?: string;
  /** What the cards depend on besides their models; computed from the template sources and fonts unless given (tests). */
  fingerprint?: string;
  /** Worker threads to use at most; defaults to the number of cores. 0 draws on the calling thread (for comparison). */
  workers?: number;
  /** Workers started ahead (see startCardPool()); the run closes them when it ends, used or not. */
  pool?: CardPool;
  /** Where the summary line goes; `console.log` unless told otherwise. */
  log?: (line: string) => void;
}

interface LookedUp {
  job: CardJob;
  key: string;
  /** True when the cache holds the card already. */
  cached: boolean;
}

/** Produces every card in `jobs`: cached ones at once, the rest on up to `workers` threads. */
export async function startCards(jobs: readonly CardJob[], options: PipelineOptions = {}): Promise<CardRun> {
  const { root = process.cwd(), workers = defaultWorkers(), log = console.log } = options;
  const started = performance.now();
  const cache = openCardCache(options.cacheDir ?? cacheDir(root));
  const fingerprint = options.fingerprint ?? rendererFingerprint(root);
  const looked: LookedUp[] = await Promise.all(
    jobs.map(async (job) => {
      const key = cardKey(fingerprint, job.model, job.size);
      return { job, key, cached: await cache.has(key) };
    }),
  );
  const misses = looked.filter((entry) => !entry.cached).length;
  const pool = options.pool ?? (!misses ? undefined : workers === 0 ? createInlinePool() : createCardPool(Math.min(workers, misses), root));
  const files = new Map(looked.map((entry) => [entry.job.image, produce(entry, cache, pool)] as const));

  const done = Promise.allSettled(files.values()).then(async (results) => {
    const failed = results.find((result) => result.status === 'rejected');
    const stats = { rendered: misses, reused: jobs.length - misses, ms: performance.now() - started };
    if (!failed) log(summarize(stats));
    await pool?.close();
    if (failed) throw failed.reason;
    return stats;
  });
  // Whoever awaits a card sees its failure; these handlers only stop an unawaited one from crashing the process.
  for (const file of files.values()) file.catch(() => undefined);
  done.catch(() => undefined);
  return { files, done, drawOn: (count) => pool?.drawOn(count) };
}

/** One card's file: in the cache already, or drawn by the pool and then stored. A failure names the card. */
async function produce({ job, key, cached }: LookedUp, cache: CardCache, pool: CardPool | undefined): Promise<string> {
  if (cached) return cache.fileOf(key);
  try {
    const drawn = await pool!.render(job.model, job.size);
    await cache.write(key, drawn);
    return cache.fileOf(key);
  } catch (error) {
    throw new Error(`The share card ${job.image} could not be made. ${(error as Error).message}`, { cause: error });
  }
}

/** True when the card cache holds any card: a build then draws few cards or none (see scripts/build.ts). */
export function hasCachedCards(root = process.cwd()): boolean {
  try {
    return readdirSync(cacheDir(root)).some((name) => name.endsWith('.png'));
  } catch {
    return false;
  }
}

/**
 * Starts the card workers before the cards are known, so they load their code and fonts while
 * the build checks the content. Pass the result to startCards() as `pool`.
 */
export function startCardPool(root = process.cwd()): CardPool {
  const workers = defaultWorkers();
  return workers === 0 ? createInlinePool() : createCardPool(workers, root);
}

/** One worker per core as far as memory allows (workers.ts), or BACKGROUNDER_CARD_WORKERS (0: none, draw on the build's own thread). */
function defaultWorkers(): number {
  const configured = process.env['BACKGROUNDER_CARD_WORKERS'];
  // availableMemory() heeds a container's memory limit, which the machine's total would not.
  if (configured === undefined || configured === '') return cardWorkerCount(availableParallelism(), process.availableMemory());
  const count = Number(configured);
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`BACKGROUNDER_CARD_WORKERS must be a whole number of worker threads (0 or more), got \`${configured}\`.`);
  }
  return count;
}

/** The build-log line: `Cards: 3 rendered, 74 reused in 0.4 s (61 ms per rendered card).` */
export function summarize({ rendered, reused, ms }: CardStats): string {
  const per = rendered ? ` (${Math.round(ms / rendered)} ms per rendered card)` : '';
  return `Cards: ${rendered} rendered, ${reused} reused in ${(ms / 1000).toFixed(1)} s${per}.`;
}
