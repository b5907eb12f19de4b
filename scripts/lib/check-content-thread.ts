/**
 * Runs the content check (scripts/lib/check-content.ts) on a worker thread, so `npm run build`
 * can load Astro at the same time: each takes about a second at 1000 entries on this machine.
 * The same file is the worker's entry point.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ContentCheck } from './check-content.ts';

interface Job {
  root: string;
  production: boolean;
}

/** `checkContent(root, production)`, computed on a worker thread. */
export function checkContentOffThread(root: string, production: boolean): Promise<ContentCheck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { root, production } satisfies Job });
    let result: ContentCheck | undefined;
    worker.once('message', (message: ContentCheck) => (result = message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`The content check stopped without a result (exit status ${code}).`));
    });
  });
}

// The validator (YAML, MDX and Zod) is loaded in the worker only: the main thread is busy loading Astro.
if (!isMainThread && parentPort) {
  const { root, production } = workerData as Job;
  const { checkContent } = await import('./check-content.ts');
  parentPort.postMessage(await checkContent(root, production));
}
