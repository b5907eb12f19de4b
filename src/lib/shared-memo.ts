import { processGlobal } from './process-global.ts';

/**
 * Memoizes a pure function of a string across the whole process. With a module-level cache the
 * build script would work out every event's summary for the share cards, and the pages (a copy of
 * the module in Astro's bundle) would parse the same bodies again for their feeds and structured
 * data; the cache is a process global instead (process-global.ts). Results are shared, so treat
 * them as read-only.
 */
export function sharedMemo<T>(name: string, compute: (input: string) => T): (input: string) => T {
  const slot = processGlobal<Map<string, T>>(`memo.${name}`);
  return (input) => {
    let cache = slot.get();
    if (!cache) slot.set((cache = new Map()));
    let value = cache.get(input);
    if (value === undefined) cache.set(input, (value = compute(input)));
    return value;
  };
}
