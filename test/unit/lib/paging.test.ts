import { describe, expect, test } from 'vitest';
import { chunk, groupPath, pageList, type Group } from '../../../src/lib/paging.ts';

/** Groups named by key, each with `n` numbered items: `{ 2014: 3 }` → 2014 holds `2014.1`…`2014.3`. */
const groups = (sizes: Record<string, number>): Group<string>[] =>
  Object.entries(sizes).map(([key, n]) => ({ key, items: Array.from({ length: n }, (_, i) => `${key}.${i + 1}`) }));

const options = (limit: number, featured?: string) => ({ base: '/list/', pathOf: (key: string, page: number) => groupPath('/list/', key, page), limit, featured });

/** A compact picture of the pages: `2014 1/2 [3]` per page. */
const shape = (list: ReturnType<typeof pageList<string>>) => list.pages.map((page) => `${page.group} ${page.page}/${page.pages} [${page.items.length}]`);

describe('chunk', () => {
  test.each([
    { items: 10, parts: 1, expected: [10] },
    { items: 10, parts: 2, expected: [5, 5] },
    { items: 10, parts: 3, expected: [3, 4, 3] },
    { items: 7, parts: 7, expected: [1, 1, 1, 1, 1, 1, 1] },
    { items: 0, parts: 1, expected: [0] },
  ])('$items items in $parts parts: $expected', ({ items, parts, expected }) => {
    const list = Array.from({ length: items }, (_, i) => i);
    const chunks = chunk(list, parts);
    expect(chunks.map((c) => c.length)).toEqual(expected);
    expect(chunks.flat()).toEqual(list);
  });
});

describe('groupPath', () => {
  test.each([
    { page: 1, expected: '/timeline/2014/' },
    { page: 2, expected: '/timeline/2014/2/' },
  ])('page $page → $expected', ({ page, expected }) => {
    expect(groupPath('/timeline/', '2014', page)).toBe(expected);
  });
});

describe('pageList', () => {
  test.each([
    { name: 'an empty list is one empty page', sizes: {}, limit: 3 },
    { name: 'one item is one page', sizes: { 2014: 1 }, limit: 3 },
    { name: 'exactly at the limit is still one page', sizes: { 2014: 2, 2015: 1 }, limit: 3 },
  ])('$name', ({ sizes, limit }) => {
    const list = pageList(groups(sizes), options(limit));
    expect(list.split).toBe(false);
    expect(list.pages).toEqual([]);
    expect(list.groups).toEqual([]);
    expect(list.index).toMatchObject({ path: '/list/', group: undefined, page: 1, pages: 1, prev: undefined, next: undefined });
    expect(list.index.items).toEqual(groups(sizes).flatMap((g) => g.items));
  });

  test.each([
    { name: 'one over the limit splits by group', sizes: { 2014: 2, 2015: 2 }, limit: 3, expected: ['2014 1/1 [2]', '2015 1/1 [2]'] },
    { name: 'a group at the limit stays one page', sizes: { 2014: 3, 2015: 1 }, limit: 3, expected: ['2014 1/1 [3]', '2015 1/1 [1]'] },
    { name: 'a group one over the limit takes two even pages', sizes: { 2014: 4, 2015: 1 }, limit: 3, expected: ['2014 1/2 [2]', '2014 2/2 [2]', '2015 1/1 [1]'] },
    { name: 'a long group takes as few pages as fit', sizes: { 2014: 10 }, limit: 3, expected: ['2014 1/4 [3]', '2014 2/4 [2]', '2014 3/4 [3]', '2014 4/4 [2]'] },
    { name: 'empty groups get no page', sizes: { 2014: 3, 2015: 0, 2016: 2 }, limit: 3, expected: ['2014 1/1 [3]', '2016 1/1 [2]'] },
  ])('$name', ({ sizes, limit, expected }) => {
    const list = pageList(groups(sizes), options(limit));
    expect(list.split).toBe(true);
    expect(shape(list)).toEqual(expected);
    expect(list.pages.flatMap((page) => page.items)).toEqual(groups(sizes).flatMap((g) => g.items));
    expect(Math.max(...list.pages.map((page) => page.items.length))).toBeLessThanOrEqual(limit);
  });

  test('links each page to the one before and after it, across groups', () => {
    const list = pageList(groups({ 2014: 4, 2015: 1 }), options(3));
    expect(list.pages.map((page) => [page.prev?.path, page.path, page.next?.path])).toEqual([
      [undefined, '/list/2014/', '/list/2014/2/'],
      ['/list/2014/', '/list/2014/2/', '/list/2015/'],
      ['/list/2014/2/', '/list/2015/', undefined],
    ]);
    expect(list.pages.map((page) => [page.prev?.label, page.next?.label])).toEqual([
      [undefined, '2014, page 2'],
      ['2014, page 1', '2015'],
      ['2014, page 2', undefined],
    ]);
  });

  test('lists every group with its count, first page and, when it takes several, its pages', () => {
    const list = pageList(groups({ 2014: 4, 2015: 1 }), options(3));
    expect(list.groups).toEqual([
      {
        key: '2014',
        count: 4,
        path: '/list/2014/',
        pages: [
          { path: '/list/2014/', label: '2014, page 1' },
          { path: '/list/2014/2/', label: '2014, page 2' },
        ],
      },
      { key: '2015', count: 1, path: '/list/2015/', pages: [] },
    ]);
  });

  test.each([
    { featured: undefined, expected: '2014' },
    { featured: '2015', expected: '2015' },
    { featured: '1999', expected: '2014' },
  ])('the list’s own address shows the first page of the featured group ($featured → $expected)', ({ featured, expected }) => {
    const list = pageList(groups({ 2014: 4, 2015: 1 }), options(3, featured));
    const page = list.pages.find((p) => p.group === expected && p.page === 1)!;
    expect(list.index).toEqual({ ...page, path: '/list/' });
  });
});
