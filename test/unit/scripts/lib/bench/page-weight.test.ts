import { describe, expect, test } from 'vitest';
import { rangeCovers, readFontFaces, readPage, sitePathOf, totalWeight, transferBytes } from '../../../../../scripts/lib/bench/page-weight.ts';

const HTML = `<!doctype html><html><head>
<link rel="icon" href="/favicon.svg">
<link rel="stylesheet" href="/_astro/Base.css">
<link rel="preload" href="/fonts/serif.woff2" as="font" crossorigin>
<link rel="modulepreload" href="/_astro/chunk.js">
<link rel="canonical" href="https://example.org/">
<script type="module" src="/_astro/page.js"></script>
<script>const hidden = "not text";</script>
<style>body { color: red }</style>
</head><body><h1>Héllo</h1><img src="/a.png" alt=""><img src="/b.png" loading="lazy" alt="">
<template><img src="/in-template.png"></template></body></html>`;

describe('readPage', () => {
  const page = readPage(HTML);

  test('lists what a browser fetches up front, in document order', () => {
    expect(page.assets).toEqual([
      { url: '/favicon.svg', kind: 'image' },
      { url: '/_astro/Base.css', kind: 'css' },
      { url: '/fonts/serif.woff2', kind: 'font' },
      { url: '/_astro/chunk.js', kind: 'js' },
      { url: '/_astro/page.js', kind: 'js' },
      { url: '/a.png', kind: 'image' },
      { url: '/in-template.png', kind: 'image' },
    ]);
  });

  test('keeps visible text and leaves out scripts and styles', () => {
    expect(page.text).toContain('Héllo');
    expect(page.text).not.toContain('hidden');
    expect(page.text).not.toContain('color');
  });
});

describe('readFontFaces', () => {
  test('reads the first src URL and the unicode-range of each face', () => {
    const css = `@font-face{font-family:A;src:url(/a.woff2) format("woff2"),url(/a.woff) format("woff");unicode-range:U+0000-00FF,U+0131}
      @font-face { font-family: 'B'; src: url('../b.woff2') format('woff2'); }
      body { background: url(/not-a-font.png) }`;
    expect(readFontFaces(css)).toEqual([
      { url: '/a.woff2', unicodeRange: 'U+0000-00FF,U+0131' },
      { url: '../b.woff2' },
    ]);
  });
});

describe('rangeCovers', () => {
  test.each([
    [undefined, 'abc', true],
    ['U+0000-00FF', 'abc', true],
    ['U+0400-045F, U+0490-0491', 'abc', false],
    ['U+0400-045F, U+0490-0491', 'Київ', true],
    ['U+0131', 'ı', true],
    ['U+04??', 'Д', true],
    ['U+04??', 'D', false],
  ])('%s covers %j: %s', (range, text, expected) => {
    expect(rangeCovers(range, text)).toBe(expected);
  });
});

describe('transferBytes', () => {
  const text = Buffer.from('<p>repeated words </p>'.repeat(200));

  test.each(['html', 'css', 'js'] as const)('gzips %s', (kind) => {
    expect(transferBytes(text, kind)).toBeLessThan(text.length / 10);
  });

  test('gzips SVG images by their extension, but not fonts or PNGs', () => {
    expect(transferBytes(text, 'image', '/favicon.svg')).toBeLessThan(text.length);
    expect(transferBytes(text, 'image', '/card.png')).toBe(text.length);
    expect(transferBytes(text, 'font', '/a.woff2')).toBe(text.length);
  });
});

describe('totalWeight', () => {
  test('sums each kind and the total', () => {
    expect(
      totalWeight('front', [
        { kind: 'html', bytes: 100 },
        { kind: 'css', bytes: 20 },
        { kind: 'css', bytes: 5 },
        { kind: 'font', bytes: 300 },
        { kind: 'other', bytes: 7 },
      ]),
    ).toEqual({ page: 'front', html: 100, css: 25, js: 0, fonts: 300, images: 7, total: 432 });
  });
});

describe('sitePathOf', () => {
  test.each([
    ['/_astro/a.css', '/index.html', '/_astro/a.css'],
    ['../a.css', '/articles/x/index.html', '/articles/a.css'],
    ['fonts/a.woff2?v=2#x', '/_astro/Base.css', '/_astro/fonts/a.woff2'],
    ['/timeline/', '/index.html', '/timeline/index.html'],
    ['/file%20name.png', '/index.html', '/file name.png'],
    ['https://cdn.example.com/a.js', '/index.html', undefined],
    ['//cdn.example.com/a.js', '/index.html', undefined],
    ['data:font/woff2;base64,AAAA', '/index.html', undefined],
  ])('%s from %s → %s', (url, from, expected) => {
    expect(sitePathOf(url, from)).toBe(expected);
  });
});
