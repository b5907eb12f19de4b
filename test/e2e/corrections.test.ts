/**
 * Corrections as readers and machines meet them in the built site: every correction shown at the
 * end of an entry is on /corrections/ and in the page's JSON-LD, and nothing else is; the timeline
 * marks corrected events; /corrections/ is linked from every footer, found by search and fits a
 * phone. The checks hold for any content, with corrections or without.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { articlePath, pagePaths, PHONE, watchProblems } from './harness.ts';
import { useSite } from './use-site.ts';

const site = useSite();

interface Shown {
  date: string;
  text: string;
}

/** What an entry page shows and states about its corrections. */
interface EntryCorrections {
  path: string;
  shown: Shown[];
  /** From the JSON-LD: `correction` (date and text) and `dateModified`. */
  stated: Shown[];
  modified: string | undefined;
  updatedLine: string | undefined;
}

const ENTRY_PAGE = /^\/(articles\/[^/]+|timeline\/\d{4}-[^/]+|glossary\/[^/]+)\/$/;

/** Reads the corrections section, the "Updated" line and the JSON-LD of the page open in `page`. */
function readEntry(page: Page, path: string): Promise<EntryCorrections> {
  return page.evaluate((path) => {
    const items = [...document.querySelectorAll('#corrections li')];
    const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    return {
      path,
      shown: items.map((li) => ({ date: li.querySelector('time')!.getAttribute('datetime')!, text: li.querySelector('p')!.textContent! })),
      stated: (ld.correction ?? []).map((c: { datePublished: string; text: string }) => ({ date: c.datePublished, text: c.text })),
      modified: ld.dateModified,
      updatedLine: document.querySelector('.last-updated time')?.getAttribute('datetime') ?? undefined,
    };
  }, path);
}

describe('corrections across the site', () => {
  const entries: EntryCorrections[] = [];

  beforeAll(async () => {
    const context = await site.session.newContext();
    const page = await context.newPage();
    for (const path of pagePaths().filter((p) => ENTRY_PAGE.test(p))) {
      await page.goto(`${site.server.origin}${path}`);
      entries.push(await readEntry(page, path));
    }
    await context.close();
  });

  test('every entry page was read', () => {
    expect(entries.length).toBeGreaterThan(60);
  });

  test('each entry’s JSON-LD states exactly the corrections its page shows', () => {
    expect(entries.filter((e) => JSON.stringify(e.shown) !== JSON.stringify(e.stated)).map((e) => e.path)).toEqual([]);
  });

  test('a corrected entry is updated no earlier than its newest correction, on the page and for machines', () => {
    for (const entry of entries.filter((e) => e.shown.length > 0)) {
      const newest = entry.shown.map((c) => c.date).sort().at(-1)!;
      expect(entry.updatedLine, entry.path).toBeDefined();
      expect(entry.updatedLine! >= newest, entry.path).toBe(true);
      expect(entry.modified!.slice(0, 10) >= newest, entry.path).toBe(true);
    }
  });

  test('/corrections/ lists every correction shown on an entry, newest first, each linking to it', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${site.server.origin}/corrections/`);
    const listed = await page.evaluate(() =>
      [...document.querySelectorAll('.corrections-page li')].map((li) => ({
        date: li.querySelector('time')!.getAttribute('datetime')!,
        path: new URL(li.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname,
        text: li.querySelector('p:last-child')!.textContent!,
      })),
    );
    const expected = entries.flatMap((entry) => entry.shown.map((c) => ({ ...c, path: entry.path })));
    const key = (c: { date: string; path: string; text: string }) => `${c.date} ${c.path} ${c.text}`;
    expect(listed.map(key).sort()).toEqual(expected.map(key).sort());
    expect(listed.map((c) => c.date)).toEqual(listed.map((c) => c.date).sort().reverse());
    if (listed.length === 0) expect(await page.getByText('There are no corrections yet.').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await context.close();
    expect(problems).toEqual([]);
  });

  test('the timeline marks each corrected event, and each mark leads to its corrections', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/timeline/`);
    const marks = await page.locator('a.corrected').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    const corrected = entries.filter((e) => e.path.startsWith('/timeline/') && e.shown.length > 0).map((e) => `${e.path}#corrections`);
    expect(marks.sort()).toEqual(corrected.sort());
    for (const mark of marks.slice(0, 3)) {
      await page.goto(`${site.server.origin}${mark}`);
      expect(await page.locator('#corrections h2').isVisible(), mark).toBe(true);
    }
    await context.close();
  });
});

describe('/corrections/ for readers', () => {
  test.each(['/', '/timeline/', '/404.html'])('the footer of %s links to it', async (path) => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${path}`);
    await page.locator('.site-footer').getByRole('link', { name: 'Corrections' }).click();
    await page.waitForURL('**/corrections/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Corrections');
    await context.close();
  });

  test('the article’s footer links to it too', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${articlePath()}`);
    expect(await page.locator('.site-footer a[href="/corrections/"]').count()).toBe(1);
    await context.close();
  });

  test('search finds it', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/search/?q=corrections`);
    const links = page.locator('[data-search-results] li h3 a');
    await links.first().waitFor();
    const urls = await links.evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls).toContain('/corrections/');
    await context.close();
  });
});
