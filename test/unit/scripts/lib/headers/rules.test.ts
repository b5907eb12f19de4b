import { describe, expect, test } from 'vitest';
import {
  DEFAULT_CACHE,
  HTML_CACHE,
  IMMUTABLE,
  PATH_RULES,
  SHORT_CACHE,
  cacheControlFor,
  findRule,
} from '../../../../../scripts/lib/headers/rules.ts';

describe('findRule', () => {
  test.each([
    ['_astro/Base.BUE-R6RB.css', IMMUTABLE, 'assets', true],
    ['_astro/inter-latin-400-normal.C38fXH4l.woff2', IMMUTABLE, 'assets', true],
    ['og/articles/ukraine-urges-nato-membership.png', SHORT_CACHE, 'assets', false],
    ['pagefind/fragment/en_1a2b3c.pf_fragment', SHORT_CACHE, 'assets', true],
    ['pagefind/index/en_67d3cff.pf_index', SHORT_CACHE, 'assets', true],
    ['pagefind/filter/en_99.pf_filter', SHORT_CACHE, 'assets', true],
    ['pagefind/pagefind.en_e720730b93.pf_meta', SHORT_CACHE, 'assets', true],
    ['pagefind/pagefind.js', SHORT_CACHE, 'other', false],
    ['pagefind/pagefind-entry.json', SHORT_CACHE, 'other', false],
    ['index.html', HTML_CACHE, 'pages', false],
    ['404.html', HTML_CACHE, 'pages', false],
    ['articles/ukraine-urges-nato-membership/index.html', HTML_CACHE, 'pages', false],
    ['rss.xml', SHORT_CACHE, 'feeds', false],
    ['sitemap-0.xml', SHORT_CACHE, 'feeds', false],
    ['sitemap-index.xml', SHORT_CACHE, 'sitemap-index', false],
    ['favicon.svg', DEFAULT_CACHE, 'other', false],
    ['robots.txt', DEFAULT_CACHE, 'other', false],
    // Only /_astro/ is content-hashed: a font elsewhere must not be cached for a year.
    ['fonts/inter.woff2', DEFAULT_CACHE, 'other', false],
    ['articles/x/notes.xml', DEFAULT_CACHE, 'other', false],
  ])('%s → %s, stage %s, retained %s', (key, cacheControl, stage, retain) => {
    expect(findRule(key)).toMatchObject({ cacheControl, stage, retain });
    expect(cacheControlFor(key)).toBe(cacheControl);
  });
});

describe('PATH_RULES', () => {
  test('ends with a catch-all rule', () => {
    expect(PATH_RULES.at(-1)!.pattern.test('anything/at/all.bin')).toBe(true);
  });

  test('keeps HTML revalidating in browsers and gives the CDN a bounded copy', () => {
    expect(HTML_CACHE).toMatch(/max-age=0, must-revalidate/);
    expect(HTML_CACHE).toMatch(/s-maxage=\d+/);
  });
});
