/**
 * `npm run build`: validates the content, builds the site into a temporary directory, adds the
 * search index, the `_headers` file and the build record, and only then swaps it into `dist/`.
 * A failed build leaves the previous `dist/` untouched, so CI can never publish half a site; a
 * build killed at any moment leaves a complete `dist/`, old or new (scripts/lib/build/output-swap.ts).
 *
 * BACKGROUNDER_OUT_DIR puts the site somewhere other than `dist/`, and BACKGROUNDER_CACHE_DIR gives
 * Astro (and Vite) their own cache directory, so a build can be truly cold (determinism check, benchmark).
 *
 * No Node compile cache: it saved a rebuild 0.5–1 s of loading code, but a first build paid more
 * for it (2–5 s on 1,000 entries in interleaved runs), writing one file per module (about 2,300),
 * and on ext4 after a rebuild's deletions a new file is dear (see scripts/lib/build/link-files.ts).
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { hasCachedCards, startCardPool, startCards, type CardRun } from '../src/cards/pipeline.ts';
import { contentRoot } from '../src/node/content-root.ts';
import { cardImages } from '../src/cards/list.ts';
import { resolveSiteUrl } from '../src/lib/constants.ts';
import { showDrafts } from '../src/lib/drafts.ts';
import { publishedSite } from './lib/build/published-site.ts';
import { writeSearchIndex } from './lib/build/search-index.ts';
import { linkOrCopy } from './lib/build/link-files.ts';
import { followBuildThread } from './lib/build/card-cores.ts';
import { checkEntries, finishContentCheck } from './lib/content/check-content.ts';
import { describeCheckout } from './lib/git.ts';
import { abandonBuild, outputDirs, recoverInterruptedBuilds, removeTrash, swapIntoPlace } from './lib/build/output-swap.ts';
import { pauseAt } from './lib/build/test-pause.ts';
import { writeBuildRecord } from './lib/deploy/write-build-record.ts';
import { openScanCache, scanCacheFile } from './lib/headers/scan-cache.ts';
import { siteInlineCode } from './lib/headers/index.ts';
import { assertOnlySiteInlineCode, scanPages, writeHeadersFile } from './lib/headers/write-headers.ts';

// Builds run in CI and in scripts; Astro's telemetry notice is noise there.
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';

const projectRoot = process.cwd();
// BACKGROUNDER_OUT_DIR (and BACKGROUNDER_CACHE_DIR) let tests build elsewhere; the work directories
// sit beside the output so the swap is a rename on one file system.
const distDir = path.resolve(projectRoot, process.env['BACKGROUNDER_OUT_DIR'] || 'dist');
const cacheDir = process.env['BACKGROUNDER_CACHE_DIR'] ? path.resolve(process.env['BACKGROUNDER_CACHE_DIR']) : undefined;
const dirs = outputDirs(distDir);
/** Set once SIGINT or SIGTERM arrives: cleans up, then exits with the signal's status. */
let stopping: Promise<void> | undefined;
const shownDist = `${path.relative(projectRoot, distDir) || '.'}/`;
// Vite keeps pre-bundled dependencies in node_modules/.vite; with a cache dir they move there too, so a cold build is cold.
const cacheOptions = cacheDir ? { cacheDir, vite: { cacheDir: path.join(cacheDir, 'vite') } } : {};

/** Time since `start` for the build log: `2.3 s`. */
function seconds(start: number): string {
  return `${((performance.now() - start) / 1000).toFixed(1)} s`;
}

/** Puts each card where its page's head tags point (`/og/…png`) as soon as it is ready; resolves when all are there. */
async function writeCards(cards: CardRun, outDir: string): Promise<void> {
  const made = new Set<string>();
  // In list order, which is the order the workers draw them in, so copying keeps pace with drawing.
  for (const [image, file] of cards.files) {
    const target = path.join(outDir, image);
    const dir = path.dirname(target);
    if (!made.has(dir)) await mkdir(dir, { recursive: true });
    made.add(dir);
    // The cached card itself, under a second name (link-files.ts), not a copy: a copy is a new file.
    await linkOrCopy(await file, target);
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

async function main(): Promise<number> {
  const started = performance.now();
  const restored = await recoverInterruptedBuilds(distDir);
  if (restored) console.log(`Recovered ${shownDist} from ${path.basename(restored)}: a build was stopped while swapping it in.`);
  // Asked now, answered while the site builds: the record names the commit the site was built from.
  const checkout = describeCheckout(projectRoot);

  try {
    // With an empty card cache (a first build draws every card) the workers start first, to load their
    // code and fonts while the content is checked. A rebuild draws few cards or none: startCards
    // starts workers then only if a card is missing, and they draw while Astro renders.
    const pool = hasCachedCards() ? undefined : startCardPool();
    const policy = { showDrafts: showDrafts('build') };
    const checked = await checkEntries(contentRoot(), policy);
    // Once every entry is sound on its own and in its references, the pages and cards are known: the
    // workers draw while the last checks read the map data and the fonts. Cards drawn for a build
    // that then fails only go to the card cache, never into the site.
    const listStarted = performance.now();
    // The same list the pages find their card in (src/lib/site/), so head tags and PNGs cannot disagree.
    const cards = checked.sound ? await startCards(cardImages(publishedSite(checked.entries).cards), pool ? { pool } : {}) : undefined;
    const listed = seconds(listStarted);
    const content = finishContentCheck(checked, policy);
    // Without a card list the first part found an error, so content.ok is false as well.
    if (!content.ok || !cards) {
      console.error(`${content.report}\n\nThe build stopped before writing anything; ${shownDist} is unchanged.`);
      await pool?.close();
      return 1;
    }
    if (content.report) console.warn(`${content.report}\n`);
    console.log(`Content: ${content.files} files are valid (${seconds(started)}).`);
    console.log(`Card list: ${cards.files.size} images (${listed}).`);

    // The cards are drawn on worker threads from now on, while Astro compiles and renders the pages.
    const logLevel = (process.env['ASTRO_LOG_LEVEL'] as 'info' | undefined) ?? 'warn';
    const astroStarted = performance.now();
    // Astro renders on this thread: while it does, the cards leave it a core whenever it is busy
    // (card-cores.ts); then they take them all.
    const stopFollowing = followBuildThread(availableParallelism(), (count) => cards.drawOn(count));
    try {
      // Astro's code is loaded only now, while the cards are drawn: loading it takes a second or two
      // of this thread, during which a worker would otherwise wait for the card list.
      const { build } = await import('astro');
      await build({ root: projectRoot, outDir: dirs.work, logLevel, ...cacheOptions });
    } finally {
      stopFollowing();
    }
    cards.drawOn(Infinity);
    console.log(`Pages: built by Astro in ${seconds(astroStarted)}.`);
    pauseAt('pages-built');
    // The search index and the scan for inline code need only the pages, so they run while the
    // last cards are drawn; Pagefind is a process of its own.
    const indexStarted = performance.now();
    const [, inlineCode] = await allSettled([
      writeSearchIndex(dirs.work).then(({ pages, reused }) => console.log(`Search: ${reused ? `the index of the same ${pages} pages, kept from the last build` : `indexed ${pages} pages`} (${seconds(indexStarted)}).`)),
      openScanCache(scanCacheFile()).then((cache) => scanPages(dirs.work, siteInlineCode(), cache)).then((scan) => (console.log(`Scan: pages read for inline code (${seconds(indexStarted)}).`), scan)),
      writeCards(cards, dirs.work),
    ]);
    assertOnlySiteInlineCode(inlineCode, content.entries);
    // Then the rules, which cover every file that exists, the search index's and the cards among them.
    const headersStarted = performance.now();
    const headers = await writeHeadersFile(dirs.work);
    console.log(`Headers: ${headers.rules} rules, ${headers.scriptHashes} script and ${headers.styleHashes} style hashes in the CSP (${seconds(headersStarted)}).`);
    // Last, the record of every file: the deploy publishes only a folder that matches it.
    const { commit, dirty } = await checkout;
    const recordStarted = performance.now();
    const recorded = await writeBuildRecord(dirs.work, { commit, dirty, site: resolveSiteUrl(process.env['SITE_URL']) });
    console.log(`Record: ${recorded} files, commit ${commit ? `${commit.slice(0, 12)}${dirty ? ' with uncommitted changes' : ''}` : 'unknown (not a git checkout)'} (${seconds(recordStarted)}).`);
    pauseAt('before-swap');
    swapIntoPlace(dirs);
    pauseAt('after-swap');
    await removeTrash(dirs);
  } catch (error) {
    // A step that fails because a signal is tearing the build down is not the build's failure.
    if (stopping) await stopping;
    await abandonBuild(dirs);
    const { message, hint } = error as { message?: string; hint?: string };
    console.error(`The build failed: ${message ?? String(error)}${hint ? `\n  ${hint}` : ''}\n\n${shownDist} is unchanged.`);
    return 1;
  }
  console.log(`Built ${shownDist} in ${seconds(started)}.`);
  return 0;
}

// A signal lands between two steps, never inside the swap's renames (they are synchronous): the
// output is complete, old or new, and only the work directories need removing.
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\nThe build was stopped (${signal}). ${shownDist} holds a complete site: the previous one, or the new one if it was already in place.`);
    stopping ??= abandonBuild(dirs).finally(() => process.exit(SIGNAL_EXIT[signal]));
  });
}

const status = await main();
// The signal's status wins over whatever the interrupted steps returned.
if (stopping) await stopping;
process.exitCode = status;
// A failed build may leave card workers running; nothing they produce is wanted any more.
if (process.exitCode) process.exit();
