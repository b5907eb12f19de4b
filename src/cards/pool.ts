/**
 * Worker threads that render cards in parallel, one per core by default. Each worker takes the
 * next job as soon as it finishes one, so a slow card never holds up the queue.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardModel } from './model.ts';
import type { CardSize } from '../lib/constants.ts';
import { loadCardAssets } from './assets.ts';
import type { CardReply, CardRequest } from './worker.ts';

/** Where the worker's source is. The pool may itself be bundled (inside Astro's build), so it is found from the project root. */
export function workerFile(root = process.cwd()): string {
  return path.join(root, 'src/cards/worker.ts');
}

/** Something that draws cards: worker threads, or the calling thread. */
export interface CardPool {
  /** Queues one card, at `size` (1200×630 when absent); resolves with its PNG. */
  render(model: CardModel, size?: CardSize): Promise<Uint8Array>;
  /**
   * Draws on at most `count` workers at once from now on (at least one; all of them by default):
   * the build leaves a core to Astro while it is busy rendering the pages (scripts/lib/build/card-cores.ts).
   */
  drawOn(count: number): void;
  /** Stops the workers once the queue is empty. */
  close(): Promise<void>;
}

interface Job {
  request: CardRequest;
  resolve(png: Uint8Array): void;
  reject(error: Error): void;
}

/**
 * Draws cards one at a time on the calling thread, as a plain Astro endpoint would. Only for
 * comparison (BACKGROUNDER_CARD_WORKERS=0): it shares the build's thread with the page rendering.
 */
export function createInlinePool(): CardPool {
  let queue = Promise.resolve();
  return {
    render(model, size) {
      const png = queue.then(async () => {
        // The renderer loads only when this comparison pool is used; the assets module is light.
        const { renderCardPng } = await import('./render.ts');
        return renderCardPng(model, loadCardAssets(), size);
      });
      queue = png.then(() => undefined, () => undefined);
      return png;
    },
    drawOn: () => undefined,
    close: async () => undefined,
  };
}

/** Starts `size` workers (at least one). */
export function createCardPool(size = availableParallelism(), root = process.cwd()): CardPool {
  // resvg's allocator (mimalloc) would hand each freed pixmap back to the system and fault it in
  // again for the next card; this keeps it. It reads the setting from the real environment when
  // resvg loads, so it is set here, before any worker starts.
  process.env['MIMALLOC_PURGE_DELAY'] ??= '-1';
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  let nextId = 1;
  let failure: Error | undefined;
  let drawing = Math.max(1, size);

  const dispatch = () => {
    while (idle.length && queue.length && busy.size < drawing) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage(job.request);
    }
  };

  const fail = (error: Error) => {
    failure ??= error;
    for (const job of [...busy.values(), ...queue.splice(0)]) job.reject(error);
    busy.clear();
  };

  const workers = Array.from({ length: Math.max(1, size) }, () => {
    // satori makes a lot of short-lived garbage; a larger young generation collects it less often.
    const worker = new Worker(workerFile(root), { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    worker.on('message', (reply: CardReply) => {
      const job = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (job) {
        if ('png' in reply) job.resolve(reply.png);
        else job.reject(new Error(`A share card could not be drawn: ${reply.error}`));
      }
      dispatch();
    });
    worker.on('error', (error) => fail(new Error(`A card worker stopped: ${error.message}`, { cause: error })));
    idle.push(worker);
    return worker;
  });

  return {
    render(model, size) {
      if (failure) return Promise.reject(failure);
      return new Promise<Uint8Array>((resolve, reject) => {
        queue.push({ request: { id: nextId++, model, size }, resolve, reject });
        dispatch();
      });
    },
    drawOn(count) {
      drawing = Math.max(1, Math.min(workers.length, count));
      dispatch();
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
