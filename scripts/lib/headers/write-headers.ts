/**
 * Post-build steps for `_headers` (Netlify / Cloudflare Pages): scan the built pages for inline
 * code that is not the site's own, and write the file, whose Content-Security-Policy trusts only
 * the site's own inline code (scripts/lib/headers/site-inline-code.ts).
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import path from 'node:path';
import type { CheckedEntry } from '../../../src/lib/content/cross-references.ts';
import {
  HEADERS_FILE,
  buildSecurityHeaders,
  checkHeaderLimits,
  findInlineCode,
  formatHeadersFile,
  formatInlineCodeReport,
  planHeaderBlocks,
  siteInlineCode,
  urlPathFor,
  type AllowedInlineCode,
  type EntryText,
  type InlineFinding,
} from './index.ts';
import { routes } from '../../../src/lib/routes.ts';
import { listSiteFiles } from '../site-files.ts';
import { pageScanKey, scannerFingerprint, type ScanCache } from './scan-cache.ts';

/** What went into the file, for the build log. */
export interface HeadersReport {
  rules: number;
  scriptHashes: number;
  styleHashes: number;
}

/**
 * The inline code in every page under `outDir` that `allowed` does not cover. It reads only the
 * pages, so the build runs it as soon as Astro is done, while the cards and the search index are
 * written. With a `cache`, a page whose bytes an earlier build scanned is looked up, not parsed.
 */
export async function scanPages(outDir: string, allowed: AllowedInlineCode = siteInlineCode(), cache?: ScanCache): Promise<InlineFinding[]> {
  const findings: InlineFinding[] = [];
  const scanner = cache ? scannerFingerprint() : '';
  for (const key of (await listSiteFiles(outDir)).filter((k) => k.endsWith('.html'))) {
    // Read synchronously: a page is read in moments, and an asynchronous read costs several times
    // the CPU in hand-offs to the thread pool. Between pages the event loop gets its turn, so the
    // card workers, which wait on this thread for their next card, are not kept idle.
    await setImmediate();
    const [html, page] = [readFileSync(path.join(outDir, key), 'utf8'), urlPathFor(key)];
    if (!cache) {
      findInlineCode(html, page, allowed, findings);
      continue;
    }
    const pageKey = pageScanKey(html, page, allowed, scanner);
    const found = cache.get(pageKey) ?? findInlineCode(html, page, allowed);
    cache.set(pageKey, found);
    findings.push(...found);
  }
  await cache?.save();
  return findings;
}

const PAGE_OF = { articles: routes.article, timeline: routes.event, glossary: routes.term, places: routes.place } as const;

/** The entries as the report traces code back to them: file, own pages and body text. */
export function entryTexts(entries: readonly CheckedEntry[]): EntryText[] {
  return entries.map((entry) => ({
    file: entry.file,
    page: PAGE_OF[entry.collection](entry.id),
    body: entry.body ?? '',
    bodyLine: entry.bodyLine ?? 1,
  }));
}

/** Throws the report when the pages hold inline code that is not the site's own, naming each page and the entry it came from. */
export function assertOnlySiteInlineCode(findings: readonly InlineFinding[], entries: readonly CheckedEntry[]): void {
  if (findings.length) throw new Error(formatInlineCodeReport(findings, entryTexts(entries)));
}

/** Writes `outDir/_headers` for every file now under `outDir`; throws a readable error when a host would ignore it. */
export async function writeHeadersFile(outDir: string, allowed: AllowedInlineCode = siteInlineCode()): Promise<HeadersReport> {
  const keys = (await listSiteFiles(outDir)).filter((key) => key !== HEADERS_FILE);
  const blocks = planHeaderBlocks(keys, buildSecurityHeaders(allowed));
  const problems = checkHeaderLimits(blocks);
  if (problems.length) {
    throw new Error(`${problems.join('\n')}\n  Shorten the rules in scripts/lib/headers/rules.ts, or the list in scripts/lib/headers/site-inline-code.ts.`);
  }
  await writeFile(path.join(outDir, HEADERS_FILE), formatHeadersFile(blocks));
  return { rules: blocks.length, scriptHashes: allowed.scripts.size, styleHashes: allowed.styles.size };
}
