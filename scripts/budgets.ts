/**
 * `npm run budgets`: loads the front page, the lead article and the timeline from dist/ in
 * Chromium at a phone viewport, and prints what each loads (text gzipped, fonts as served), its
 * JavaScript and its layout shift. Exits 1 when a page is over budget. Run `npm run build` first.
 *
 *   npm run budgets                      the three reader pages
 *   npm run budgets -- /glossary/ /search/   any pages
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { BUDGETS, formatVerdicts, judgePage, type PageMeasurement, type Resource, type ResourceKind } from './lib/budgets.ts';
import { routes } from '../src/lib/routes.ts';
import { DIST, launchBrowser, PHONE, serveDist } from './lib/browser.ts';

const TEXT = /^(text\/|application\/(javascript|json|xml|rss\+xml|manifest\+json)|image\/svg\+xml)/;

function kindOf(response: Response): ResourceKind {
  const type = response.request().resourceType();
  if (type === 'document' || type === 'stylesheet' || type === 'script' || type === 'font' || type === 'image') return type;
  return 'other';
}

async function measureResponse(response: Response): Promise<Resource | undefined> {
  const body = await response.body().catch(() => undefined);
  if (!body) return undefined;
  const contentType = response.headers()['content-type'] ?? '';
  return {
    url: response.url(),
    kind: kindOf(response),
    rawBytes: body.length,
    transferBytes: TEXT.test(contentType) ? gzipSync(body).length : body.length,
  };
}

/** Collects layout-shift entries from the first paint on, as Lighthouse does (input-driven shifts excluded). */
const OBSERVE_SHIFTS = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

async function measurePage(page: Page, origin: string, pagePath: string): Promise<PageMeasurement> {
  const pending: Promise<Resource | undefined>[] = [];
  const onResponse = (response: Response) => void pending.push(measureResponse(response));
  page.on('response', onResponse);
  await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
  // Let late shifts (fonts swapping in, scripts revealing controls) settle before reading.
  await page.waitForTimeout(500);
  const layoutShift = await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
  const inlineScriptBytes = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !s.getAttribute('type') || s.getAttribute('type') === 'module')
      .reduce((total, s) => total + new TextEncoder().encode(s.textContent ?? '').length, 0),
  );
  page.off('response', onResponse);
  const resources = (await Promise.all(pending)).filter((r): r is Resource => r !== undefined);
  return { path: pagePath, resources, inlineScriptBytes, layoutShift };
}

async function leadArticlePath(): Promise<string> {
  const slugs = (await readdir(path.join(DIST, 'articles'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  if (!slugs.length) throw new Error('dist/ has no article. Run `npm run build` first.');
  return routes.article(slugs.sort()[0]!);
}

async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true });
  const paths = positionals.length ? positionals : [routes.home(), await leadArticlePath(), routes.timeline()];
  const server = await serveDist();
  const session = await launchBrowser();
  try {
    const verdicts = [];
    for (const pagePath of paths) {
      // A fresh context per page: an empty cache, as for a reader arriving from a social feed.
      const context = await session.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
      await context.addInitScript(OBSERVE_SHIFTS);
      verdicts.push(judgePage(await measurePage(await context.newPage(), server.origin, pagePath)));
      await context.close();
    }
    console.log(`Page weight at ${PHONE.width}×${PHONE.height} (text gzipped; fonts and images as served):\n`);
    console.log(formatVerdicts(verdicts));
    console.log(`\nBudgets: total ≤ ${BUDGETS.totalKiB} KiB, JavaScript ≤ ${BUDGETS.scriptKiB} KiB, layout shift ≤ ${BUDGETS.layoutShift}.`);
    const problems = verdicts.flatMap((v) => v.problems);
    if (problems.length) {
      console.error(`\nOver budget:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      return 1;
    }
    console.log('All pages are within budget.');
    return 0;
  } finally {
    await session.close();
    await server.close();
  }
}

process.exitCode = await main();
