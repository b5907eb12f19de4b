/**
 * Page-weight budgets for readers on phones: what a page may load, and the verdict on what it did
 * load. Pure: `scripts/budgets.ts` measures in Chromium and hands the figures here.
 */

/** The limits from the reader-experience brief. */
export const BUDGETS = {
  /** Everything a page loads: text gzipped, fonts and images as served. */
  totalKiB: 120,
  /** JavaScript, uncompressed (stricter than gzipped), external and inline. */
  scriptKiB: 15,
  /** Cumulative layout shift; none is allowed, so none can come from fonts. */
  layoutShift: 0.01,
} as const;

export type ResourceKind = 'document' | 'stylesheet' | 'script' | 'font' | 'image' | 'other';

export interface Resource {
  url: string;
  kind: ResourceKind;
  /** Bytes as they would travel: gzipped for text, as served for fonts and images. */
  transferBytes: number;
  /** Bytes before compression. */
  rawBytes: number;
}

export interface PageMeasurement {
  path: string;
  resources: Resource[];
  /** Bytes of inline `<script>` text (the theme bootstrap). */
  inlineScriptBytes: number;
  layoutShift: number;
}

export interface PageVerdict {
  path: string;
  totalKiB: number;
  scriptKiB: number;
  fontKiB: number;
  fonts: number;
  requests: number;
  layoutShift: number;
  problems: string[];
}

const kib = (bytes: number) => bytes / 1024;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Totals for one page and what, if anything, is over budget. */
export function judgePage(page: PageMeasurement, budgets = BUDGETS): PageVerdict {
  const of = (kind: ResourceKind) => page.resources.filter((r) => r.kind === kind);
  const totalKiB = kib(sum(page.resources.map((r) => r.transferBytes)));
  const scriptKiB = kib(sum(of('script').map((r) => r.rawBytes)) + page.inlineScriptBytes);
  const fonts = of('font');
  const problems: string[] = [];
  if (totalKiB > budgets.totalKiB) {
    problems.push(`${page.path} loads ${totalKiB.toFixed(1)} KiB; the budget is ${budgets.totalKiB} KiB.`);
  }
  if (scriptKiB > budgets.scriptKiB) {
    problems.push(`${page.path} loads ${scriptKiB.toFixed(1)} KiB of JavaScript; the budget is ${budgets.scriptKiB} KiB.`);
  }
  if (page.layoutShift > budgets.layoutShift) {
    const cause = fonts.length ? ` It loads ${fonts.length} web font(s): give each a size-adjusted fallback.` : '';
    problems.push(`${page.path} shifts its layout by ${page.layoutShift.toFixed(3)} while loading.${cause}`);
  }
  return {
    path: page.path,
    totalKiB,
    scriptKiB,
    fontKiB: kib(sum(fonts.map((r) => r.transferBytes))),
    fonts: fonts.length,
    requests: page.resources.length,
    layoutShift: page.layoutShift,
    problems,
  };
}

/** The figures as an aligned table, one page per row. */
export function formatVerdicts(verdicts: readonly PageVerdict[]): string {
  const header = ['page', 'total KiB', 'JS KiB', 'fonts KiB', 'requests', 'layout shift'];
  const rows = verdicts.map((v) => [
    v.path,
    v.totalKiB.toFixed(1),
    v.scriptKiB.toFixed(1),
    `${v.fontKiB.toFixed(1)} (${v.fonts})`,
    String(v.requests),
    v.layoutShift.toFixed(3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
