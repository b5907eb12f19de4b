import { describe, expect, test } from 'vitest';
import {
  describeResults,
  pagefindFilters,
  readSearchState,
  searchHref,
  searchTypeOf,
} from '../../../../src/lib/search/query.ts';
import { searchFilterAttribute } from '../../../../src/lib/constants.ts';

describe('readSearchState', () => {
  test.each([
    { query: '', expected: { query: '', type: undefined } },
    { query: '?q=Minsk', expected: { query: 'Minsk', type: undefined } },
    { query: '?q=++Minsk+agreements+', expected: { query: 'Minsk agreements', type: undefined } },
    { query: '?q=Minsk&type=term', expected: { query: 'Minsk', type: 'term' } },
    { query: '?q=Minsk&type=event', expected: { query: 'Minsk', type: 'event' } },
    { query: '?q=Minsk&type=', expected: { query: 'Minsk', type: undefined } },
    { query: '?q=Minsk&type=video', expected: { query: 'Minsk', type: undefined } },
    { query: '?q=Minsk&type=toString', expected: { query: 'Minsk', type: undefined } },
    { query: '?q=%D0%9A%D0%B8%D1%97%D0%B2', expected: { query: 'Київ', type: undefined } },
  ])('$query', ({ query, expected }) => {
    expect(readSearchState(new URLSearchParams(query))).toEqual(expected);
  });
});

describe('searchHref', () => {
  test.each([
    { state: { query: '', type: undefined }, expected: '/search/' },
    { state: { query: 'Minsk', type: undefined }, expected: '/search/?q=Minsk' },
    { state: { query: 'Minsk II', type: 'term' as const }, expected: '/search/?q=Minsk+II&type=term' },
    { state: { query: '', type: 'event' as const }, expected: '/search/?type=event' },
  ])('$expected', ({ state, expected }) => {
    expect(searchHref(state)).toBe(expected);
  });

  test('round-trips through readSearchState', () => {
    const state = { query: 'Donbas & Crimea', type: 'article' as const };
    expect(readSearchState(new URL(searchHref(state), 'https://example.org').searchParams)).toEqual(state);
  });
});

describe('Pagefind filters', () => {
  test.each([
    { type: undefined, expected: {} },
    { type: 'article' as const, expected: { type: 'Article' } },
    { type: 'event' as const, expected: { type: 'Timeline event' } },
    { type: 'term' as const, expected: { type: 'Glossary term' } },
  ])('$type', ({ type, expected }) => {
    expect(pagefindFilters(type)).toEqual(expected);
  });

  test.each(['article', 'event', 'term'] as const)('the %s pages declare the value search filters by', (type) => {
    const [, value] = searchFilterAttribute(type).split(':');
    expect(searchTypeOf(value)).toBe(type);
    expect(pagefindFilters(type)).toEqual({ type: value });
  });

  test('an unknown filter value has no type', () => {
    expect(searchTypeOf('Video')).toBeUndefined();
    expect(searchTypeOf(undefined)).toBeUndefined();
  });
});

describe('describeResults', () => {
  test.each([
    { count: 0, state: { query: '', type: undefined }, expected: '' },
    { count: 0, state: { query: 'Xyz', type: undefined }, expected: 'No pages match “Xyz”.' },
    { count: 1, state: { query: 'Minsk', type: undefined }, expected: '1 page matches “Minsk”.' },
    { count: 11, state: { query: 'Minsk', type: undefined }, expected: '11 pages match “Minsk”.' },
    { count: 5, state: { query: 'Minsk', type: 'term' as const }, expected: '5 glossary terms match “Minsk”.' },
    { count: 1, state: { query: 'Minsk', type: 'event' as const }, expected: '1 timeline event matches “Minsk”.' },
    { count: 0, state: { query: 'Minsk', type: 'article' as const }, expected: 'No articles match “Minsk”.' },
  ])('$count for $state.query ($state.type)', ({ count, state, expected }) => {
    expect(describeResults(count, state)).toBe(expected);
  });
});
