/**
 * How many card workers a build starts. Each one holds its own copy of the fonts, satori and
 * resvg, about 300 MiB, while Astro needs the bulk of the memory for a large site; so the pool is
 * bounded by memory as well as by cores, and a many-core machine with little memory does not swap.
 */

/** What one card worker holds at its peak, with room to spare. */
export const WORKER_MEMORY_BYTES = 300 * 1024 * 1024;

/** The share of the available memory the card workers may take; the rest is Astro's. */
export const WORKER_MEMORY_SHARE = 0.25;

/** One worker per core, as many as a quarter of `availableBytes` holds, and at least one. */
export function cardWorkerCount(cores: number, availableBytes: number): number {
  return Math.max(1, Math.min(cores, Math.floor((availableBytes * WORKER_MEMORY_SHARE) / WORKER_MEMORY_BYTES)));
}
