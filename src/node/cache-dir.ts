/**
 * Where a build keeps what it can reuse next time (cards, the inline-code scan, the prepared
 * basemap): BACKGROUNDER_CACHE_DIR when set, so a build given a fresh one is cold throughout, else
 * `node_modules/.cache/backgrounder`, which a fresh clone and `npm ci` start empty.
 */
import path from 'node:path';

/** The build cache directory, absolute. */
export function buildCacheDir(root = process.cwd()): string {
  return path.resolve(root, process.env['BACKGROUNDER_CACHE_DIR'] || 'node_modules/.cache/backgrounder');
}
