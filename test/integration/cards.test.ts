/**
 * Builds a small fixture site (test/fixtures/cards-site) three times with `npm run build`'s script
 * and checks the share cards end to end: the build's card list is exactly the pages the site
 * renders (drafts left out on both sides), every page but the 404 has a card of its own, its head
 * tags point at a 1200×630 PNG that exists, two cold builds make the same bytes, and a warm build
 * renders nothing.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { publishedSite } from '../../scripts/lib/build/published-site.ts';
import { checkContent } from '../../scripts/lib/content/check-content.ts';
import { cardImages } from '../../src/cards/list.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/constants.ts';
import { showDrafts } from '../../src/lib/drafts.ts';
import { runBuildScript } from '../helpers/build-fixture.ts';
import { pngSize } from '../helpers/png.ts';

const FIXTURE = path.resolve('test/fixtures/cards-site');
const TMP = path.resolve('test/.tmp', `integration-cards-${process.pid}`);

interface Built {
  outDir: string;
  log: string;
}

/** One `npm run build` of the fixture, with its own output and its own Astro, Vite and card caches. */
async function buildFixture(name: string, cache: string): Promise<Built> {
  const built = await runBuildScript(FIXTURE, path.join(TMP, name), { BACKGROUNDER_CACHE_DIR: path.join(TMP, cache), SITE_URL: undefined });
  if (built.code !== 0) throw new Error(`The ${name} build failed:\n${built.output}`);
  return { outDir: path.join(TMP, name, 'dist'), log: built.stdout };
}

async function filesUnder(dir: string, extension: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).filter((name) => name.endsWith(extension)).sort();
}

/** The `<meta>` tags of a page, by property or name. */
function metaOf(tree: Root): Map<string, string> {
  const meta = new Map<string, string>();
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'meta') return;
    const key = node.properties['property'] ?? node.properties['name'];
    if (typeof key === 'string') meta.set(key, String(node.properties['content']));
  });
  return meta;
}

const pagePath = (htmlFile: string) => `/${htmlFile.replace(/index\.html$/, '')}`;

let cold: Built;
let again: Built;
let warm: Built;

beforeAll(async () => {
  cold = await buildFixture('cold', 'cache-a');
  again = await buildFixture('again', 'cache-b');
  warm = await buildFixture('warm', 'cache-a');
});
afterAll(() => rm(TMP, { recursive: true, force: true }));

describe('share cards in a built site', () => {
  // The fixture holds a draft event in a category of its own and a draft term: if the build script and
  // the pages disagreed about drafts, a page, a category page or a card would be on one side only.
  test('the build’s card list is the pages the site renders: one card for every page but the 404, and one image for each card', async () => {
    const site = publishedSite((await checkContent(FIXTURE, { showDrafts: showDrafts('build') })).entries);
    const { cards } = site;
    const pages = (await filesUnder(cold.outDir, '.html')).filter((file) => file !== '404.html').map(pagePath);
    expect(pages).toEqual(expect.arrayContaining(['/search/', '/corrections/', '/timeline/category/military/']));
    expect(pages.some((page) => page.includes('draft'))).toBe(false);
    expect(site.pages.map((page) => page.path).sort()).toEqual(pages.sort());
    expect(cards.map((card) => card.page).sort()).toEqual(pages.sort());
    expect(new Set(cards.map((card) => card.page)).size).toBe(cards.length);
    const images = (await filesUnder(path.join(cold.outDir, 'og'), '.png')).map((file) => `/og/${file}`);
    expect(cardImages(cards).map((image) => image.image).sort()).toEqual(images);
  });

  test('every page except the 404 has a card of its own, an article also its 4:3 and 1:1 crops, and nothing else has one', async () => {
    const pages = (await filesUnder(cold.outDir, '.html')).filter((file) => file !== '404.html').map(pagePath);
    const cards = (await filesUnder(path.join(cold.outDir, 'og'), '.png')).map((file) => `/og/${file}`);
    expect(pages).toEqual(
      expect.arrayContaining(['/', '/articles/escaping-test/', '/articles/escaping-test/quotes/1/', '/articles/escaping-test/quotes/2/', '/timeline/', '/glossary/']),
    );
    const images = new Set<string>();
    for (const page of pages) {
      const meta = metaOf(fromHtml(await readFile(path.join(cold.outDir, page, 'index.html'), 'utf8')));
      images.add(new URL(meta.get('og:image')!).pathname);
    }
    expect(images.size).toBe(pages.length);
    const crops = ['/og/articles/escaping-test.1x1.png', '/og/articles/escaping-test.4x3.png'];
    expect([...images, ...crops].sort()).toEqual(cards);
    for (const [crop, size] of [[crops[0]!, { width: 1200, height: 1200 }], [crops[1]!, { width: 1200, height: 900 }]] as const) {
      expect(pngSize(await readFile(path.join(cold.outDir, crop))), crop).toEqual(size);
    }
  });

  test('each page’s head tags point at an existing 1200×630 PNG, with its size, type and alt text', async () => {
    for (const file of await filesUnder(cold.outDir, '.html')) {
      const meta = metaOf(fromHtml(await readFile(path.join(cold.outDir, file), 'utf8')));
      const image = meta.get('og:image');
      expect(image, file).toMatch(new RegExp(`^${DEFAULT_SITE_URL}/og/.+\\.png$`));
      expect(meta.get('twitter:image'), file).toBe(image);
      expect(meta.get('twitter:card'), file).toBe('summary_large_image');
      expect([meta.get('og:image:width'), meta.get('og:image:height'), meta.get('og:image:type')], file).toEqual(['1200', '630', 'image/png']);
      expect(meta.get('og:image:alt')?.length, file).toBeGreaterThan(10);
      const png = await readFile(path.join(cold.outDir, new URL(image!).pathname));
      expect(pngSize(png), file).toEqual({ width: 1200, height: 630 });
    }
  });

  test('alt text keeps ampersands, quotes and angle brackets as text', async () => {
    const meta = metaOf(fromHtml(await readFile(path.join(cold.outDir, 'articles/escaping-test/index.html'), 'utf8')));
    expect(meta.get('og:image:alt')).toContain(`Tom & Jerry’s “Big” <Day>`);
  });

  test('a pull quote and its page link to each other', async () => {
    const article = await readFile(path.join(cold.outDir, 'articles/escaping-test/index.html'), 'utf8');
    expect(article).toContain('id="quote-1"');
    expect(article).toContain('id="quote-2"');
    expect(article).toContain('href="/articles/escaping-test/quotes/2/"');
    const quote = await readFile(path.join(cold.outDir, 'articles/escaping-test/quotes/1/index.html'), 'utf8');
    expect(quote).toContain('href="/articles/escaping-test/#quote-1"');
    expect(quote).toContain('“It’s the ‘only way’, she said: A &amp; B.”');
  });

  test('two cold builds make byte-identical cards; a warm build renders none', async () => {
    expect(cold.log).toMatch(/Cards: 15 rendered, 0 reused/);
    expect(again.log).toMatch(/Cards: 15 rendered, 0 reused/);
    expect(warm.log).toMatch(/Cards: 0 rendered, 15 reused/);
    for (const file of await filesUnder(path.join(cold.outDir, 'og'), '.png')) {
      const [a, b] = await Promise.all([readFile(path.join(cold.outDir, 'og', file)), readFile(path.join(again.outDir, 'og', file))]);
      expect(a.equals(b), file).toBe(true);
    }
  });

  // The emoji set is CC BY 4.0, which asks for a credit wherever its drawings are shown.
  test('every page credits the emoji set the cards draw with, with its licence', async () => {
    for (const file of await filesUnder(cold.outDir, '.html')) {
      const html = await readFile(path.join(cold.outDir, file), 'utf8');
      const footer = html.slice(html.indexOf('<footer'));
      expect(footer, file).toMatch(/Twemoji<\/a> by Twitter and contributors/);
      expect(footer, file).toContain('href="https://creativecommons.org/licenses/by/4.0/" rel="license"');
    }
  });
});
