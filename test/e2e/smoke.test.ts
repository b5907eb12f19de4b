import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, pagePaths, PHONE, serveDist, type BrowserSession, type StaticServer } from './harness.ts';

let server: StaticServer;
let session: BrowserSession;

beforeAll(async () => {
  server = await serveDist();
  session = await launchBrowser();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('every page', () => {
  test('loads without console errors or failed requests', async () => {
    const paths = pagePaths();
    expect(paths.length).toBeGreaterThan(70);
    const context = await session.newContext({ viewport: PHONE });
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
    for (const pagePath of paths) {
      const response = await page.goto(`${server.origin}${pagePath}`);
      expect(response?.status(), pagePath).toBe(200);
      expect(await page.locator('h1').count(), `${pagePath} has one h1`).toBe(1);
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
