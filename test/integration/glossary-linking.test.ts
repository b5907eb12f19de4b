/**
 * Builds the glossary-linking fixture with Astro's programmatic build and checks the HTML: which
 * words became term links, the popover markup, the print endnotes and the backlinks.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../helpers/build-fixture.ts';

const root = path.resolve('.');
const work = path.join(root, 'test/.tmp/glossary-linking');
const outDir = path.join(work, 'dist');

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  await astroBuild({ content: path.join(root, 'test/fixtures/glossary-linking'), outDir, cacheDir: path.join(work, 'cache') });
});

async function page(url: string): Promise<Root> {
  return fromHtml(await readFile(path.join(outDir, url, 'index.html'), 'utf8'));
}

function elements(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

const hasClass = (name: string) => (element: Element) =>
  Array.isArray(element.properties['className']) && element.properties['className'].includes(name);

/** The term links of a page's entry body, as `text→href`. */
async function termLinks(url: string): Promise<string[]> {
  const tree = await page(url);
  return elements(tree, hasClass('term')).map((a) => `${toText(a)}→${String(a.properties['href'])}`);
}

describe('which words are linked', () => {
  test.each([
    [
      'the first mention of each term, never in headings, code, links or pull quotes',
      '/articles/linking/',
      [
        'NATO→/glossary/nato/',
        'Kiev→/glossary/kyiv/',
        'MAP→/glossary/map/',
        'Minsk agreements→/glossary/minsk-agreements/',
        'Minsk→/glossary/minsk/',
        'eastern region→/glossary/donbass/',
      ],
    ],
    ['only explicit terms with `glossary: false`', '/articles/unlinked/', ['the plan→/glossary/map/']],
    ['not the ids in `glossaryExclude`', '/articles/excluding/', ['Minsk→/glossary/minsk/']],
    ['timeline event bodies too', '/timeline/2021-04-06-call/', ['NATO→/glossary/nato/', 'Kiev→/glossary/kyiv/']],
    ['other terms, not itself, in a glossary entry', '/glossary/nato/', ['MAP→/glossary/map/']],
  ])('%s', async (_name, url, expected) => {
    expect(await termLinks(url)).toEqual(expected);
  });

  test('headings, code and pull quotes keep their text as written', async () => {
    const tree = await page('/articles/linking/');
    const body = elements(tree, hasClass('article-body'))[0]!;
    const untouched = elements(body, (e) => ['h2', 'code', 'blockquote'].includes(e.tagName));
    expect(untouched.map((e) => [e.tagName, toText(e).trim()])).toEqual([
      ['h2', 'NATO and the MAP'],
      ['code', 'MAP'],
      ['code', 'NATO MAP Donbass'],
      ['blockquote', 'Minsk II is not linked in a pull quote.'],
      ['h2', 'Notes'],
    ]);
    for (const element of untouched) expect(elements(element, (e) => e.tagName === 'a')).toEqual([]);
  });

  test('a draft term is not linked in production', async () => {
    const html = await readFile(path.join(outDir, 'articles/linking/index.html'), 'utf8');
    expect(html).toContain('The ceasefire held.');
    expect(html).not.toContain('/glossary/ceasefire/');
  });
});

describe('the markup of a term link', () => {
  test('a link described by its definition popover, placed once per page outside the text', async () => {
    const tree = await page('/articles/linking/');
    const link = elements(tree, (e) => e.properties['href'] === '/glossary/map/' && hasClass('term')(e))[0]!;
    const id = 'def-map';
    expect(link.properties).toMatchObject({ ariaDescribedBy: [id], interestfor: id, dataNote: 'c' });
    const popover = elements(tree, (e) => e.properties['id'] === id)[0]!;
    expect(popover.tagName).toBe('span');
    // Search indexes the story, not the definitions shown beside it.
    expect(popover.properties).toMatchObject({ popover: 'hint', role: 'tooltip', className: ['term-popover'], dataPagefindIgnore: '' });
    expect(toText(popover)).toBe("MAP: NATO’s programme of advice and support for countries preparing to join.");
    // Every definition sits in one aside after the article, none in the running text.
    const [definitions] = elements(tree, hasClass('term-definitions'));
    expect(definitions).toMatchObject({ tagName: 'aside', properties: { role: 'none', dataPagefindIgnore: '' } });
    expect(elements(tree, hasClass('term-popover')).every((e) => elements(definitions!, (d) => d === e).length === 1)).toBe(true);
    expect(elements(elements(tree, (e) => e.tagName === 'article')[0]!, hasClass('term-popover'))).toEqual([]);
  });

  test('reads as the writer wrote it', async () => {
    const tree = await page('/articles/linking/');
    const paragraph = elements(tree, (e) => e.tagName === 'p' && toText(e).includes('members met'))[0]!;
    expect(elements(paragraph, (e) => e.tagName === 'a').map((e) => toText(e))).toEqual(['NATO', 'Kiev', 'MAP']);
    expect(toText(paragraph)).toBe('NATO’s members met in Kiev. Ukraine wants a MAP, and drew a map of the region.');
  });

  test.each(['/articles/linking/', '/timeline/', '/glossary/nato/'])('%s holds one definition for each term it links', async (url) => {
    const tree = await page(url);
    const described = new Set(elements(tree, hasClass('term')).map((link) => (link.properties['ariaDescribedBy'] as string[])[0]));
    const popovers = elements(tree, hasClass('term-popover')).map((e) => e.properties['id']);
    expect(popovers.sort()).toEqual([...described].sort());
  });

  test('popover ids are unique on every page, and every description exists', async () => {
    for (const url of ['/articles/linking/', '/timeline/', '/glossary/nato/']) {
      const tree = await page(url);
      const ids = elements(tree, (e) => typeof e.properties['id'] === 'string').map((e) => e.properties['id']);
      expect(new Set(ids).size, url).toBe(ids.length);
      for (const link of elements(tree, hasClass('term'))) {
        expect(ids, url).toContain((link.properties['ariaDescribedBy'] as string[])[0]);
      }
    }
  });

  test('the progressive-enhancement script is external', async () => {
    const tree = await page('/articles/linking/');
    const scripts = elements(tree, (e) => e.tagName === 'script' && e.properties['type'] === 'module');
    // The theme picker has a module of its own; every module is an external file with no inline code.
    for (const script of scripts) {
      expect(script.properties['src']).toMatch(/^\/_astro\/.+\.js$/);
      expect(script.children).toEqual([]);
    }
    expect(scripts.filter((s) => String(s.properties['src']).includes('Term'))).toHaveLength(1);
  });
});

describe('print endnotes and backlinks', () => {
  test('the article lists its linked terms in reading order, with their markers', async () => {
    const tree = await page('/articles/linking/');
    const notes = elements(tree, hasClass('term-notes'))[0]!;
    expect(notes.properties['dataPagefindIgnore']).toBe('');
    expect(elements(notes, (e) => e.tagName === 'li').map((li) => toText(li))).toEqual([
      'aNATO: A defence alliance of European and North American states.',
      'bKyiv: The capital of Ukraine.',
      "cMAP: NATO’s programme of advice and support for countries preparing to join.",
      'dMinsk agreements: Ceasefire deals signed in Minsk in 2014 and 2015.',
      'eMinsk: The capital of Belarus.',
      'fDonbass: The industrial region of eastern Ukraine.',
    ]);
  });

  test.each([
    ['map', ['Linking everything', 'Linking turned off'], ['A call about NATO']],
    ['nato', ['Linking everything'], ['A call about NATO']],
    ['minsk-agreements', ['Linking everything'], []],
    ['minsk', ['Excluding a term', 'Linking everything'], []],
  ])('the page of %s says where it is used', async (id, articles, events) => {
    const tree = await page(`/glossary/${id}/`);
    const section = elements(tree, hasClass('uses'))[0];
    const linkTexts = (heading: string) => {
      if (!section) return [];
      const lists = section.children.filter((c): c is Element => c.type === 'element');
      const index = lists.findIndex((e) => e.tagName === 'h3' && toText(e) === heading);
      return index === -1 ? [] : elements(lists[index + 1]!, (e) => e.tagName === 'a').map((a) => toText(a));
    };
    expect(linkTexts('Articles')).toEqual(articles);
    expect(linkTexts('On the timeline')).toEqual(events);
  });
});
