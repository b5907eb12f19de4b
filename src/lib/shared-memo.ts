/**
 * Memoizes a pure function of a string across the whole process. `npm run build` and the pages it
 * renders each have their own copy of src/lib (Astro bundles the pages), so a module-level cache
 * would not be shared: the build script would work out every event's summary for the share cards,
 * and the pages would parse the same bodies again for their feeds and structured data. The cache
 * lives under a global key instead. Results are shared, so treat them as read-only.
 */
export function sharedMemo<T>(name: string, compute: (input: string) => T): (input: string) => T {
  const key = Symbol.for(`backgrounder.memo.${name}`);
  const store = globalThis as Record<symbol, Map<string, T> | undefined>;
  return (input) => {
    const cache = (store[key] ??= new Map());
    let value = cache.get(input);
    if (value === undefined) cache.set(input, (value = compute(input)));
    return value;
  };
}
