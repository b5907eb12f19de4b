import { describe, expect, test } from 'vitest';
import { createRandom } from '../../../../../scripts/lib/bench/random.ts';

describe('createRandom', () => {
  test('repeats its sequence for a seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  test.each([
    [0, 0],
    [1, 6],
    [-3, 3],
  ])('int(%i, %i) stays in range and reaches both ends', (min, max) => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(min, max)));
    expect(Math.min(...seen)).toBe(min);
    expect(Math.max(...seen)).toBe(max);
  });

  test.each([
    [5, 3, 3],
    [3, 5, 3],
    [4, 0, 0],
  ])('sample of %i items, %i asked → %i distinct', (size, count, expected) => {
    const items = Array.from({ length: size }, (_, i) => i);
    const sample = createRandom(9).sample(items, count);
    expect(sample).toHaveLength(expected);
    expect(new Set(sample).size).toBe(expected);
  });

  test('pick throws on an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow(/empty/);
  });
});
