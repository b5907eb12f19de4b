import { describe, expect, test } from 'vitest';
import { listCards } from '../../../../src/cards/list.ts';
import { assembleSite } from '../../../../src/lib/site/assemble.ts';
import { listPages } from '../../../../src/lib/site/pages.ts';
import { article, event, term } from '../../../helpers/site-entries.ts';

const entries = [
  article('story', '2021-04-06T12:00:00+03:00'),
  event('2014-02-22', 'a'),
  event('2014-03-01', 'b', { category: 'military' }),
  event('2014-05-01', 'c'),
  event('2021-04-06', 'd', { category: 'military' }),
  term('donbas', 'Donbas'),
  term('minsk', 'Minsk'),
  term('map', 'MAP'),
  term('tmt', 'The Moscow Times'),
];
const site = assembleSite(entries, { showDrafts: false });
const listPaths = (limits: Parameters<typeof listPages>[1]) =>
  listPages(site, limits).flatMap((page) => (['timeline', 'category', 'glossary'].includes(page.kind) ? [page.path] : []));

describe('listPages: the list pages', () => {
  test('under the limits, the timeline, each category and the glossary are one page each', () => {
    expect(listPaths({})).toEqual(['/timeline/', '/timeline/category/politics/', '/timeline/category/military/', '/glossary/']);
  });

  test('past the limits, each list that is too long is split; a short category stays one page', () => {
    expect(listPaths({ events: 2, terms: 2 })).toEqual([
      '/timeline/',
      '/timeline/2014/',
      '/timeline/2014/2/',
      '/timeline/2021/',
      '/timeline/category/politics/',
      '/timeline/category/military/',
      '/glossary/',
      '/glossary/letter/d/',
      '/glossary/letter/m/',
      '/glossary/letter/m/2/',
    ]);
  });

  test('split, /timeline/ shows the lead article’s year', () => {
    const timeline = listPages(site, { events: 2 }).find((page) => page.path === '/timeline/');
    expect(timeline?.kind === 'timeline' && timeline.list.page.items.map((e) => e.id)).toEqual(['2021-04-06-d']);
  });
});

describe('listCards: a card for every list page', () => {
  const pages = listPages(site, { events: 2, terms: 2 });
  const cards = listCards({ ...site, pages });

  test('one card per page, in page order', () => {
    expect(cards.map((card) => card.page)).toEqual(pages.map((page) => page.path));
  });

  test.each([
    { page: '/timeline/', title: 'The background, 2014–2021', dek: '4 dated events, each with its sources.' },
    { page: '/timeline/2014/2/', title: 'The background: 2014, page 2 of 2', dek: '3 of the 4 dated events happened in 2014, each with its sources.' },
    { page: '/timeline/2021/', title: 'The background: 2021', dek: '1 of the 4 dated events happened in 2021, each with its sources.' },
    { page: '/glossary/letter/m/', title: 'The names and terms in the story: M, page 1 of 2', dek: '3 entries under M; this page runs from MAP to Minsk.' },
    { page: '/glossary/letter/m/2/', title: 'The names and terms in the story: M, page 2 of 2', dek: '3 entries under M.' },
  ])('$page: $title', ({ page, title, dek }) => {
    expect(cards.find((card) => card.page === page)?.model).toMatchObject({ title, dek });
  });
});
