/**
 * Post-build step: writes `_headers` (Netlify / Cloudflare Pages) into the finished build, with a
 * Content-Security-Policy that allows exactly the inline scripts and styles its pages contain.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  HEADERS_FILE,
  buildSecurityHeaders,
  checkHeaderLimits,
  collectInlineSources,
  createInlineSources,
  formatHeadersFile,
  planHeaderBlocks,
  type InlineSources,
} from '../../src/lib/headers/index.ts';
import { listSiteFiles } from './site-files.ts';

/** What went into the file, for the build log. */
export interface HeadersReport {
  rules: number;
  scriptHashes: number;
  styleHashes: number;
}

/**
 * Finds the inline code of every page under `outDir`. It reads only the pages, so the build runs it
 * as soon as Astro is done, while the share cards and the search index are still being written.
 */
export async function scanPages(outDir: string): Promise<InlineSources> {
  const sources = createInlineSources();
  for (const key of (await listSiteFiles(outDir)).filter((k) => k.endsWith('.html'))) {
    collectInlineSources(await readFile(path.join(outDir, key), 'utf8'), sources, key);
  }
  return sources;
}

/**
 * Writes `outDir/_headers` for every file now under `outDir`, with a policy that allows the inline
 * code in `sources` (from scanPages()); throws a readable error when the policy cannot hold.
 */
export async function writeHeadersFile(outDir: string, sources: InlineSources): Promise<HeadersReport> {
  const keys = (await listSiteFiles(outDir)).filter((key) => key !== HEADERS_FILE);
  if (sources.blocked.size) {
    throw new Error(
      `The Content-Security-Policy blocks inline event handlers and javascript: URLs, and the site has ${sources.blocked.size}:\n` +
        [...sources.blocked].sort().map((item) => `  - ${item}`).join('\n') +
        `\n  Move the code into a <script> (bundled, or inline so its hash is allowed) and attach it with addEventListener.`,
    );
  }
  const blocks = planHeaderBlocks(keys, buildSecurityHeaders(sources));
  const problems = checkHeaderLimits(blocks);
  if (problems.length) {
    throw new Error(
      `${problems.join('\n')}\n  Fewer inline <style> and <script> blocks shorten the policy: set build.inlineStylesheets to 'never' in astro.config.mjs, or move scripts into files.`,
    );
  }
  await writeFile(path.join(outDir, HEADERS_FILE), formatHeadersFile(blocks));
  return {
    rules: blocks.length,
    scriptHashes: sources.scripts.size,
    styleHashes: sources.styles.size + sources.styleAttributes.size,
  };
}
