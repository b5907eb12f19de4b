import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countFiles, directoryBytes, findPage, readPageWeight, writeFiles } from '../../../../../scripts/lib/bench/files.ts';

const PAGE = '<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg"></head><body><p>Plain Latin text only.</p></body></html>';
const CSS = `@font-face{font-family:S;src:url(fonts/latin.woff2) format("woff2");unicode-range:U+0000-00FF}
@font-face{font-family:S;src:url(fonts/cyrillic.woff2) format("woff2");unicode-range:U+0400-045F}
body{font-family:S}`;
const FILES = [
  { path: 'index.html', text: PAGE },
  { path: 'timeline/index.html', text: PAGE },
  { path: '_astro/site.css', text: CSS },
  { path: '_astro/fonts/latin.woff2', text: 'L'.repeat(1000) },
  { path: '_astro/fonts/cyrillic.woff2', text: 'C'.repeat(5000) },
  { path: 'favicon.svg', text: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' },
  { path: 'og/card.png', text: 'P'.repeat(10) },
];

let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), 'bench-files-test-'));
  await writeFiles(dist, FILES);
});
afterAll(() => rm(dist, { recursive: true, force: true }));

describe('output figures', () => {
  test('counts files by extension and sums their sizes', async () => {
    expect(await countFiles(dist, '.html')).toBe(2);
    expect(await countFiles(dist, '.png')).toBe(1);
    expect(await directoryBytes(dist)).toBe(FILES.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0));
  });

  test('finds a page by pattern', async () => {
    expect(await findPage(dist, /^\/timeline\/index\.html$/)).toBe('/timeline/index.html');
    expect(await findPage(dist, /^\/articles\//)).toBeUndefined();
  });
});

describe('readPageWeight', () => {
  test('counts the HTML, its stylesheet, its icon and only the font faces its text needs', async () => {
    const gz = (text: string) => gzipSync(Buffer.from(text), { level: 6 }).length;
    const weight = await readPageWeight(dist, '/index.html', 'front page');
    const svg = FILES.find((f) => f.path === 'favicon.svg')!.text;
    expect(weight).toEqual({
      page: 'front page',
      html: gz(PAGE),
      css: gz(CSS),
      js: 0,
      fonts: 1000,
      images: gz(svg),
      total: gz(PAGE) + gz(CSS) + 1000 + gz(svg),
    });
  });
});
