import { describe, expect, test } from 'vitest';
import { compareDates, formatDate, formatRange, isAfter, precisionOf } from '../../../../src/lib/timeline/dates.ts';

describe('formatDate', () => {
  test.each([
    ['2014-02-22', '22 February 2014'],
    ['2014-08', 'August 2014'],
    ['2021-04-06', '6 April 2021'],
    ['2008-04-03', '3 April 2008'],
  ])('%s → %s', (date, expected) => {
    expect(formatDate(date)).toBe(expected);
  });
});

describe('formatRange', () => {
  test.each([
    ['2014-04-13', undefined, '13 April 2014'],
    ['2014-04-13', '2014-04-15', '13–15 April 2014'],
    ['2017-01-29', '2017-02-04', '29 January – 4 February 2017'],
    ['2021-12-30', '2022-01-02', '30 December 2021 – 2 January 2022'],
    ['2014-08', '2014-09', 'August 2014 – September 2014'],
  ])('%s to %s → %s', (start, end, expected) => {
    expect(formatRange(start, end)).toBe(expected);
  });
});

describe('precisionOf', () => {
  test.each([
    ['2014-08', 'month'],
    ['2014-08-10', 'day'],
  ])('%s is %s precision', (date, expected) => {
    expect(precisionOf(date)).toBe(expected);
  });
});

describe('isAfter', () => {
  test.each([
    ['2021-04-22', '2021-04-06', true],
    ['2021-04-06', '2021-04-06', false],
    ['2021-03-31', '2021-04-06', false],
    ['2021-04', '2021-04-06', false],
    ['2021-05', '2021-04-06', true],
  ])('%s after %s → %s', (date, day, expected) => {
    expect(isAfter(date, day)).toBe(expected);
  });
});

describe('compareDates', () => {
  test('a month sorts before the days in it', () => {
    expect(['2014-08-10', '2014-08', '2014-07-17'].sort(compareDates)).toEqual(['2014-07-17', '2014-08', '2014-08-10']);
  });
});
