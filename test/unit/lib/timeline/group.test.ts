import { describe, expect, test } from 'vitest';
import { groupByYear, newestFirst, sortChronologically } from '../../../../src/lib/timeline/group.ts';

const event = (date: string, title: string) => ({ date, title });

describe('sortChronologically', () => {
  test.each([
    {
      name: 'orders by date',
      input: [event('2015-02-12', 'b'), event('2014-02-22', 'a')],
      expected: ['2014-02-22', '2015-02-12'],
    },
    {
      name: 'breaks ties by title, not by input order',
      input: [event('2014-04-06', 'Zeta'), event('2014-04-06', 'Alpha')],
      expected: ['2014-04-06', '2014-04-06'],
      titles: ['Alpha', 'Zeta'],
    },
    {
      name: 'puts a month before the days in it',
      input: [event('2014-08-30', 'x'), event('2014-08', 'y')],
      expected: ['2014-08', '2014-08-30'],
    },
  ])('$name', ({ input, expected, titles }) => {
    const sorted = sortChronologically(input);
    expect(sorted.map((e) => e.date)).toEqual(expected);
    if (titles) expect(sorted.map((e) => e.title)).toEqual(titles);
  });

  test('reads dates through an accessor', () => {
    const items = [{ data: event('2020-01-01', 'b') }, { data: event('2019-01-01', 'a') }];
    expect(sortChronologically(items, (i) => i.data).map((i) => i.data.date)).toEqual(['2019-01-01', '2020-01-01']);
  });
});

describe('groupByYear', () => {
  test.each([
    { input: [], expected: [] },
    {
      input: [event('2014-02-22', 'a'), event('2014-03-18', 'b'), event('2015-02-12', 'c')],
      expected: [
        ['2014', ['a', 'b']],
        ['2015', ['c']],
      ],
    },
  ])('groups $input.length events', ({ input, expected }) => {
    expect(groupByYear(input).map((g) => [g.year, g.events.map((e) => e.title)])).toEqual(expected);
  });
});

describe('newestFirst', () => {
  const article = (id: string, published: string) => ({ id, data: { published: new Date(published) } });

  test.each([
    { input: [article('a', '2020-01-01T00:00:00Z'), article('b', '2021-04-06T09:00:00Z')], expected: ['b', 'a'] },
    { input: [article('z', '2021-04-06T09:00:00Z'), article('m', '2021-04-06T09:00:00Z')], expected: ['m', 'z'] },
  ])('orders $expected', ({ input, expected }) => {
    expect([...input].sort(newestFirst).map((a) => a.id)).toEqual(expected);
  });
});
