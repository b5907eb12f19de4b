import { describe, expect, test } from 'vitest';
import { cardWorkerCount } from '../../../src/cards/workers.ts';

const GiB = 1024 ** 3;

describe('cardWorkerCount', () => {
  test.each([
    { name: 'one per core when memory is plenty', cores: 2, available: 24 * GiB, expected: 2 },
    { name: 'bounded by memory on many cores', cores: 64, available: 8 * GiB, expected: 6 },
    { name: 'exactly at the memory bound', cores: 8, available: 4.6875 * GiB, expected: 4 },
    { name: 'at least one, however little memory', cores: 4, available: 0.5 * GiB, expected: 1 },
    { name: 'at least one with no core reported', cores: 0, available: 24 * GiB, expected: 1 },
  ])('$name: $cores cores, $available bytes → $expected', ({ cores, available, expected }) => {
    expect(cardWorkerCount(cores, available)).toBe(expected);
  });
});
