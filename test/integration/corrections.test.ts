/**
 * A fixture site whose article, event and term carry corrections (test/fixtures/corrections): what
 * readers see on each page and on /corrections/, and what machines get (JSON-LD, RSS, sitemap).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';

let site: FixtureBuild;

beforeAll(async () => {
  site = await buildFixture('corrections');
});

afterAll(async () => {
  await site?.cleanup();
});

const ORIGIN = 'https://fixture.example';
const ARTICLE = 'articles/widget-story/index.html';
const EVENT = 'timeline/2019-03-01-accord-signed/index.html';
const TERM = 'glossary/widget-accord/index.html';

/** The page's HTML without Astro's scoping attributes. */
async function page(file: string): Promise<string> {
  return (await site.read(file)).replace(/ data-astro-cid-\w+(="[^"]*")?/g, '');
}

/** The corrections section of a page, or undefined. */
async function correctionsSection(file: string): Promise<string | undefined> {
  return /<section class="corrections measure" id="corrections"[\s\S]*?<\/section>/.exec(await page(file))?.[0];
}

/** The page's only JSON-LD block, parsed. */
async function jsonLd(file: string): Promise<Record<string, unknown>> {
  const blocks = [...(await site.read(file)).matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
  expect(blocks).toHaveLength(1);
  return JSON.parse(blocks[0]![1]!);
}

describe('each corrected entry shows its corrections at its end', () => {
  test.each([
    [ARTICLE, 'Correction', ['2026-11-29']],
    [EVENT, 'Corrections', ['2026-11-01', '2026-12-02']],
    [TERM, 'Correction', ['2026-11-29']],
  ])('%s: a region headed “%s”, each correction dated, oldest first', async (file, heading, dates) => {
    const section = await correctionsSection(file);
    expect(section).toContain(`aria-labelledby="corrections-heading"><h2 id="corrections-heading">${heading}</h2>`);
    expect([...section!.matchAll(/<time datetime="([\d-]+)">/g)].map((m) => m[1])).toEqual(dates);
    expect(section).toContain('<a href="/corrections/">All corrections on this site</a>');
  });

  test('the article shows a correction of a footnote after the notes, with curled quotes', async () => {
    const html = await page(ARTICLE);
    expect(html.indexOf('id="corrections"')).toBeGreaterThan(html.indexOf('class="footnotes"'));
    expect(await correctionsSection(ARTICLE)).toContain(
      '<li><time datetime="2026-11-29">29 November 2026</time><p>An earlier version of note 1 said the ministry counted 50 deaths. It was the president’s “some 50”.</p></li>',
    );
  });

  test.each([
    [ARTICLE, 'Updated <time datetime="2026-11-29">29 November 2026</time> · <a href="#corrections">See the correction</a>'],
    // The newest correction (2 December) is later than `updated` (1 October).
    [EVENT, 'Updated <time datetime="2026-12-02">2 December 2026</time> · <a href="#corrections">See the 2 corrections</a>'],
    [TERM, 'Updated <time datetime="2026-11-29">29 November 2026</time> · <a href="#corrections">See the correction</a>'],
  ])('%s says when it was last updated, and links down to the corrections', async (file, line) => {
    expect(await page(file)).toContain(`<span class="last-updated">${line}</span>`);
  });

  test('an entry never corrected has neither the section nor an update line', async () => {
    expect(await correctionsSection('glossary/wpo/index.html')).toBeUndefined();
    expect(await page('glossary/wpo/index.html')).not.toContain('last-updated');
  });

  test('the timeline marks the corrected event, linking to its corrections', async () => {
    const html = await page('timeline/index.html');
    const marks = [...html.matchAll(/<a class="corrected" href="([^"]+)">Corrected<span class="visually-hidden">: see the correction to “([^”]+)”<\/span><\/a>/g)];
    expect(marks.map((m) => [m[1], m[2]])).toEqual([['/timeline/2019-03-01-accord-signed/#corrections', 'The widget accord is signed']]);
  });
});

describe('/corrections/', () => {
  test('lists every published correction, newest first, each dated and linked to its entry', async () => {
    const html = await page('corrections/index.html');
    const items = [...html.matchAll(/<li><p class="meta"><time datetime="([\d-]+)">[^<]+<\/time> · ([^<]+)<\/p><h2><a href="([^"]+)">([^<]+)<\/a><\/h2><p>([^<]+)<\/p><\/li>/g)];
    expect(items.map(([, date, kind, url, title]) => `${date} ${kind} ${url} ${title}`)).toEqual([
      '2026-12-02 Timeline event /timeline/2019-03-01-accord-signed/ The widget accord is signed',
      '2026-11-29 Glossary term /glossary/widget-accord/ Widget accord',
      '2026-11-29 Article /articles/widget-story/ Widget makers agree a ceasefire',
      '2026-11-01 Timeline event /timeline/2019-03-01-accord-signed/ The widget accord is signed',
    ]);
    // The draft's correction stays out with the draft.
    expect(html).not.toContain('never published');
  });

  test('is searchable, has its own card and title, and every page’s footer links to it', async () => {
    const html = await page('corrections/index.html');
    expect(html).toContain('<article class="wrap corrections-page" data-pagefind-body>');
    expect(html).toContain(`<meta property="og:image" content="${ORIGIN}/og/corrections.png"`);
    expect(html).toContain('<title>Corrections | Backgrounder</title>');
    expect(html).toContain('<meta name="description" content="4 corrections of facts on this site, newest first, each linked to the entry it corrects.">');
    for (const file of ['index.html', ARTICLE, 'glossary/wpo/index.html', '404.html']) {
      expect(await page(file), file).toContain('<a href="/corrections/">Corrections</a>');
    }
  });
});

describe('machines', () => {
  test('the article’s NewsArticle carries dateModified and a CorrectionComment', async () => {
    expect(await jsonLd(ARTICLE)).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2020-05-04T08:00:00.000Z',
      dateModified: '2026-11-29',
      correction: [{ '@type': 'CorrectionComment', datePublished: '2026-11-29', text: expect.stringContaining('“some 50”') }],
    });
  });

  test.each([
    [EVENT, 'Event', '2026-12-02', ['2026-11-01', '2026-12-02']],
    [TERM, 'DefinedTerm', '2026-11-29', ['2026-11-29']],
  ])('%s is a WebPage about its %s, with dateModified and the corrections', async (file, type, modified, dates) => {
    const ld = await jsonLd(file);
    expect(ld).toMatchObject({ '@type': 'WebPage', '@id': `${ORIGIN}/${file.replace('index.html', '')}`, dateModified: modified, mainEntity: { '@type': type } });
    expect((ld['correction'] as { datePublished: string }[]).map((c) => c.datePublished)).toEqual(dates);
  });

  test('a page never corrected or updated has no dateModified', async () => {
    const ld = await jsonLd('glossary/wpo/index.html');
    expect(ld).not.toHaveProperty('dateModified');
    expect(ld).not.toHaveProperty('correction');
  });

  test('the RSS items of corrected entries state the corrections and when they changed', async () => {
    const rss = await site.read('rss.xml');
    expect(rss).toContain('<rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/">');
    const item = (title: string) => new RegExp(`<item><title>${title}</title>[\\s\\S]*?</item>`).exec(rss)?.[0] ?? '';
    const event = item('The widget accord is signed');
    expect(event).toContain('Correction, 1 November 2026: An earlier version of this entry said the zone was 50 km deep. It is 50 km wide.');
    expect(event).toContain('<dcterms:modified>2026-12-02</dcterms:modified>');
    // The item keeps its place in the feed: its date is still the day of the event.
    expect(event).toContain('<pubDate>Fri, 01 Mar 2019 00:00:00 GMT</pubDate>');
    expect(item('Widget makers agree a ceasefire')).toContain('<dcterms:modified>2026-11-29</dcterms:modified>');
    expect(item('Talks resume')).not.toContain('dcterms:modified');
    expect(item('Talks resume')).not.toContain('Correction');
  });

  test('the sitemap’s lastmod follows each page’s last update', async () => {
    const xml = await site.read('sitemap-0.xml');
    const lastmods = Object.fromEntries(
      [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)].map((m) => [m[1]!.replace(ORIGIN, ''), m[2]]),
    );
    expect(lastmods).toEqual({
      '/': undefined,
      '/articles/widget-story/': '2026-11-29T00:00:00.000Z',
      '/corrections/': '2026-12-02T00:00:00.000Z',
      '/glossary/': undefined,
      '/glossary/widget-accord/': '2026-11-29T00:00:00.000Z',
      '/glossary/wpo/': undefined,
      '/timeline/': undefined,
      '/timeline/2019-03-01-accord-signed/': '2026-12-02T00:00:00.000Z',
      '/timeline/2019-06-01-talks-resume/': undefined,
      '/timeline/category/diplomacy/': undefined,
      '/timeline/category/politics/': undefined,
    });
  });
});
