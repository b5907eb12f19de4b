/**
 * Browser-test plumbing on top of scripts/lib/browser.ts (the server and the browser, which
 * `npm run budgets` shares): the pages of dist/, console problems, and axe.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DIST } from '../../scripts/lib/browser.ts';

export { DIST, PHONE, chromiumPath, launchBrowser, readHeaderRules, serveDist, type BrowserSession, type StaticServer } from '../../scripts/lib/browser.ts';

/** Every page's URL path, from the HTML files in dist/; synchronous, so tests can be generated per page. */
export function pagePaths(root = DIST): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** The lead article's path (the first in dist/articles/). */
export function articlePath(root = DIST): string {
  const article = pagePaths(root).find((p) => /^\/articles\/[^/]+\/$/.test(p));
  if (!article) throw new Error('dist/ has no article page. Run `npm run build` first.');
  return article;
}

/** Records console errors, uncaught exceptions and failed requests of `page`; the array fills as the page runs. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`${page.url()}: failed ${request.url()} (${request.failure()?.errorText})`);
  });
  return problems;
}

const AXE = path.resolve('node_modules/axe-core/axe.min.js');

/** Runs axe-core (all default rules: WCAG 2.x A/AA and best practices) and returns each violation as a line. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe.run();
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.slice(0, 5).join(', ')}`);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

