import { describe, expect, test } from 'vitest';
import {
  checkHeaderLimits,
  formatHeadersFile,
  headersFor,
  parseHeadersFile,
  planHeaderBlocks,
  urlPathFor,
} from '../../../../../scripts/lib/headers/headers-file.ts';
import { cacheControlFor, HTML_CACHE, IMMUTABLE } from '../../../../../scripts/lib/headers/rules.ts';

const SECURITY = { 'X-Content-Type-Options': 'nosniff' };

const SITE = [
  '404.html',
  '_astro/Base.x.css',
  'articles/a/index.html',
  'articles/a/quotes/1/index.html',
  'favicon.svg',
  'glossary/index.html',
  'glossary/map/index.html',
  'index.html',
  'og/articles/a.png',
  'pagefind/fragment/en_1.pf_fragment',
  'pagefind/pagefind.js',
  'rss.xml',
  'sitemap-0.xml',
  'sitemap-index.xml',
  // A directory whose files need different values: it must be listed file by file.
  'timeline/index.html',
  'timeline/events.json',
];

describe('urlPathFor', () => {
  test.each([
    ['index.html', '/'],
    ['articles/a/index.html', '/articles/a/'],
    ['404.html', '/404.html'],
    ['_astro/x.css', '/_astro/x.css'],
    ['notindex.html', '/notindex.html'],
  ])('%s is served at %s', (key, url) => {
    expect(urlPathFor(key)).toBe(url);
  });
});

describe('planHeaderBlocks', () => {
  const blocks = parseHeadersFile(formatHeadersFile(planHeaderBlocks(SITE, SECURITY)));

  test.each(SITE)('%s gets exactly its own Cache-Control and the security headers', (key) => {
    expect(headersFor(blocks, urlPathFor(key))).toEqual({ ...SECURITY, 'Cache-Control': cacheControlFor(key) });
  });

  test('covers a directory with one pattern when its files agree, and lists them when they do not', () => {
    const paths = blocks.map((block) => block.path);
    expect(paths).toEqual(expect.arrayContaining(['/*', '/_astro/*', '/articles/*', '/glossary/*', '/pagefind/*']));
    expect(paths).toEqual(expect.arrayContaining(['/timeline/', '/timeline/events.json']));
    expect(paths).not.toContain('/timeline/*');
  });

  test('lists patterns in a stable order, whatever order the files came in', () => {
    expect(planHeaderBlocks([...SITE].reverse(), SECURITY)).toEqual(planHeaderBlocks(SITE, SECURITY));
  });
});

describe('headersFor', () => {
  test('joins a header that two matching rules set, as Netlify and Cloudflare Pages do', () => {
    const blocks = parseHeadersFile('/*\n  Cache-Control: a\n/x/*\n  Cache-Control: b\n');
    expect(headersFor(blocks, '/x/y')).toEqual({ 'Cache-Control': 'a, b' });
    expect(headersFor(blocks, '/z')).toEqual({ 'Cache-Control': 'a' });
  });
});

describe('parseHeadersFile', () => {
  test('reads back what formatHeadersFile writes', () => {
    const blocks = [
      { path: '/*', headers: [['X-A', 'one; two']] as [string, string][] },
      { path: '/_astro/*', headers: [['Cache-Control', IMMUTABLE]] as [string, string][] },
    ];
    expect(parseHeadersFile(formatHeadersFile(blocks))).toEqual(blocks);
  });

  test('names a line it cannot read', () => {
    expect(() => parseHeadersFile('  Cache-Control: x\n')).toThrow('cannot read the line `Cache-Control: x`');
  });
});

describe('checkHeaderLimits', () => {
  test.each([
    { name: 'a normal file', blocks: planHeaderBlocks(SITE, SECURITY), problems: 0 },
    {
      name: 'a header line over 2000 characters',
      blocks: [{ path: '/*', headers: [['Content-Security-Policy', 'x'.repeat(2000)]] as [string, string][] }],
      problems: 1,
    },
    {
      name: 'more than 100 rules',
      blocks: Array.from({ length: 101 }, (_, i) => ({ path: `/${i}`, headers: [['Cache-Control', HTML_CACHE]] as [string, string][] })),
      problems: 1,
    },
  ])('$name: $problems problem(s)', ({ blocks, problems }) => {
    expect(checkHeaderLimits(blocks)).toHaveLength(problems);
  });
});
