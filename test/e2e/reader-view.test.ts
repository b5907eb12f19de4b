/**
 * Clean text for machines that read the site: Firefox's Reader View and Pocket (Readability), the
 * feed and search excerpts. Every paragraph they extract must read as the writer wrote it, with no
 * glossary definition glued into it. Readability runs in jsdom over the built pages, as Firefox
 * runs it over a copy of the page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { articlePath, DIST, PHONE } from './harness.ts';
import { useSite } from './use-site.ts';

const site = useSite();

const EVENT = '/timeline/2021-04-06-zelensky-stoltenberg-call/';
const TERM = '/glossary/donbass/';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * jsdom's CSS parser predates anchor positioning and typed attr(), and says so for every page; the
 * text is all Readability reads, so those complaints are dropped and anything else is reported.
 */
const quietAboutCss = new VirtualConsole().on('jsdomError', (error) => {
  if (!error.message.startsWith('Could not parse CSS stylesheet')) console.error(error);
});

async function documentOf(pagePath: string): Promise<Document> {
  const html = await readFile(path.join(DIST, pagePath, 'index.html'), 'utf8');
  return new JSDOM(html, { url: `https://reader.test${pagePath}`, virtualConsole: quietAboutCss }).window.document;
}

/** The paragraphs of a page's entry body (the printed "Terms used" list is hidden on screen and dropped by reader views). */
function bodyParagraphs(page: Document): Element[] {
  return [...page.querySelectorAll('[data-pagefind-body] .prose p')].filter((p) => !p.closest('.term-notes'));
}

/** A paragraph's own text: what it says once anything that pops up (a definition) is taken out. */
function ownText(paragraph: Element): string {
  const copy = paragraph.cloneNode(true) as Element;
  copy.querySelectorAll('[popover]').forEach((popover) => popover.remove());
  return squash(copy.textContent);
}

/** Every short definition of the glossary, as the glossary page prints them. */
async function definitions(): Promise<string[]> {
  const glossary = await documentOf('/glossary/');
  return [...glossary.querySelectorAll('dd')].map((dd) => squash(dd.textContent));
}

/** What Reader View shows: the paragraphs Readability extracts from the page. */
async function readerParagraphs(pagePath: string): Promise<string[]> {
  const article = new Readability(await documentOf(pagePath)).parse();
  if (!article?.content) throw new Error(`Readability found no article in ${pagePath}.`);
  const extracted = new JSDOM(article.content).window.document;
  return [...extracted.querySelectorAll('p')].map((p) => squash(p.textContent)).filter(Boolean);
}

describe('Reader View (Readability)', () => {
  test.each([
    ['the article', articlePath()],
    ['a timeline event', EVENT],
    ['a glossary term', TERM],
  ])('reads every paragraph of %s as written, with no definition in it', async (_name, pagePath) => {
    const page = await documentOf(pagePath);
    const body = bodyParagraphs(page);
    expect(body.length).toBeGreaterThan(0);
    // The page's text links glossary terms, so there are definitions that could have leaked.
    expect(page.querySelectorAll('a.term').length).toBeGreaterThan(0);

    // The definitions of the terms this page links: "Donetsk: The largest city…", and the sentence alone.
    const linked = [...page.querySelectorAll('.term-popover')].flatMap((popover) => [squash(popover.textContent), squash(popover.lastChild?.textContent)]);
    expect(linked.length).toBeGreaterThan(0);

    const paragraphs = await readerParagraphs(pagePath);
    expect(paragraphs).toEqual(expect.arrayContaining(body.map(ownText)));
    for (const definition of linked) {
      for (const paragraph of paragraphs) expect(paragraph, pagePath).not.toContain(definition);
    }
    for (const popover of page.querySelectorAll('[popover]')) expect(popover.closest('p, li, h1, h2, h3, blockquote')).toBeNull();
  });

  test('the article reads “Zolote-4 in Lugansk region, the military’s press service told AFP.” as one sentence', async () => {
    const paragraphs = await readerParagraphs(articlePath());
    expect(paragraphs.join('\n')).toContain('the second near the town of Zolote-4 in Lugansk region, the military’s press service told AFP.');
  });
});

describe('the feed', () => {
  test('every item describes its page without definitions, and an event item is its page’s text', async () => {
    const feed = new JSDOM(await readFile(path.join(DIST, 'rss.xml'), 'utf8'), { contentType: 'text/xml' }).window.document;
    const items = [...feed.querySelectorAll('item')].map((item) => ({
      link: new URL(item.querySelector('link')!.textContent!).pathname,
      description: squash(item.querySelector('description')!.textContent),
    }));
    expect(items.length).toBeGreaterThan(40);
    const all = await definitions();
    for (const { link, description } of items) {
      for (const definition of all) expect(description, link).not.toContain(definition);
    }
    const event = await documentOf(EVENT);
    const text = bodyParagraphs(event).map(ownText).join(' ');
    expect(items.find((item) => item.link === EVENT)?.description).toBe(text);
  });
});

describe('search excerpts (Pagefind)', () => {
  test('the article’s excerpt for “Zolote” is the sentence, not a definition', async () => {
    const context = await site.session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/search/?q=Zolote&type=article`);
    const excerpt = page.locator(`[data-search-results] li:has(a[href$="${articlePath()}"]) .excerpt`);
    await excerpt.waitFor();
    const text = squash(await excerpt.textContent());
    await context.close();
    expect(text).toContain('Zolote-4 in Lugansk region');
    for (const definition of await definitions()) expect(text).not.toContain(definition.slice(0, 40));
  });
});
