/**
 * Search: deep links run the query, results come from the glossary and the timeline, the type
 * filter narrows them, the header box leads there without JavaScript, other pages load no search
 * code, and it all works under `npm run preview` too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { articlePath, PHONE, watchProblems } from './harness.ts';
import { useSite } from './use-site.ts';

const site = useSite();

async function resultUrls(page: Page): Promise<string[]> {
  const links = page.locator('[data-search-results] li h3 a');
  await links.first().waitFor();
  return links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function searchMinsk(origin: string): Promise<{ urls: string[]; problems: string[]; status: string }> {
  const context = await site.session.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${origin}/search/?q=Minsk`);
  const urls = await resultUrls(page);
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  await context.close();
  return { urls, problems, status };
}

describe('search page', () => {
  test('/search/?q=Minsk lists glossary terms and timeline events', async () => {
    const { urls, problems, status } = await searchMinsk(site.server.origin);
    expect(urls).toContain('/glossary/minsk-agreements/');
    expect(urls.some((u) => u.startsWith('/timeline/'))).toBe(true);
    expect(urls.some((u) => u.startsWith('/glossary/'))).toBe(true);
    expect(status).toMatch(/^\d+ pages match “Minsk”\.$/);
    expect(problems).toEqual([]);
  });

  test('the type filter narrows the results and is part of the address', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/search/?q=Minsk&type=term`);
    expect(await page.getByLabel(/Glossary terms/).isChecked()).toBe(true);
    const terms = await resultUrls(page);
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.every((u) => u.startsWith('/glossary/'))).toBe(true);
    // Counts per type are shown beside each choice.
    expect(await page.locator('[data-count="term"]').textContent()).toBe(`(${terms.length})`);

    await page.getByLabel(/Timeline events/).check();
    await expect.poll(() => page.url()).toContain('type=event');
    await expect.poll(async () => (await resultUrls(page)).every((u) => u.startsWith('/timeline/'))).toBe(true);
    await context.close();
  });

  test('typing runs the search and updates the address', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/search/`);
    await page.getByLabel('Search the explainer').fill('Crimea');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Crimea');
    expect(await resultUrls(page)).toContain('/glossary/crimea/');
    await page.getByLabel('Search the explainer').fill('zzzqqq');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe('No pages match “zzzqqq”.');
    await context.close();
  });

  test('without JavaScript the page says why there are no results, and offers the timeline and glossary', async () => {
    const context = await site.session.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/search/?q=Minsk`);
    expect(await page.getByText('Search runs in your browser and needs JavaScript').isVisible()).toBe(true);
    await context.close();
  });

  test('with JavaScript that notice is gone', async () => {
    const context = await site.session.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/search/`);
    expect(await page.getByText('Search runs in your browser and needs JavaScript').isVisible()).toBe(false);
    await context.close();
  });
});

describe('header search box', () => {
  test('is a plain form that leads to the search page, even without JavaScript', async () => {
    const context = await site.session.newContext({ viewport: { width: 1200, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/glossary/`);
    await page.getByRole('searchbox', { name: 'Search the explainer' }).fill('Minsk');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL('**/search/?q=Minsk');
    await context.close();
  });

  test.each(['/', '/timeline/', '/glossary/'])('%s loads no search code', async (pagePath) => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.server.origin}${pagePath}`, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith('/pagefind/') || /search/i.test(p))).toEqual([]);
    await context.close();
  });

  test('the article loads no search code either', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.server.origin}${articlePath()}`, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await context.close();
  });
});

/** A free loopback port for `astro preview`. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

async function waitForServer(origin: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with status ${child.exitCode}.`);
    const ok = await fetch(origin).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro preview did not answer at ${origin} within 20 s.`);
}

describe('under npm run preview', () => {
  test('/search/?q=Minsk works as it does on the CDN', async () => {
    const port = await freePort();
    // `npm run preview` is `astro preview`; run it with this Node (24) so it does not fall back to the system's.
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
      stdio: 'ignore',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    try {
      const origin = `http://127.0.0.1:${port}`;
      await waitForServer(origin, child);
      const { urls, problems } = await searchMinsk(origin);
      expect(urls).toContain('/glossary/minsk-agreements/');
      expect(urls.some((u) => u.startsWith('/timeline/'))).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      child.kill();
    }
  });
});
