import { describe, expect, test } from 'vitest';
import { assembleSite } from '../../../../src/lib/site/assemble.ts';
import type { SiteEntry } from '../../../../src/lib/site/model.ts';
import { article, event, place, term } from '../../../helpers/site-entries.ts';

const PUBLISHED = { showDrafts: false };
const DEV = { showDrafts: true };
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('site order', () => {
  test.each([
    {
      name: 'articles newest first, ties by id',
      entries: [article('b', '2021-04-06T12:00:00+03:00'), article('old', '2020-01-01T00:00:00Z'), article('a', '2021-04-06T09:00:00Z'), article('new', '2022-02-24T05:00:00+02:00')],
      read: 'articles' as const,
      expected: ['new', 'a', 'b', 'old'],
    },
    {
      name: 'events oldest first, a month before the days in it, same-date events by title',
      entries: [event('2014-08-24', 'b'), event('2014-08', 'month'), event('2014-02-22', 'early'), event('2014-08-24', 'a')],
      read: 'events' as const,
      expected: ['2014-02-22-early', '2014-08-month', '2014-08-24-a', '2014-08-24-b'],
    },
    {
      name: 'terms A–Z by the name they are filed under, whatever the case',
      entries: [term('tmt', 'The Moscow Times'), term('nato', 'NATO'), term('map', 'MAP'), term('donbas', 'donbas')],
      read: 'terms' as const,
      expected: ['donbas', 'map', 'tmt', 'nato'],
    },
  ])('$name', ({ entries, read, expected }) => {
    expect(ids(assembleSite(entries, PUBLISHED)[read])).toEqual(expected);
  });

  test('does not depend on the order the entries were read in', () => {
    const entries = [article('b', '2021-04-06T12:00:00+03:00'), article('a', '2021-04-06T09:00:00Z'), event('2014-08-24', 'b'), event('2014-08-24', 'b2', { title: 'Event b' }), term('x', 'Same'), term('y', 'Same')];
    const order = (list: SiteEntry[]) => {
      const site = assembleSite(list, PUBLISHED);
      return [ids(site.articles), ids(site.events), ids(site.terms), site.pages.map((page) => page.path)];
    };
    expect(order([...entries].reverse())).toEqual(order(entries));
  });
});

describe('drafts', () => {
  const entries = [
    article('story', '2021-04-06T12:00:00+03:00'),
    article('draft-story', '2021-05-01T12:00:00Z', { draft: true }),
    event('2014-02-22', 'published'),
    event('2014-03-01', 'draft', { draft: true }),
    term('nato', 'NATO'),
    term('wip', 'Work in progress', { draft: true }),
  ];

  test.each([
    { policy: PUBLISHED, articles: ['story'], events: ['2014-02-22-published'], terms: ['nato'] },
    { policy: DEV, articles: ['draft-story', 'story'], events: ['2014-02-22-published', '2014-03-01-draft'], terms: ['nato', 'wip'] },
  ])('showDrafts: $policy.showDrafts', ({ policy, articles, events, terms }) => {
    const site = assembleSite(entries, policy);
    expect([ids(site.articles), ids(site.events), ids(site.terms)]).toEqual([articles, events, terms]);
    expect(site.pages.some((page) => page.path.includes('draft'))).toBe(policy.showDrafts);
  });
});

describe('the lead article', () => {
  test.each([
    { name: 'none without articles', entries: [], policy: PUBLISHED, lead: undefined },
    { name: 'the newest published article', entries: [article('old', '2020-01-01T00:00:00Z'), article('new', '2021-04-06T12:00:00+03:00')], policy: PUBLISHED, lead: 'new' },
    {
      name: 'in dev, still the newest published one when a draft is newer',
      entries: [article('story', '2021-04-06T12:00:00+03:00'), article('draft', '2022-01-01T00:00:00Z', { draft: true })],
      policy: DEV,
      lead: 'story',
    },
    { name: 'in dev, the draft when there is nothing else', entries: [article('draft', '2022-01-01T00:00:00Z', { draft: true })], policy: DEV, lead: 'draft' },
  ])('$name', ({ entries, policy, lead }) => {
    expect(assembleSite(entries, policy).lead?.id).toBe(lead);
  });
});

describe('the epilogue: events after the lead article', () => {
  const lead = article('story', '2021-04-06T12:00:00+03:00');
  test.each([
    { name: 'an event on the lead’s day is background', date: '2021-04-06', after: false },
    { name: 'the day after is epilogue', date: '2021-04-07', after: true },
    { name: 'the lead’s month is background', date: '2021-04', after: false },
    { name: 'the next month is epilogue', date: '2021-05', after: true },
    { name: 'an earlier year is background', date: '2014-08', after: false },
  ])('$name', ({ date, after }) => {
    const site = assembleSite([lead, event(date, 'x')], PUBLISHED);
    expect(site.events[0]!.afterLead).toBe(after);
    expect(ids(site.epilogue)).toEqual(after ? [site.events[0]!.id] : []);
  });

  test('without a lead article there is no epilogue', () => {
    expect(assembleSite([event('2030-01-01', 'future')], PUBLISHED).epilogue).toEqual([]);
  });

  test('the lead’s day is its UTC day', () => {
    // 00:30 in Kyiv on 7 April is still 6 April in UTC.
    const site = assembleSite([article('late', '2021-04-07T00:30:00+03:00'), event('2021-04-06', 'same-day')], PUBLISHED);
    expect(site.lead?.day).toBe('2021-04-06');
    expect(ids(site.events[0]!.articles)).toEqual(['late']);
  });
});

describe('links between entries', () => {
  const site = assembleSite(
    [
      article('story', '2021-04-06T12:00:00+03:00', { events: ['2021-04-06-call', '2014-02-22-earlier'] }),
      event('2014-02-22', 'earlier', { terms: ['nato'] }),
      event('2021-04-06', 'call', { terms: ['map', 'nato'] }),
      term('nato', 'NATO', { related: ['map'] }),
      term('map', 'MAP', { related: ['nato', 'wip'] }),
      term('wip', 'Draft term', { draft: true }),
    ],
    PUBLISHED,
  );

  test.each([
    { name: 'an article’s events, oldest first', actual: () => ids(site.article('story').events), expected: ['2014-02-22-earlier', '2021-04-06-call'] },
    { name: 'an event’s articles: those published on its day', actual: () => ids(site.event('2021-04-06-call').articles), expected: ['story'] },
    { name: 'an event’s terms, as listed', actual: () => ids(site.event('2021-04-06-call').terms), expected: ['map', 'nato'] },
    { name: 'a term’s events: those that list it, oldest first', actual: () => ids(site.term('nato').events), expected: ['2014-02-22-earlier', '2021-04-06-call'] },
    { name: 'a term’s related terms, as listed, drafts left out', actual: () => ids(site.term('map').related), expected: ['nato'] },
  ])('$name', ({ actual, expected }) => {
    expect(actual()).toEqual(expected);
  });

  test('looking up an id that is not shown names it', () => {
    expect(() => site.term('wip')).toThrow('No glossary term with id `wip`.');
  });
});

describe('what the site shows', () => {
  const site = assembleSite(
    [
      article('story', '2021-04-06T12:00:00+03:00', {}, 'Text.\n\n<PullQuote cite="Dmytro Kuleba">The words, "quoted".</PullQuote>\n'),
      event('2015-02-12', 'minsk', { category: 'diplomacy', title: 'Minsk "II" signed' }, 'Leaders met in *Minsk*. Then more.'),
      event('2014-02-22', 'flight', { category: 'politics' }),
      term('nato', 'NATO'),
    ],
    PUBLISHED,
  );

  test('every page, in order: front, articles and their quotes, timeline, used categories, events, glossary, terms, search, corrections', () => {
    expect(site.pages.map((page) => `${page.kind} ${page.path}`)).toEqual([
      'front /',
      'article /articles/story/',
      'quote /articles/story/quotes/1/',
      'timeline /timeline/',
      'category /timeline/category/politics/',
      'category /timeline/category/diplomacy/',
      'event /timeline/2014-02-22-flight/',
      'event /timeline/2015-02-12-minsk/',
      'glossary /glossary/',
      'term /glossary/nato/',
      'search /search/',
      'corrections /corrections/',
    ]);
  });

  test('one card per page, in page order', () => {
    expect(site.cards.map((card) => card.page)).toEqual(site.pages.map((page) => page.path));
    expect(site.card('/glossary/nato/')?.image).toBe('/og/glossary/nato.png');
    expect(site.card('/404/')).toBeUndefined();
  });

  test('frontmatter is typeset, bodies become plain text, quotes get their addresses', () => {
    const minsk = site.event('2015-02-12-minsk');
    expect(minsk.data.title).toBe('Minsk “II” signed');
    expect(minsk.summary).toBe('Leaders met in Minsk. Then more.');
    expect(site.article('story').quotes).toEqual([
      { n: 1, text: 'The words, “quoted”.', cite: 'Dmytro Kuleba', url: '/articles/story/quotes/1/', inContext: '/articles/story/#quote-1' },
    ]);
  });
});

describe('lookups', () => {
  const site = assembleSite([event('2014-02-22', 'a'), event('2015-02-12', 'b'), event('2016-01-01', 'c'), term('map', 'MAP')], PUBLISHED);

  test.each([
    { id: '2014-02-22-a', previous: undefined, next: '2015-02-12-b' },
    { id: '2015-02-12-b', previous: '2014-02-22-a', next: '2016-01-01-c' },
    { id: '2016-01-01-c', previous: '2015-02-12-b', next: undefined },
  ])('neighbours of $id: $previous and $next', ({ id, previous, next }) => {
    const found = site.neighbours(site.event(id));
    expect([found.previous?.id, found.next?.id]).toEqual([previous, next]);
  });

  test.each([
    { id: 'map', expected: 'map' },
    { id: 'unknown', expected: undefined },
  ])('findTerm($id) → $expected', ({ id, expected }) => {
    expect(site.findTerm(id)?.id).toBe(expected);
  });
});

describe('places', () => {
  const entries = [
    place('kyiv', 'Kyiv', 50.4547, 30.5238, { aliases: ['Kiev'] }),
    place('donetsk', 'Donetsk', 48.023, 37.8022),
    place('unnamed', 'Unnamed', 49, 32),
    place('draft-place', 'Draft place', 49.5, 31, { draft: true }),
    article('story', '2021-04-06T12:00:00+03:00', { places: ['donetsk', 'Kiev'] }),
    article('draft-story', '2021-05-01T12:00:00Z', { places: ['Unnamed'], draft: true }),
    event('2014-02-22', 'first', { places: ['KYIV', 'Donetsk'] }),
    event('2015-02-12', 'second', { places: ['Kyïv'] }),
    event('2016-01-01', 'draft', { places: ['Unnamed', 'Draft place'], draft: true }),
  ];
  const site = assembleSite(entries, PUBLISHED);

  test('events and articles resolve their places by id, name or alias, in the order given', () => {
    expect(ids(site.event('2014-02-22-first').places)).toEqual(['kyiv', 'donetsk']);
    expect(ids(site.article('story').places)).toEqual(['donetsk', 'kyiv']);
  });

  test('each place links back to every shown event (oldest first) and article that names it', () => {
    expect(ids(site.place('kyiv').events)).toEqual(['2014-02-22-first', '2015-02-12-second']);
    expect(ids(site.place('kyiv').articles)).toEqual(['story']);
    expect(ids(site.place('donetsk').events)).toEqual(['2014-02-22-first']);
  });

  test('only places something shown names get pages, A–Z, with the places index', () => {
    expect(ids(site.places)).toEqual(['donetsk', 'kyiv']);
    expect(site.pages.filter((page) => page.kind === 'places' || page.kind === 'place').map((page) => page.path)).toEqual(['/places/', '/places/donetsk/', '/places/kyiv/']);
    expect(ids(assembleSite(entries, DEV).places)).toEqual(['donetsk', 'draft-place', 'kyiv', 'unnamed']);
  });

  test('without places there is no places index', () => {
    expect(assembleSite([event('2014-02-22', 'first')], PUBLISHED).pages.some((page) => page.kind === 'places')).toBe(false);
  });

  test('event and place cards carry their pins; the index card has none', () => {
    const card = (path: string) => site.card(path)?.model;
    expect(card('/timeline/2014-02-22-first/')).toMatchObject({ credit: 'Kyiv, Donetsk', pins: [{ id: 'kyiv', name: 'Kyiv', lat: 50.4547, lon: 30.5238 }, { id: 'donetsk' }] });
    expect(card('/places/kyiv/')).toMatchObject({ kind: 'place', title: 'Kyiv', kicker: 'Places · City · Ukraine', pins: [{ id: 'kyiv' }] });
    expect(card('/places/')).not.toHaveProperty('pins');
  });
});
