/**
 * `npm run check:determinism`: builds the site three times with `npm run build`'s script and
 * compares every file's SHA-256. Exit status 1 when any file differs.
 *
 *   a  cold caches
 *   b  cold caches, another time zone, and a clock 400 days late (scripts/lib/determinism/shift-clock.ts)
 *   c  a's warm caches, as CI builds with a restored cache
 *
 * a = b means the output depends only on the commit; a = c means a cache can never change it.
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { compareBuilds, formatDifference, isIdentical } from './lib/determinism/compare-builds.ts';
import { hashSiteFiles, type SiteFile } from './lib/site-files.ts';

const run = promisify(execFile);
const workRoot = path.resolve('test/.tmp/determinism');
const shiftClock = path.resolve('scripts/lib/determinism/shift-clock.ts');

interface BuildVariant {
  name: string;
  what: string;
  cache: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
}

const VARIANTS: BuildVariant[] = [
  { name: 'a', what: 'cold caches', cache: 'cache-a' },
  {
    name: 'b',
    what: 'cold caches, TZ=Pacific/Kiritimati, clock 400 days late',
    cache: 'cache-b',
    env: { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8' },
    nodeArgs: ['--import', shiftClock],
  },
  { name: 'c', what: 'warm caches from build a', cache: 'cache-a' },
];

async function buildVariant(variant: BuildVariant): Promise<string> {
  const outDir = path.join(workRoot, variant.name);
  const env = {
    ...process.env,
    ...variant.env,
    BACKGROUNDER_OUT_DIR: outDir,
    BACKGROUNDER_CACHE_DIR: path.join(workRoot, variant.cache),
  };
  const started = performance.now();
  try {
    await run(process.execPath, [...(variant.nodeArgs ?? []), 'scripts/build.ts'], { env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Build ${variant.name} (${variant.what}) failed:\n${stdout}${stderr}`);
  }
  console.log(`Build ${variant.name} (${variant.what}): ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return outDir;
}

async function main(): Promise<number> {
  await rm(workRoot, { recursive: true, force: true });
  const builds: SiteFile[][] = [];
  for (const variant of VARIANTS) builds.push(await hashSiteFiles(await buildVariant(variant), 'sha256'));
  const [reference = [], ...others] = builds;
  const bytes = reference.reduce((sum, file) => sum + file.size, 0);
  let identical = true;
  others.forEach((files, index) => {
    const difference = compareBuilds(reference, files);
    if (isIdentical(difference)) return;
    identical = false;
    console.error(`\nBuilds a and ${VARIANTS[index + 1]!.name} differ:\n${formatDifference(difference).join('\n')}`);
  });
  if (!identical) {
    console.error(
      `\nThe same commit built different files. Look for dates taken from the clock, unsorted lists, random ids or cache-dependent output.\n` +
        `The builds are in ${path.relative(process.cwd(), workRoot)}/ for diffing.`,
    );
    return 1;
  }
  console.log(`Deterministic: ${VARIANTS.length} builds, ${reference.length} files (${(bytes / 1024).toFixed(0)} KiB), identical SHA-256 for every file.`);
  await rm(workRoot, { recursive: true, force: true });
  return 0;
}

process.exitCode = await main();
