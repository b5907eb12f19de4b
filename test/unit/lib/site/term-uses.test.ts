import { describe, expect, test } from 'vitest';
import { assembleSite } from '../../../../src/lib/site/assemble.ts';
import { findTermUses, termsNamed } from '../../../../src/lib/site/term-uses.ts';
import { article, event, term } from '../../../helpers/site-entries.ts';

const site = assembleSite(
  [
    article('old', '2020-01-01T00:00:00Z'),
    article('new', '2021-04-06T12:00:00+03:00'),
    event('2014-02-22', 'listed', { terms: ['map'] }),
    event('2015-02-12', 'linked'),
    event('2016-01-01', 'both', { terms: ['map'] }),
    term('map', 'MAP'),
    term('nato', 'NATO'),
  ],
  { showDrafts: false },
);
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('findTermUses: the backlinks on a term’s page', () => {
  test.each([
    {
      name: 'articles whose text links the term, newest first',
      linked: { '/articles/old/': ['map'], '/articles/new/': ['nato', 'map'] },
      articles: ['new', 'old'],
      events: ['2014-02-22-listed', '2016-01-01-both'],
    },
    {
      name: 'events that link it in their text or list it in `terms`, each once, oldest first',
      linked: { '/timeline/2015-02-12-linked/': ['map'], '/timeline/2016-01-01-both/': ['map'] },
      articles: [],
      events: ['2014-02-22-listed', '2015-02-12-linked', '2016-01-01-both'],
    },
    { name: 'with no links, only the events that list it', linked: {}, articles: [], events: ['2014-02-22-listed', '2016-01-01-both'] },
  ])('$name', ({ linked, articles, events }) => {
    const uses = findTermUses(site, new Map(Object.entries(linked))).get('map')!;
    expect([ids(uses.articles), ids(uses.events)]).toEqual([articles, events]);
  });

  test('a term nobody uses has no backlinks', () => {
    expect(findTermUses(site, new Map()).get('nato')).toEqual({ articles: [], events: [] });
  });
});

test.each([
  { ids: ['nato', 'map', 'nato'], expected: ['nato', 'map'] },
  { ids: ['map', 'unknown'], expected: ['map'] },
  { ids: [], expected: [] },
])('termsNamed($ids): each shown term once, in the order first named', ({ ids: named, expected }) => {
  expect(ids(termsNamed(site, named))).toEqual(expected);
});

test('findTermUses ignores links to ids that name no shown term', () => {
  const uses = findTermUses(site, new Map([['/articles/new/', ['gone', 'map']]]));
  expect([...uses.keys()]).toEqual(['map', 'nato']);
  expect(ids(uses.get('map')!.articles)).toEqual(['new']);
});
