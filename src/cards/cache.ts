/**
 * Rendered cards kept between builds, outside dist/, one PNG per cache key. Writes go to a
 * temporary name first and are renamed into place, so a killed build never leaves half a PNG
 * that a later build would reuse.
 */
import { access, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCacheDir } from '../node/cache-dir.ts';

/**
 * Where cards are cached: BACKGROUNDER_CARD_CACHE, else `cards/` in the build cache (so a build given
 * a fresh BACKGROUNDER_CACHE_DIR is cold for cards too).
 */
export function cacheDir(root = process.cwd()): string {
  const own = process.env['BACKGROUNDER_CARD_CACHE'];
  return own ? path.resolve(root, own) : path.join(buildCacheDir(root), 'cards');
}

/** Rendered cards by cache key. */
export interface CardCache {
  dir: string;
  /** The file that holds (or will hold) the PNG for `key`. */
  fileOf(key: string): string;
  /** True when a PNG for `key` is kept. */
  has(key: string): Promise<boolean>;
  write(key: string, png: Uint8Array): Promise<void>;
}

/** A cache in `dir`, created on first write. */
export function openCardCache(dir: string): CardCache {
  const fileOf = (key: string) => path.join(dir, `${key}.png`);
  // Made once per run, not once per card: a first build writes a thousand cards or more.
  let made: Promise<unknown> | undefined;
  return {
    dir,
    fileOf,
    has: (key) =>
      access(fileOf(key)).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false;
          throw error;
        },
      ),
    async write(key, png) {
      await (made ??= mkdir(dir, { recursive: true }));
      const temporary = `${fileOf(key)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(temporary, png);
      await rename(temporary, fileOf(key));
    },
  };
}
