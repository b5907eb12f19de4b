import { describe, expect, test } from 'vitest';
import { DEFAULT_SIZES, parseBenchArgs, parseSizes, RESULTS_FILE } from '../../../../../scripts/lib/bench/options.ts';

describe('parseBenchArgs', () => {
  test('defaults to 10, 100 and 1000 entries, three runs each, and writes the results file', () => {
    expect(parseBenchArgs([])).toEqual({ sizes: DEFAULT_SIZES, json: undefined, results: RESULTS_FILE, repeat: 3, keep: false });
  });

  test('reads every option', () => {
    expect(parseBenchArgs(['--sizes', '10,1000', '--json', 'out.json', '--results', 'r.md', '--repeat', '1', '--keep'])).toEqual({
      sizes: [10, 1000],
      json: 'out.json',
      results: 'r.md',
      repeat: 1,
      keep: true,
    });
  });

  test.each([
    { args: ['--sizes', '10,100,1000'], results: RESULTS_FILE },
    { args: ['--sizes', '10,100,1000,3000'], results: RESULTS_FILE },
    { args: ['--sizes', '1000'], results: undefined },
    { args: ['--sizes', '1000', '--results', 'mine.md'], results: 'mine.md' },
  ])('$args writes the results to $results', ({ args, results }) => {
    expect(parseBenchArgs(args).results).toBe(results);
  });

  test.each([['0'], ['two'], ['1.5']])('rejects --repeat %s', (repeat) => {
    expect(() => parseBenchArgs(['--repeat', repeat])).toThrow(`\`--repeat ${repeat}\` is not a number of runs`);
  });

  test('rejects an unknown option', () => {
    expect(() => parseBenchArgs(['--size', '10'])).toThrow(/--size/);
  });
});

describe('parseSizes', () => {
  test.each([
    ['10', [10]],
    ['10,100,1000', [10, 100, 1000]],
    [' 10 , 100 ,', [10, 100]],
  ])('%j → %j', (text, expected) => {
    expect(parseSizes(text)).toEqual(expected);
  });

  test.each([
    ['', '`--sizes` is empty'],
    ['10,ten', '`ten` in --sizes is not a size'],
    ['2', '`2` in --sizes is not a size'],
  ])('rejects %j', (text, message) => {
    expect(() => parseSizes(text)).toThrow(message);
  });
});
