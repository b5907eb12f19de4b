/**
 * axe-core on every built page in the light and the dark theme, and the language of every
 * Cyrillic word. Run after `npm run build`.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, pagePaths, PHONE } from './harness.ts';
import { useSite } from './use-site.ts';

const paths = pagePaths();
const site = useSite();

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // bypassCSP: axe is injected as an inline script, which the site's policy would rightly refuse.
    context = await site.session.newContext({ viewport: PHONE, colorScheme, bypassCSP: true });
    page = await context.newPage();
  });

  afterAll(() => context?.close());

  test('the site has pages to check', () => {
    expect(paths.length).toBeGreaterThan(70);
  });

  test.each(paths)('%s has no violations', async (pagePath) => {
    await page.goto(`${site.server.origin}${pagePath}`);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // The theme really is the one under test (the dark paper is rgb(22, 24, 27)).
    expect(background).toBe(colorScheme === 'dark' ? 'rgb(22, 24, 27)' : 'rgb(251, 250, 247)');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('language of parts', () => {
  test('every Cyrillic word on every page is inside an element with lang="uk" or lang="ru"', async () => {
    const context = await site.session.newContext();
    const page = await context.newPage();
    const unmarked: string[] = [];
    for (const pagePath of paths) {
      await page.goto(`${site.server.origin}${pagePath}`);
      const found = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const bad: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!/[\u0400-\u04FF]/.test(node.textContent ?? '')) continue;
          const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
          if (!/^(uk|ru)\b/.test(lang)) bad.push(node.textContent!.trim());
        }
        return bad;
      });
      unmarked.push(...found.map((text) => `${pagePath}: “${text}”`));
    }
    await context.close();
    expect(unmarked).toEqual([]);
  });
});
