/** The bench's command line: `--sizes 10,100,1000`, `--json <file>`, `--results <file>`, `--repeat 3`, `--keep`. Pure. */
import { parseArgs } from 'node:util';
import { MIN_ENTRIES } from './synthetic-content.ts';

export interface BenchOptions {
  sizes: number[];
  json: string | undefined;
  /** Where the Markdown results go: `--results`, else RESULTS_FILE when every default size runs, else nowhere. */
  results: string | undefined;
  repeat: number;
  keep: boolean;
}

export const DEFAULT_SIZES = [10, 100, 1000];

/** The committed results file, rewritten by every run of the full sizes. */
export const RESULTS_FILE = 'scripts/lib/bench/RESULTS.md';

/** Reads the bench's arguments; throws an Error whose message can be shown as is. */
export function parseBenchArgs(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      sizes: { type: 'string' },
      json: { type: 'string' },
      results: { type: 'string' },
      repeat: { type: 'string', default: '3' },
      keep: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes === undefined ? DEFAULT_SIZES : parseSizes(values.sizes);
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) {
    throw new Error(`\`--repeat ${values.repeat}\` is not a number of runs. Use a whole number of at least 1, such as --repeat 3.`);
  }
  const full = DEFAULT_SIZES.every((size) => sizes.includes(size));
  return { sizes, json: values.json, results: values.results ?? (full ? RESULTS_FILE : undefined), repeat, keep: values.keep };
}

/** `"10,100,1000"` → `[10, 100, 1000]`. */
export function parseSizes(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) throw new Error('`--sizes` is empty. Give entry counts separated by commas, such as --sizes 10,100,1000.');
  return parts.map((part) => {
    const size = Number(part);
    if (!Number.isInteger(size) || size < MIN_ENTRIES) {
      throw new Error(`\`${part}\` in --sizes is not a size. Each size is a whole number of entries, at least ${MIN_ENTRIES}: --sizes 10,100,1000.`);
    }
    return size;
  });
}
