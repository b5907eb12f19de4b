/** Structured data, the feed, the sitemap and robots.txt, as built into dist/ (no browser needed). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articlePath, DIST, pagePaths } from './harness.ts';

const read = (file: string) => readFile(path.join(DIST, file), 'utf8');
const htmlOf = (pagePath: string) => read(path.join(pagePath, pagePath.endsWith('.html') ? '' : 'index.html'));

/** Every JSON-LD block of a page, parsed. */
async function jsonLd(pagePath: string): Promise<Record<string, unknown>[]> {
  const html = await htmlOf(pagePath);
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
}

describe('JSON-LD', () => {
  test('the article is a complete NewsArticle', async () => {
    const [article] = await jsonLd(articlePath());
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: expect.any(String),
      datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      // A date-time, or the day of its newest correction.
      dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}(T|$)/),
      author: [expect.objectContaining({ '@type': 'Person', worksFor: { '@type': 'Organization', name: 'AFP' } })],
      publisher: expect.objectContaining({ '@type': 'Organization', logo: expect.objectContaining({ url: expect.stringMatching(/^https?:\/\//) }) }),
      isBasedOn: expect.objectContaining({ url: expect.stringMatching(/^https:\/\//) }),
    });
  });

  test('the glossary is a DefinedTermSet of every term, and each term page a WebPage about a DefinedTerm in it', async () => {
    const [set] = await jsonLd('/glossary/');
    const termPages = pagePaths().filter((p) => /^\/glossary\/[^/]+\/$/.test(p));
    expect(set).toMatchObject({ '@type': 'DefinedTermSet' });
    const inSet = (set!['hasDefinedTerm'] as { '@id': string }[]).map((term) => term['@id']);
    expect(inSet.length).toBe(termPages.length);
    for (const termPage of termPages) {
      const [page] = await jsonLd(termPage);
      expect(page, termPage).toMatchObject({
        '@type': 'WebPage',
        url: expect.stringContaining(termPage),
        mainEntity: { '@type': 'DefinedTerm', url: expect.stringContaining(termPage), inDefinedTermSet: { '@id': set!['@id'] } },
      });
      // The page's term is the same node as the set's.
      expect(inSet, termPage).toContain((page!['mainEntity'] as { '@id': string })['@id']);
    }
  });

  test('every event page is a WebPage about an Event with its date', async () => {
    const eventPages = pagePaths().filter((p) => /^\/timeline\/\d{4}-[^/]+\/$/.test(p));
    expect(eventPages.length).toBeGreaterThan(40);
    for (const eventPage of eventPages) {
      const [page] = await jsonLd(eventPage);
      expect(page, eventPage).toMatchObject({
        '@type': 'WebPage',
        mainEntity: { '@type': 'Event', startDate: expect.stringMatching(/^\d{4}-\d{2}(-\d{2})?$/), description: expect.any(String) },
      });
    }
  });

  test('the front page offers the search page as a SearchAction', async () => {
    const [site] = await jsonLd('/');
    expect(site).toMatchObject({ '@type': 'WebSite', potentialAction: { target: { urlTemplate: expect.stringMatching(/\/search\/\?q=\{search_term_string\}$/) } } });
  });
});

describe('feed, sitemap and robots.txt', () => {
  test('/rss.xml has the articles and the events, newest first, with absolute links', async () => {
    const rss = await read('rss.xml');
    const items = [...rss.matchAll(/<item>(.*?)<\/item>/gs)].map((m) => ({
      link: /<link>(.*?)<\/link>/.exec(m[1]!)![1]!,
      date: new Date(/<pubDate>(.*?)<\/pubDate>/.exec(m[1]!)![1]!).getTime(),
    }));
    expect(items.some((i) => i.link.includes('/articles/'))).toBe(true);
    expect(items.filter((i) => i.link.includes('/timeline/')).length).toBeGreaterThan(40);
    expect(items.every((i) => /^https?:\/\/[^/]+\/.+\/$/.test(i.link))).toBe(true);
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort((a, b) => b - a));
    // Every page announces the feed.
    expect(await htmlOf('/')).toContain('<link rel="alternate" type="application/rss+xml"');
  });

  test('the sitemap lists every indexable page, and not search or 404', async () => {
    const index = await read('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>https?:\/\/[^/]+\/(.*?)<\/loc>/g)].map((m) => m[1]!);
    const locs = (await Promise.all(sitemaps.map(read))).flatMap((xml) => [...xml.matchAll(/<loc>https?:\/\/[^/]+(\/.*?)<\/loc>/g)].map((m) => m[1]!));
    const expected = pagePaths().filter((p) => p !== '/search/' && p !== '/404.html');
    expect(locs.sort()).toEqual(expected);
  });

  test('robots.txt points at the sitemap', async () => {
    expect(await read('robots.txt')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});
