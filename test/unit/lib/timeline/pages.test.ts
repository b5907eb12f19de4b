import { describe, expect, test } from 'vitest';
import type { Category } from '../../../../src/lib/constants.ts';
import { timelinePages } from '../../../../src/lib/timeline/pages.ts';

const event = (date: string, category: Category = 'politics') => ({ data: { date, title: date, category } });

describe('timelinePages', () => {
  test('a short timeline is one page at /timeline/', () => {
    const events = [event('2014-02-22'), event('2015-02-12')];
    const list = timelinePages(events, { limit: 2 });
    expect(list.split).toBe(false);
    expect(list.index.path).toBe('/timeline/');
    expect(list.index.items).toEqual(events);
  });

  test.each([
    {
      name: 'the whole timeline',
      options: {},
      expected: ['/timeline/2014/', '/timeline/2014/2/', '/timeline/2015/', '/timeline/2021/'],
    },
    {
      name: 'a category, from its own events only',
      options: { category: 'military' as const },
      expected: ['/timeline/category/military/2014/', '/timeline/category/military/2015/'],
    },
  ])('past the limit, $name is split by year, a long year by page', ({ options, expected }) => {
    const events = [
      event('2014-01', 'military'),
      event('2014-02-01'),
      event('2014-03-01'),
      event('2015-01-01', 'military'),
      event('2015-01-02', 'military'),
      event('2021-04-06'),
    ];
    const list = timelinePages(events, { ...options, limit: 2 });
    expect(list.pages.map((page) => page.path)).toEqual(expected);
  });

  test.each([
    { featuredYear: '2021', expected: '2021' },
    { featuredYear: undefined, expected: '2014' },
    { featuredYear: '2030', expected: '2021' },
    { featuredYear: '2016', expected: '2015' },
    { featuredYear: '2000', expected: '2014' },
  ])('split, /timeline/ shows the lead article’s year, or the last one before it ($featuredYear → $expected)', ({ featuredYear, expected }) => {
    const events = [event('2014-02-01'), event('2014-03-01'), event('2015-03-01'), event('2021-04-06')];
    const list = timelinePages(events, { featuredYear, limit: 2 });
    expect(list.index.path).toBe('/timeline/');
    expect(list.index.group).toBe(expected);
  });

  test('a category with no events in the split years has one empty page', () => {
    const list = timelinePages([event('2014-02-01'), event('2015-02-01'), event('2016-02-01')], { category: 'military', limit: 2 });
    expect(list.split).toBe(false);
    expect(list.index.items).toEqual([]);
  });
});
