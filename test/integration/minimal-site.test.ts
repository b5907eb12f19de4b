import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';

let site: FixtureBuild;
let envBefore: NodeJS.ProcessEnv;

beforeAll(async () => {
  envBefore = { ...process.env };
  site = await buildFixture('minimal');
});

afterAll(async () => {
  await site?.cleanup();
});

async function htmlPages(): Promise<string[]> {
  const files = await readdir(site.outDir, { recursive: true });
  return files.map(String).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/')).sort();
}

describe('a fixture site build', () => {
  test('leaves the test process’s environment as it found it', () => {
    expect(process.env).toEqual(envBefore);
  });

  test('has a page for every published entry and no page for drafts', async () => {
    expect(await htmlPages()).toEqual([
      '404.html',
      'articles/test-article/index.html',
      'corrections/index.html',
      'glossary/index.html',
      'glossary/widget-accord/index.html',
      'glossary/wpo/index.html',
      'index.html',
      'search/index.html',
      'timeline/2018-07-ratification-talks/index.html',
      'timeline/2019-03-01-accord-signed/index.html',
      'timeline/2020-05-04-the-story-day/index.html',
      'timeline/2020-06-01-after-the-story/index.html',
      // One filtered view per category that has events: the fixture has no humanitarian event.
      'timeline/category/diplomacy/index.html',
      'timeline/category/military/index.html',
      'timeline/category/nato-eu/index.html',
      'timeline/category/politics/index.html',
      'timeline/index.html',
    ]);
    expect(existsSync(path.join(site.outDir, 'timeline/2020-01-01-draft-event'))).toBe(false);
  });

  test('Astro alone draws no share cards: the card route makes pages only in `astro dev`, and `npm run build` draws the cards', () => {
    expect(existsSync(path.join(site.outDir, 'og'))).toBe(false);
  });

  test.each(['index.html', 'articles/test-article/index.html', 'timeline/index.html', 'glossary/wpo/index.html', '404.html'])(
    '%s has lang, title, description and a canonical link on SITE_URL',
    async (file) => {
      const html = await site.read(file);
      expect(html).toMatch(/<html lang="en"/);
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html).toMatch(/<meta name="description" content="[^"]+"/);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      const expected = file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}`;
      expect(canonical).toBe(`https://fixture.example${expected}`);
    },
  );

  test('renders GFM tables, strikethrough, autolinks and footnotes in MDX', async () => {
    const html = await site.read('articles/test-article/index.html');
    expect(html).toMatch(/<table>[\s\S]*<th[^>]*>Year<\/th>/);
    expect(html).toMatch(/<td class="align-right">10<\/td>/);
    expect(html).toContain('<del>this</del>');
    expect(html).toContain('<a href="http://www.example.org">www.example.org</a>');
    expect(html).toMatch(/<section[^>]*class="footnotes"/);
  });

  test('the article lists its background events and sources', async () => {
    const html = await site.read('articles/test-article/index.html');
    expect(html).toContain('href="/timeline/2019-03-01-accord-signed/"');
    expect(html).toContain('href="https://wire.example.org/widget-accord"');
  });

  test('the timeline groups by year, marks the article date and separates the epilogue', async () => {
    const html = await site.read('timeline/index.html');
    const years = [...html.matchAll(/<h[23] class="year-heading"[^>]*>(\d{4})</g)].map((m) => m[1]);
    expect(years).toEqual(['2018', '2019', '2020', '2020']);
    expect(html).toContain('<time class="event-date" datetime="2018-07">July 2018</time>');
    expect(html).toMatch(/id="2020-05-04-the-story-day"[^>]*>[\s\S]*?This article/);
    const epilogue = html.slice(html.indexOf('id="after-the-article"'));
    expect(epilogue).toContain('id="2020-06-01-after-the-story"');
    expect(epilogue).toContain('<time datetime="2020-06-03">');
    expect(epilogue).not.toContain('id="2019-03-01-accord-signed"');
  });

  test('the glossary is an A–Z definition list with linkable dfn terms', async () => {
    const html = await site.read('glossary/index.html');
    const plain = html.replace(/ data-astro-cid-\w+/g, '');
    expect(plain).toMatch(/<dl>[\s\S]*<dt id="widget-accord"><dfn><a href="\/glossary\/widget-accord\/">Widget accord<\/a><\/dfn>/);
    expect(html.indexOf('id="widget-accord"')).toBeLessThan(html.indexOf('id="wpo"'));
  });

  test('with no corrections, /corrections/ says so plainly, and no page shows a correction', async () => {
    const html = await site.read('corrections/index.html');
    expect(html).toMatch(/<p class="measure none"[^>]*>There are no corrections yet\.<\/p>/);
    expect(html).toContain('content="No corrections so far. When a fact on this site is wrong, we fix it and say so here."');
    for (const file of ['articles/test-article/index.html', 'timeline/index.html', 'glossary/wpo/index.html']) {
      expect(await site.read(file), file).not.toMatch(/id="corrections"|class="corrected"/);
    }
  });

  test('a term page shows related terms, its events and sources', async () => {
    const html = await site.read('glossary/widget-accord/index.html');
    expect(html).toContain('href="/glossary/wpo/"');
    expect(html).toContain('href="/timeline/2019-03-01-accord-signed/"');
    expect(html).toContain('href="https://wire.example.org/accord"');
  });
});
