import { describe, expect, test } from 'vitest';
import { median, round, RUN_KEYS, summariseSize, type SizeMeasurements } from '../../../../../scripts/lib/bench/stats.ts';

describe('median', () => {
  test.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[9.5, 1.25, 4, 2], 3],
    [[2, 2, 100], 2],
  ])('median(%j) = %f', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test('throws on no values', () => {
    expect(() => median([])).toThrow(/no values/);
  });
});

describe('round', () => {
  test.each([
    [1.005, 1, 1],
    [2.345, 2, 2.35],
    [1234.56, 0, 1235],
  ])('round(%f, %i) = %f', (value, digits, expected) => {
    expect(round(value, digits)).toBe(expected);
  });
});

const measured: SizeMeasurements = {
  entries: 1000,
  pages: 1010,
  cards: 1000,
  coldS: [21, 20, 30],
  warmS: [13, 12, 12.5],
  editS: [4, 3.6, 5],
  baselineS: [8, 10, 9],
  coldCardMs: [24_000, 25_000, 26_000],
  warmCardsRendered: [0, 2, 0],
  peakRssBytes: 1536 * 1024 * 1024,
  maxHtmlPage: { path: 'timeline/index.html', bytes: 240_000 },
  pagefindBytes: 5_000_000,
};

describe('summariseSize', () => {
  test('takes medians, ratios, per-page and per-card costs', () => {
    expect(summariseSize(measured)).toEqual({
      entries: 1000,
      pages: 1010,
      cards: 1000,
      coldBuildS: 21,
      warmBuildS: 12.5,
      baselineBuildS: 9,
      ratioToBaseline: 2.33,
      warmRatioToBaseline: 1.39,
      msPerPage: 20.8,
      msPerCard: 25,
      cardsRenderedWarm: 2,
      peakRssMiB: 1536,
      editBuildS: 4,
      editRatioToBaseline: 0.44,
      maxHtmlPage: { path: 'timeline/index.html', bytes: 240_000 },
      pagefindBytes: 5_000_000,
    });
  });

  test.each([
    ['no card time in the log', { coldCardMs: [] }],
    ['no cards', { cards: 0 }],
  ])('msPerCard is null with %s', (_, change) => {
    expect(summariseSize({ ...measured, ...change }).msPerCard).toBeNull();
  });

  test('returns exactly the keys of a run, in order', () => {
    expect(Object.keys(summariseSize(measured))).toEqual([...RUN_KEYS]);
  });
});
