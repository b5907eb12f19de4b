/**
 * A value kept for the whole process under a global key. `npm run build` and the pages it renders
 * each have their own copy of a module (Astro bundles the pages and loads the content config as a
 * module graph of its own), so a module-level variable is not shared between them; this is.
 */
export interface ProcessGlobal<T> {
  get(): T | undefined;
  set(value: T): void;
}

/** The process-wide slot called `name`. */
export function processGlobal<T>(name: string): ProcessGlobal<T> {
  const key = Symbol.for(`backgrounder.${name}`);
  const slots = globalThis as Record<symbol, T | undefined>;
  return {
    get: () => slots[key],
    set: (value) => {
      slots[key] = value;
    },
  };
}
