import { describe, expect, test } from 'vitest';
import { compareHeaders, parseCheckHeadersArgs, pickProbes, probePassed } from '../../../../../scripts/lib/headers/live-check.ts';

describe('parseCheckHeadersArgs', () => {
  test.each([
    { argv: ['https://site.example/'], expected: { origin: 'https://site.example', dir: 'dist', paths: [], timeoutMs: 15_000 } },
    {
      argv: ['https://site.example/glossary/map/', '--dir', 'out', '--path', '/rss.xml', '--path', '/search/', '--timeout', '2.5'],
      expected: { origin: 'https://site.example', dir: 'out', paths: ['/glossary/map/', '/rss.xml', '/search/'], timeoutMs: 2500 },
    },
    { argv: ['--help'], expected: { help: true } },
  ])('$argv', ({ argv, expected }) => {
    expect(parseCheckHeadersArgs(argv)).toMatchObject(expected);
  });

  test.each([
    [['a', 'b'], 'Give the URL of the live site, once: got `a`, `b`.'],
    [['ftp://site.example'], 'The URL must start with https:// or http://, got `ftp://site.example`.'],
    [['https://site.example', '--timeout', '0'], '`--timeout` must be a number of seconds above 0, got `0`.'],
    [['https://site.example', '--paths', '/x/'], "Unknown option '--paths'. Did you mean `--path`?"],
  ])('%j fails with %s', (argv, message) => {
    expect(() => parseCheckHeadersArgs(argv)).toThrow(message);
  });
});

describe('pickProbes', () => {
  const keys = ['404.html', '_astro/a.js', '_astro/b.css', '_astro/a.css', 'articles/x/index.html', 'articles/x/quotes/1/index.html', 'index.html', 'og/articles/x.png', 'og/index.png'];

  test('takes the home page, the first article, the first stylesheet and the home card, then the paths asked for', () => {
    expect(pickProbes(keys, ['/articles/x/', '/rss.xml'])).toEqual([
      { path: '/', what: 'home page' },
      { path: '/articles/x/', what: 'article page' },
      { path: '/_astro/a.css', what: 'asset' },
      { path: '/og/index.png', what: 'share card' },
      { path: '/rss.xml', what: 'requested' },
    ]);
  });

  test('falls back to any page, asset and card, and leaves out what the build lacks', () => {
    expect(pickProbes(['glossary/y/index.html', '_astro/a.js', 'og/glossary/y.png'])).toEqual([
      { path: '/glossary/y/', what: 'article page' },
      { path: '/_astro/a.js', what: 'asset' },
      { path: '/og/glossary/y.png', what: 'share card' },
    ]);
  });
});

describe('compareHeaders', () => {
  const expected = {
    'Content-Security-Policy': "default-src 'self'; script-src 'self' 'sha256-a'",
    'Cache-Control': 'public, max-age=300',
  };
  const from = (headers: Record<string, string>) => (name: string) => headers[name.toLowerCase()];

  test.each([
    { name: 'the same values', received: { 'content-security-policy': expected['Content-Security-Policy'], 'cache-control': 'public, max-age=300' }, differs: [] },
    {
      name: 'the policy reordered and respaced',
      received: { 'content-security-policy': "script-src  'self' 'sha256-a' ;default-src 'self';", 'cache-control': ' public, max-age=300' },
      differs: [],
    },
    { name: 'a missing header', received: { 'content-security-policy': expected['Content-Security-Policy'] }, differs: ['Cache-Control'] },
    {
      name: 'a weaker policy and another cache time',
      received: { 'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'", 'cache-control': 'public, max-age=60' },
      differs: ['Content-Security-Policy', 'Cache-Control'],
    },
  ])('$name', ({ received, differs }) => {
    expect(compareHeaders(expected, from(received)).map((difference) => difference.name)).toEqual(differs);
  });
});

describe('probePassed', () => {
  const probe = { path: '/', what: 'home page' } as const;
  test.each([
    [{ status: 200, differences: [] }, true],
    [{ status: 404, differences: [] }, false],
    [{ failure: 'ECONNREFUSED', differences: [] }, false],
    [{ status: 200, differences: [{ name: 'X', expected: 'a', received: undefined }] }, false],
  ])('%j: %s', (result, passed) => {
    expect(probePassed({ probe, url: 'https://site.example/', ...result })).toBe(passed);
  });
});
