import { describe, expect, test } from 'vitest';
import { absoluteUrl, entryPage, pagePathOf, quoteAnchor, routes } from '../../../src/lib/routes.ts';

describe('routes.card', () => {
  test.each([
    ['/', '/og/index.png'],
    ['/articles/ukraine-urges-nato-membership/', '/og/articles/ukraine-urges-nato-membership.png'],
    ['/articles/a/quotes/2/', '/og/articles/a/quotes/2.png'],
    ['/timeline/', '/og/timeline.png'],
    ['/timeline/2014-08-battle-of-ilovaisk/', '/og/timeline/2014-08-battle-of-ilovaisk.png'],
    ['/glossary/map/', '/og/glossary/map.png'],
    ['/search/', '/og/search.png'],
  ])('%s → %s', (page, card) => {
    expect(routes.card(page)).toBe(card);
  });
});

describe('routes.cardCrop', () => {
  test.each([
    ['/articles/ukraine-urges-nato-membership/', '1x1', '/og/articles/ukraine-urges-nato-membership.1x1.png'],
    ['/articles/a/', '4x3', '/og/articles/a.4x3.png'],
    ['/', '1x1', '/og/index.1x1.png'],
  ])('%s in %s → %s', (page, crop, image) => {
    expect(routes.cardCrop(page, crop)).toBe(image);
  });
});

describe('pull quote addresses', () => {
  test('a quote page links back to the anchor the article gives the quote', () => {
    expect(routes.quote('a', 2)).toBe('/articles/a/quotes/2/');
    expect(routes.quoteInContext('a', 2)).toBe(`/articles/a/#${quoteAnchor(2)}`);
    expect(quoteAnchor('2')).toBe('quote-2');
  });
});

describe('pagePathOf', () => {
  test.each([
    ['/glossary/map/', '/glossary/map/'],
    ['glossary/map', '/glossary/map/'],
    ['/glossary/map/index.html', '/glossary/map/'],
    ['https://backgrounder.example.org/glossary/map/?ref=x#top', '/glossary/map/'],
    ['http://localhost:4321/', '/'],
    ['', '/'],
    ['/index.html', '/'],
  ])('%j → %s', (input, page) => {
    expect(pagePathOf(input)).toBe(page);
  });
});

describe('absoluteUrl', () => {
  test('joins the site and a card path', () => {
    expect(absoluteUrl('https://x.org', routes.card('/glossary/map/'))).toBe('https://x.org/og/glossary/map.png');
  });
});

describe('entry pages and their corrections', () => {
  test.each([
    ['articles', 'story', '/articles/story/'],
    ['timeline', '2015-02-12-minsk-ii-signed', '/timeline/2015-02-12-minsk-ii-signed/'],
    ['glossary', 'map', '/glossary/map/'],
  ] as const)('%s/%s → %s', (collection, id, page) => {
    expect(entryPage(collection, id)).toBe(page);
    expect(routes.entryCorrections(page)).toBe(`${page}#corrections`);
  });

  test('every correction is listed at /corrections/', () => {
    expect(routes.corrections()).toBe('/corrections/');
    expect(routes.card(routes.corrections())).toBe('/og/corrections.png');
  });
});
