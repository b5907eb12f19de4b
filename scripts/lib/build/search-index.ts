/**
 * The Pagefind index of a built site. Pagefind reads only the HTML pages, so its output is a
 * function of their paths and bytes, its version and its options: when every page is byte for
 * byte what the last build indexed (a rebuild with no content change, such as a CI run for a
 * code-only commit), the index kept from that build is linked into the site (link-files.ts) instead
 * of made again. Any change
 * to any page, however small, makes the whole index again, as Pagefind has no partial update.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { buildCacheDir } from '../../../src/node/cache-dir.ts';
import { listSiteFiles } from '../site-files.ts';
import { linkTree } from './link-files.ts';

/** The folder Pagefind writes into, inside the site. */
export const SEARCH_DIR = 'pagefind';

/** What a search step did, for the build log. */
export interface SearchIndexResult {
  pages: number;
  /** True when the kept index was linked in rather than made. */
  reused: boolean;
}

/** The options the index is made with; part of its key. */
const INDEX_OPTIONS = {};

/** The version of the Pagefind package, whose binary makes the index. */
function pagefindVersion(): string {
  // The package exports only an ES module, which require.resolve cannot find: ask import.meta.
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  const manifest = path.join(path.dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** The key of the index of `outDir`: every HTML page's path and bytes, Pagefind's version and options. */
export async function searchIndexKey(outDir: string, version = pagefindVersion()): Promise<string> {
  const hash = createHash('sha256').update(`pagefind@${version}\0${JSON.stringify(INDEX_OPTIONS)}\0`);
  for (const key of (await listSiteFiles(outDir)).filter((file) => file.endsWith('.html'))) {
    // Synchronous reads: thousands of small files, where a promise each costs more than the reading.
    hash.update(`${key}\0`).update(readFileSync(path.join(outDir, key))).update('\0');
  }
  return hash.digest('hex');
}

/** Makes the index with Pagefind, into `<outDir>/pagefind`; returns the number of pages indexed. */
async function makeIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(outDir, SEARCH_DIR) });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}

/** Where the last build's index is kept: `search-index/` in the build cache (src/node/cache-dir.ts). */
export function searchIndexCacheDir(root = process.cwd()): string {
  return path.join(buildCacheDir(root), 'search-index');
}

/** What the kept index was made from, stored beside it. */
interface Kept {
  key: string;
  pages: number;
}

/**
 * Writes the search index of the site in `outDir`, from `keptDir` when the pages are those it was
 * made from, else with Pagefind, and then keeps the new one there. A missing or damaged kept
 * index only costs the time to make it.
 */
export async function writeSearchIndex(outDir: string, keptDir = searchIndexCacheDir()): Promise<SearchIndexResult> {
  const key = await searchIndexKey(outDir);
  const record = path.join(keptDir, 'key.json');
  const kept = await readFile(record, 'utf8')
    .then((text) => JSON.parse(text) as Kept)
    .catch(() => undefined);
  if (kept?.key === key) {
    const linked = await linkTree(path.join(keptDir, SEARCH_DIR), path.join(outDir, SEARCH_DIR)).then(
      () => true,
      () => false,
    );
    if (linked) return { pages: kept.pages, reused: true };
    await rm(path.join(outDir, SEARCH_DIR), { recursive: true, force: true });
  }
  const pages = await makeIndex(outDir);
  await keep(outDir, keptDir, { key, pages });
  return { pages, reused: false };
}

/** Replaces the kept index with this build's, whole or not at all: the key is written last. */
async function keep(outDir: string, keptDir: string, kept: Kept): Promise<void> {
  const partial = `${keptDir}.${process.pid}.tmp`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  await linkTree(path.join(outDir, SEARCH_DIR), path.join(partial, SEARCH_DIR));
  await writeFile(path.join(partial, 'key.json'), JSON.stringify(kept));
  await rm(keptDir, { recursive: true, force: true });
  await rename(partial, keptDir);
}
