/**
 * Turns raw benchmark measurements into the published figures: medians of three,
 * ratios to the bare-Astro baseline, per-page and per-card costs. Pure.
 */

/** What was measured for one size; every `…S` list holds one wall time per repetition. */
export interface SizeMeasurements {
  entries: number;
  /** HTML files in the generator's output. */
  pages: number;
  /** PNG share cards in the generator's output. */
  cards: number;
  coldS: readonly number[];
  warmS: readonly number[];
  /** The rebuild after the bench's one-entry edit (scripts/lib/bench/edit.ts), caches warm. */
  editS: readonly number[];
  baselineS: readonly number[];
  /** Card rendering time of each cold run, in ms, when the build log reports it. */
  coldCardMs: readonly number[];
  /** Cards rendered (not reused) by each warm run, from the build log. */
  warmCardsRendered: readonly number[];
  /** Highest RSS of the generator's process tree over its cold, warm and edit runs. */
  peakRssBytes: number;
  /** The largest HTML page of the generator's output: its path in the output and its size. */
  maxHtmlPage: HtmlPageSize;
  /** The size of Pagefind's index (`pagefind/` in the output). */
  pagefindBytes: number;
}

/** An HTML page of the output (`timeline/index.html`) and its size before compression. */
export interface HtmlPageSize {
  path: string;
  bytes: number;
}

/** One row of `{ "runs": [...] }`: exactly the keys of RUN_KEYS, in its order. */
export interface BenchRun {
  entries: number;
  pages: number;
  cards: number;
  coldBuildS: number;
  warmBuildS: number;
  baselineBuildS: number;
  ratioToBaseline: number;
  warmRatioToBaseline: number;
  msPerPage: number;
  /** Null when the build log gives no card time or there are no cards. */
  msPerCard: number | null;
  cardsRenderedWarm: number;
  peakRssMiB: number;
  /** The rebuild after one event's body and one term's `short` change, caches warm. */
  editBuildS: number;
  editRatioToBaseline: number;
  maxHtmlPage: HtmlPageSize;
  pagefindBytes: number;
}

/** The keys of a BenchRun, in order: the JSON output and its test both read this. */
export const RUN_KEYS = [
  'entries', 'pages', 'cards', 'coldBuildS', 'warmBuildS', 'baselineBuildS', 'ratioToBaseline',
  'warmRatioToBaseline', 'msPerPage', 'msPerCard', 'cardsRenderedWarm', 'peakRssMiB',
  'editBuildS', 'editRatioToBaseline', 'maxHtmlPage', 'pagefindBytes',
] as const satisfies readonly (keyof BenchRun)[];

const MIB = 1024 * 1024;

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('Cannot take the median of no values.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** `value` rounded to `digits` decimal places. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Bytes as MiB with one decimal. */
export function toMiB(bytes: number): number {
  return round(bytes / MIB, 1);
}

/** The figures for one size. Times are medians; ratios are taken before rounding. */
export function summariseSize(m: SizeMeasurements): BenchRun {
  const cold = median(m.coldS);
  const warm = median(m.warmS);
  const baseline = median(m.baselineS);
  const edit = median(m.editS);
  const cardMs = m.coldCardMs.length ? median(m.coldCardMs) : undefined;
  return {
    entries: m.entries,
    pages: m.pages,
    cards: m.cards,
    coldBuildS: round(cold, 2),
    warmBuildS: round(warm, 2),
    baselineBuildS: round(baseline, 2),
    ratioToBaseline: round(cold / baseline, 2),
    warmRatioToBaseline: round(warm / baseline, 2),
    msPerPage: round((cold * 1000) / Math.max(1, m.pages), 1),
    msPerCard: cardMs !== undefined && m.cards > 0 ? round(cardMs / m.cards, 1) : null,
    // The worst warm run: any card re-rendered without a change is a cache miss worth seeing.
    cardsRenderedWarm: m.warmCardsRendered.length ? Math.max(...m.warmCardsRendered) : 0,
    peakRssMiB: toMiB(m.peakRssBytes),
    editBuildS: round(edit, 2),
    editRatioToBaseline: round(edit / baseline, 2),
    maxHtmlPage: m.maxHtmlPage,
    pagefindBytes: m.pagefindBytes,
  };
}
