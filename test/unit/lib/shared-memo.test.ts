import { describe, expect, test } from 'vitest';
import { sharedMemo } from '../../../src/lib/shared-memo.ts';

describe('sharedMemo', () => {
  test('works a value out once per input, for every copy of the function in the process', () => {
    const calls: string[] = [];
    const compute = (input: string) => {
      calls.push(input);
      return input.toUpperCase();
    };
    // Two copies, as the build script and Astro's bundle of the pages each have one.
    const first = sharedMemo('test-upper', compute);
    const second = sharedMemo('test-upper', compute);
    expect([first('a'), second('a'), second('b'), first('b')]).toEqual(['A', 'A', 'B', 'B']);
    expect(calls).toEqual(['a', 'b']);
  });

  test('different names keep apart', () => {
    const upper = sharedMemo('test-name-1', (input) => input.toUpperCase());
    const length = sharedMemo('test-name-2', (input) => input.length);
    expect([upper('abc'), length('abc')]).toEqual(['ABC', 3]);
  });
});
