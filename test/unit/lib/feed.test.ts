import { describe, expect, test } from 'vitest';
import { FEED_NAMESPACES, sortFeed, toRssItem, withCorrections, type FeedItem } from '../../../src/lib/feed.ts';

const item = (title: string, date: string): FeedItem => ({ title, link: `/${title}/`, pubDate: new Date(date), description: '', categories: [] });

describe('sortFeed', () => {
  test('puts the newest first and breaks ties by title', () => {
    const sorted = sortFeed([item('b', '2014-03-18'), item('c', '2021-04-06'), item('a', '2014-03-18')]);
    expect(sorted.map((i) => i.title)).toEqual(['c', 'a', 'b']);
  });

  test('does not reorder its input', () => {
    const input = [item('old', '2008-04-03'), item('new', '2021-04-06')];
    sortFeed(input);
    expect(input.map((i) => i.title)).toEqual(['old', 'new']);
  });
});

describe('withCorrections', () => {
  test.each([
    { name: 'no corrections: the description alone', description: 'Summary.', corrections: [], expected: 'Summary.' },
    {
      name: 'each correction as a dated paragraph after the description',
      description: 'Summary.',
      corrections: [
        { date: '2026-11-01', text: 'An earlier version said A. It was B.' },
        { date: '2026-11-29', text: 'An earlier version said C. It was D.' },
      ],
      expected: 'Summary.\n\nCorrection, 1 November 2026: An earlier version said A. It was B.\n\nCorrection, 29 November 2026: An earlier version said C. It was D.',
    },
    { name: 'an empty description is not a paragraph', description: '', corrections: [{ date: '2026-11-29', text: 'Fixed.' }], expected: 'Correction, 29 November 2026: Fixed.' },
  ])('$name', ({ description, corrections, expected }) => {
    expect(withCorrections(description, corrections)).toBe(expected);
  });
});

describe('toRssItem', () => {
  test.each([
    { name: 'an item never changed has no extra element', modified: undefined, expected: undefined },
    { name: 'a corrected item states the day of its last update', modified: '2026-11-29', expected: '<dcterms:modified>2026-11-29</dcterms:modified>' },
    { name: 'an updated article states the moment', modified: '2026-11-29T12:00:00.000Z', expected: '<dcterms:modified>2026-11-29T12:00:00.000Z</dcterms:modified>' },
  ])('$name', ({ modified, expected }) => {
    const rss = toRssItem({ ...item('a', '2021-04-06'), modified });
    expect(rss.customData).toBe(expected);
    expect(rss).not.toHaveProperty('modified');
    expect(rss.pubDate).toEqual(new Date('2021-04-06'));
  });

  test('the namespace of dcterms:modified is declared for the feed', () => {
    expect(FEED_NAMESPACES).toEqual({ dcterms: 'http://purl.org/dc/terms/' });
  });
});
