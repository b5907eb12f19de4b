/**
 * `npm run build`: validates the content, builds the site into a temporary directory, adds the
 * search index and the `_headers` file, and only then swaps it into `dist/`. A failed build leaves
 * the previous `dist/` untouched, so CI can never publish half a site.
 *
 * BACKGROUNDER_OUT_DIR puts the site somewhere other than `dist/`, and BACKGROUNDER_CACHE_DIR gives
 * Astro (and Vite) their own cache directory, so a build can be truly cold (determinism check, benchmark).
 */
import { mkdir, rm, rename, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { handOverCards } from '../src/build/cards/handover.ts';
import { startCardPool, startCards, type CardRun } from '../src/build/cards/pipeline.ts';
import { contentRoot } from '../src/content-root.ts';
import { cardImages, listCards } from '../src/lib/card-list.ts';
import { cardSourceFromEntries } from './lib/card-source.ts';
import { checkContent } from './lib/check-content.ts';
import { scanPages, writeHeadersFile } from './lib/write-headers.ts';

// Builds run in CI and in scripts; Astro's telemetry notice is noise there.
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';

const projectRoot = process.cwd();
// BACKGROUNDER_OUT_DIR (and BACKGROUNDER_CACHE_DIR) let tests build elsewhere; the work directories
// sit beside the output so the swap is a rename on one file system.
const distDir = path.resolve(projectRoot, process.env['BACKGROUNDER_OUT_DIR'] || 'dist');
const cacheDir = process.env['BACKGROUNDER_CACHE_DIR'] ? path.resolve(process.env['BACKGROUNDER_CACHE_DIR']) : undefined;
const parentDir = path.dirname(distDir);
const workDir = path.join(parentDir, `.dist-build-${process.pid}`);
const shownDist = `${path.relative(projectRoot, distDir) || '.'}/`;
// Vite keeps pre-bundled dependencies in node_modules/.vite; with a cache dir they move there too, so a cold build is cold.
const cacheOptions = cacheDir ? { cacheDir, vite: { cacheDir: path.join(cacheDir, 'vite') } } : {};

/** Leftovers of builds that were killed before they could clean up; a live build's directory is left alone. */
async function removeStaleWorkDirs(): Promise<void> {
  await mkdir(parentDir, { recursive: true });
  for (const name of await readdir(parentDir)) {
    const match = /^\.dist-(?:build|old)-(\d+)$/.exec(name);
    if (match && !isRunning(Number(match[1]))) {
      await rm(path.join(parentDir, name), { recursive: true, force: true });
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function buildSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}

/** Time since `start` for the build log: `2.3 s`. */
function seconds(start: number): string {
  return `${((performance.now() - start) / 1000).toFixed(1)} s`;
}

/** Writes each card where its page's head tags point (`/og/…png`) as soon as it is drawn; resolves when all are written. */
async function writeCards(cards: CardRun, outDir: string): Promise<void> {
  const made = new Set<string>();
  // In list order, which is the order the workers draw them in, so writing keeps pace with drawing.
  for (const [image, png] of cards.cards) {
    const file = path.join(outDir, image);
    const dir = path.dirname(file);
    if (!made.has(dir)) await mkdir(dir, { recursive: true });
    made.add(dir);
    await writeFile(file, await png);
  }
  await cards.done;
}

/** Like Promise.all, but a failure is thrown only once every step has stopped writing into the build. */
async function allSettled<T extends readonly unknown[]>(steps: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const results = await Promise.allSettled(steps);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** Puts the finished build in place: two renames, so `dist/` is never half old, half new. */
async function swapIntoPlace(outDir: string): Promise<void> {
  const old = path.join(parentDir, `.dist-old-${process.pid}`);
  const hadDist = await rename(distDir, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  await rename(outDir, distDir);
  if (hadDist) await rm(old, { recursive: true, force: true });
}

async function main(): Promise<number> {
  const started = performance.now();
  await removeStaleWorkDirs();

  // The card workers start first: they load their code and fonts while the content is checked.
  const pool = startCardPool();
  const content = await checkContent(contentRoot(), true);
  if (!content.ok) {
    console.error(`${content.report}\n\nThe build stopped before writing anything; ${shownDist} is unchanged.`);
    await pool.close();
    return 1;
  }
  console.log(`Content: ${content.files} files are valid (${seconds(started)}).`);

  try {
    // The cards are drawn on worker threads from now on, while Astro compiles and renders the pages.
    const cardList = listCards(cardSourceFromEntries(content.entries));
    handOverCards(cardList);
    const cards = await startCards(cardImages(cardList), { pool });
    const logLevel = (process.env['ASTRO_LOG_LEVEL'] as 'info' | undefined) ?? 'warn';
    const astroStarted = performance.now();
    await build({ root: projectRoot, outDir: workDir, logLevel, ...cacheOptions });
    console.log(`Pages: built by Astro in ${seconds(astroStarted)}.`);
    // The search index and the scan for inline code need only the pages, so they run while the
    // last cards are drawn; Pagefind is a process of its own.
    const indexStarted = performance.now();
    const [, inlineSources] = await allSettled([
      buildSearchIndex(workDir).then((count) => console.log(`Search: indexed ${count} pages (${seconds(indexStarted)}).`)),
      scanPages(workDir),
      writeCards(cards, workDir),
    ]);
    // Last: the rules cover every file that exists, the search index's and the cards among them.
    const headers = await writeHeadersFile(workDir, inlineSources);
    console.log(`Headers: ${headers.rules} rules, ${headers.scriptHashes} script and ${headers.styleHashes} style hashes in the CSP.`);
    await swapIntoPlace(workDir);
  } catch (error) {
    await rm(workDir, { recursive: true, force: true });
    const { message, hint } = error as { message?: string; hint?: string };
    console.error(`The build failed: ${message ?? String(error)}${hint ? `\n  ${hint}` : ''}\n\n${shownDist} is unchanged.`);
    return 1;
  }
  console.log(`Built ${shownDist} in ${seconds(started)}.`);
  return 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void rm(workDir, { recursive: true, force: true }).finally(() => process.exit(130));
  });
}

process.exitCode = await main();
// A failed build may leave card workers running; nothing they produce is wanted any more.
if (process.exitCode) process.exit();
