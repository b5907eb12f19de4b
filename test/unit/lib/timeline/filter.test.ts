import { describe, expect, test } from 'vitest';
import { routes } from '../../../../src/lib/routes.ts';
import { CATEGORIES, type Category } from '../../../../src/lib/constants.ts';
import { categoryFromPath, countByCategory, describeFilter, timelineTitle } from '../../../../src/lib/timeline/filter.ts';

describe('categoryFromPath', () => {
  test.each([
    { path: '/timeline/', expected: undefined },
    { path: '/timeline/category/military/', expected: 'military' },
    { path: '/timeline/category/nato-eu/', expected: 'nato-eu' },
    { path: '/timeline/category/nato-eu', expected: 'nato-eu' },
    { path: '/timeline/category/sport/', expected: undefined },
    { path: '/timeline/category/constructor/', expected: undefined },
    { path: '/timeline/2014-03-18-russia-annexes-crimea/', expected: undefined },
    { path: '/glossary/', expected: undefined },
  ])('$path → $expected', ({ path, expected }) => {
    expect(categoryFromPath(path)).toBe(expected);
  });

  test.each(CATEGORIES)('reads back routes.timelineCategory(%s)', (category) => {
    expect(categoryFromPath(routes.timelineCategory(category))).toBe(category);
  });
});

describe('countByCategory', () => {
  test('counts each category and keeps empty ones at 0, in the filter order', () => {
    const events: Category[] = ['military', 'politics', 'military', 'nato-eu'];
    const counts = countByCategory(events, (c) => c);
    expect(counts).toEqual({ politics: 1, military: 2, diplomacy: 0, 'nato-eu': 1, humanitarian: 0 });
    expect(Object.keys(counts)).toEqual(CATEGORIES);
  });
});

describe('titles and status', () => {
  test.each([
    { category: 'military' as const, title: 'Timeline: Military', status: 'Showing 14 of 45 events: Military.' },
    { category: 'nato-eu' as const, title: 'Timeline: NATO and EU', status: 'Showing 14 of 45 events: NATO and EU.' },
  ])('$category', ({ category, title, status }) => {
    expect(timelineTitle(category)).toBe(title);
    expect(describeFilter(14, 45, category)).toBe(status);
  });

  test('the whole timeline says how many events there are', () => {
    expect(describeFilter(45, 45, undefined)).toBe('Showing all 45 events.');
  });
});
