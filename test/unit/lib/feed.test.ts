import { describe, expect, test } from 'vitest';
import { sortFeed, type FeedItem } from '../../../src/lib/feed.ts';

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
