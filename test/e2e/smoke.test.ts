import { describe, expect, test } from 'vitest';
import { pagePaths, PHONE } from './harness.ts';
import { useSite } from './use-site.ts';

const site = useSite();

describe('every page', () => {
  test('loads without console errors or failed requests', async () => {
    const paths = pagePaths();
    expect(paths.length).toBeGreaterThan(70);
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    page.on('requestfailed', (request) => {
      // Moving to the next page aborts the favicon fetch of the last one; that is not a broken link.
      if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`${page.url()}: failed ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/404.html')) {
        problems.push(`${page.url()}: ${response.status()} for ${response.url()}`);
      }
    });
    const cards = new Set<string>();
    for (const pagePath of paths) {
      const response = await page.goto(`${site.server.origin}${pagePath}`);
      expect(response?.status(), pagePath).toBe(200);
      expect(await page.locator('h1').count(), `${pagePath} has one h1`).toBe(1);
      const image = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(image, `${pagePath} has an og:image`).toMatch(/^https?:\/\/.+\/og\/.+\.png$/);
      // The 404 page borrows the front page's card; every other page has its own.
      if (pagePath !== '/404.html') cards.add(new URL(image!).pathname);
    }
    expect(cards.size, 'one card per page').toBe(paths.length - 1);
    for (const card of cards) {
      const response = await context.request.get(`${site.server.origin}${card}`);
      expect(response.status(), card).toBe(200);
      expect(response.headers()['content-type'], card).toBe('image/png');
      expect((await response.body()).subarray(1, 4).toString(), card).toBe('PNG');
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
