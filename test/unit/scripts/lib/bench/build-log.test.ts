import { describe, expect, test } from 'vitest';
import { parseCardLine } from '../../../../../scripts/lib/bench/build-log.ts';

describe('parseCardLine', () => {
  test.each([
    ['Content: 71 files are valid.\nSearch: indexed 75 pages.', undefined],
    ['Cards: 75 rendered, 0 reused', { rendered: 75, reused: 0 }],
    ['Cards: 0 rendered, 75 reused in 0.1 s', { rendered: 0, reused: 75, ms: 100 }],
    ['Cards: 12 rendered, 3 reused (cache: /tmp/c) in 340 ms', { rendered: 12, reused: 3, ms: 340 }],
    ['Cards: 1 rendered, 0 reused\nCards: 2 rendered, 5 reused in 2.5s', { rendered: 2, reused: 5, ms: 2500 }],
  ])('%j', (log, expected) => {
    expect(parseCardLine(log)).toEqual(expected);
  });
});
