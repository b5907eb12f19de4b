/**
 * A site past the list limits (src/lib/paging.ts), built by Astro: the benchmark's synthetic
 * content at 820 entries (529 events, 265 terms) splits the timeline by year, the largest categories
 * by year, and the glossary by letter. What readers and machines get: pages at stable addresses, plain
 * links between them, every page in the sitemap with its own card.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateContentSet } from '../../scripts/lib/bench/synthetic-content.ts';
import { writeFiles } from '../../scripts/lib/bench/files.ts';
import { PAGE_LIMITS } from '../../src/lib/paging.ts';
import { astroBuild } from '../helpers/build-fixture.ts';

const workDir = path.join(process.cwd(), 'test/.tmp', `split-lists-${process.pid}`);
const outDir = path.join(workDir, 'dist');

beforeAll(async () => {
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  const content = path.join(workDir, 'content');
  await writeFiles(content, generateContentSet(820).files);
  await astroBuild({ content, outDir, cacheDir: path.join(workDir, 'cache'), siteUrl: 'https://fixture.example' });
}, 600_000);

afterAll(() => rm(workDir, { recursive: true, force: true }));

/** The built page at `pagePath` (`/timeline/2014/`) as a document. */
async function page(pagePath: string): Promise<Document> {
  const { window } = await JSDOM.fromFile(path.join(outDir, pagePath, 'index.html'));
  return window.document;
}

const hrefs = (document: Document, selector: string) => [...document.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => a.getAttribute('href')!);
const built = (pagePath: string) => existsSync(path.join(outDir, pagePath, 'index.html'));

describe('the timeline, split by year', () => {
  test('/timeline/ stays a page: the years with their counts, and the lead article’s year', async () => {
    const document = await page('/timeline/');
    const years = hrefs(document, 'nav[aria-label="Years"] a');
    expect(years.length).toBeGreaterThan(10);
    expect(years.every((href) => /^\/timeline\/\d{4}\/$/.test(href) && built(href))).toBe(true);
    const counts = [...document.querySelectorAll('nav[aria-label="Years"] .count')].map((count) => Number(/\d+/.exec(count.textContent!)![0]));
    expect(counts.reduce((a, b) => a + b)).toBe(529);
    // The synthetic events end in 2020, before every article: the last year before the lead's shows.
    expect(document.querySelector('[data-timeline]')?.hasAttribute('data-timeline-split')).toBe(true);
    expect(document.querySelector('nav[aria-label="Years"] a[aria-current]')?.getAttribute('href')).toBe('/timeline/2020/');
    expect(document.querySelectorAll('[data-timeline] [data-event-category]').length).toBe(counts.at(-1));
  });

  test('a year page holds that year’s events, marks its year, and links the years before and after it', async () => {
    const document = await page('/timeline/2010/');
    const dates = [...document.querySelectorAll('[data-timeline] time.event-date')].map((time) => time.getAttribute('datetime')!);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((date) => date.startsWith('2010'))).toBe(true);
    expect(document.querySelector('nav[aria-label="Years"] a[aria-current="page"]')?.getAttribute('href')).toBe('/timeline/2010/');
    expect(hrefs(document, '.list-pager.top a[rel="prev"]')).toEqual(['/timeline/2009/']);
    expect(hrefs(document, '.list-pager.top a[rel="next"]')).toEqual(['/timeline/2011/']);
    expect(document.title).toMatch(/^Timeline: the war in Donbas, 2010 \| /);
    expect(document.querySelector('h1')?.textContent).toBe('Timeline: 2010');
    expect(document.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('https://fixture.example/og/timeline/2010.png');
  });

  test('the category filter leads to each category’s own pages, which are split by year in turn', async () => {
    const document = await page('/timeline/2010/');
    const categories = hrefs(document, '[data-timeline-filter] a[data-category-link]:not([data-category-link=""])');
    expect(categories).toContain('/timeline/category/military/');
    // The largest categories pass the limit and split; the split one shows only its own events.
    const split = [];
    for (const href of categories) {
      const years = hrefs(await page(href), 'nav[aria-label="Years"] a');
      if (years.length) split.push({ category: href.split('/').at(-2)!, years });
    }
    expect(split.length).toBeGreaterThan(0);
    const { category, years } = split[0]!;
    expect(years.every((href) => new RegExp(`^/timeline/category/${category}/\\d{4}/$`).test(href) && built(href))).toBe(true);
    const year = await page(years[1]!);
    expect([...year.querySelectorAll('[data-event-category]')].every((event) => event.getAttribute('data-event-category') === category)).toBe(true);
    expect(year.querySelector('[data-filter-status]')?.textContent).toMatch(/^Showing \d+ of 529 events: [A-Z][^.]*\.$/);
  });
});

describe('the glossary, split by letter', () => {
  test('/glossary/ stays a page: the letters with their counts, and the first letter’s terms', async () => {
    const document = await page('/glossary/');
    const letters = hrefs(document, 'nav[aria-label="Letters"] a');
    expect(letters.every((href) => /^\/glossary\/letter\/([a-z]|other)\/$/.test(href) && built(href))).toBe(true);
    expect(document.querySelectorAll('dl dt').length).toBe(Number(/\d+/.exec(document.querySelector('nav[aria-label="Letters"] .count')!.textContent!)![0]));
  });

  test('a letter page holds the terms filed under it, each linked to its own page', async () => {
    const index = await page('/glossary/');
    const letter = hrefs(index, 'nav[aria-label="Letters"] a')[2]!;
    const document = await page(letter);
    const initial = letter.split('/').at(-2)!.toUpperCase();
    const terms = [...document.querySelectorAll('dl dt dfn a')];
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.every((term) => term.textContent!.replace(/^(the|a|an)\s+/i, '').toUpperCase().startsWith(initial))).toBe(true);
    expect(terms.every((term) => built(term.getAttribute('href')!))).toBe(true);
    expect(document.querySelector('nav[aria-label="Letters"] a[aria-current="page"]')?.getAttribute('href')).toBe(letter);
  });
});

describe('every list page', () => {
  // Read as text: parsing some sixty pages into documents would take most of a minute.
  const listPages = async () =>
    (await readdir(outDir, { recursive: true }))
      .map((file) => `/${String(file).split(path.sep).join('/')}`.replace(/index\.html$/, ''))
      .filter((file) => /^\/(timeline\/(category\/[^/]+\/)?|glossary\/(letter\/[^/]+\/)?)(\d{4}\/)?(\d+\/)?$/.test(file));
  const html = (pagePath: string) => readFile(path.join(outDir, pagePath, 'index.html'), 'utf8');

  test('holds at most its limit of entries, and is well under 500 KiB', async () => {
    const pages = await listPages();
    expect(pages.length).toBeGreaterThan(40);
    for (const pagePath of pages) {
      const text = await html(pagePath);
      const items = text.match(/ data-event-category=|<dt /g)?.length ?? 0;
      expect(items, pagePath).toBeLessThanOrEqual(pagePath.startsWith('/glossary/') ? PAGE_LIMITS.terms : PAGE_LIMITS.events);
      expect(Buffer.byteLength(text), pagePath).toBeLessThan(500 * 1024);
    }
  });

  test('links only pages that exist, and is in the sitemap', async () => {
    const sitemap = await readFile(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
    let paged = 0;
    for (const pagePath of await listPages()) {
      expect(listed.has(pagePath), pagePath).toBe(true);
      // A list short enough for one page (here a small category) has no pager.
      const pager = [...(await html(pagePath)).matchAll(/class="list-pager[\s\S]*?<\/div>/g)].join('');
      if (pager) paged++;
      const links = [...pager.matchAll(/href="(\/[^"]*)"/g)].map((match) => match[1]!);
      expect(links.filter((href) => !built(href)), pagePath).toEqual([]);
    }
    expect(paged).toBeGreaterThan(40);
  });
});
