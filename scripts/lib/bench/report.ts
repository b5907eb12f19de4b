/** The benchmark's printed tables, its JSON document and its results file. Pure. */
import { median, RUN_KEYS, type BenchRun } from './stats.ts';

/** Figures per size that are not part of the fixed `runs` shape. */
export interface SizeDetails {
  entries: number;
  articles: number;
  events: number;
  terms: number;
  distMiB: number;
  baselinePages: number;
  baselinePeakRssMiB: number;
  /** Every repetition, in seconds, so a reader can judge the noise behind each median. */
  coldS: number[];
  warmS: number[];
  editS: number[];
  baselineS: number[];
  /** User + system CPU seconds of each repetition (empty without GNU time): steadier than wall time on a busy machine. */
  coldCpuS: number[];
  warmCpuS: number[];
  editCpuS: number[];
  baselineCpuS: number[];
}

/** The `--json` document: `runs` holds exactly RUN_KEYS per size; everything else sits beside it. */
export interface BenchDocument {
  runs: BenchRun[];
  details: SizeDetails[];
  environment: Record<string, string | number>;
}

/** Builds the JSON document, copying each run key by key so no stray figure slips into `runs`. */
export function toDocument(
  runs: readonly BenchRun[],
  details: readonly SizeDetails[],
  environment: Record<string, string | number>,
): BenchDocument {
  const pick = (run: BenchRun) => Object.fromEntries(RUN_KEYS.map((key) => [key, run[key]])) as unknown as BenchRun;
  return { runs: runs.map(pick), details: [...details], environment };
}

/** A Markdown table: header row, alignment row, then one row per item. */
export function formatMarkdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const show = (value: number | null, digits = 2) => (value === null ? 'n/a' : value.toFixed(digits));

/** The per-size results table, as printed and as written into the results file. */
export function formatRunsTable(runs: readonly BenchRun[], details: readonly SizeDetails[]): string {
  const header = ['entries', 'pages', 'cards', 'baseline s', 'cold s', 'warm s', 'edit s', 'cold/base', 'warm/base', 'edit/base', 'ms/page', 'ms/card', 'warm cards', 'peak RSS MiB', 'dist MiB'];
  const rows = runs.map((run) => {
    const detail = details.find((d) => d.entries === run.entries);
    return [
      String(run.entries), String(run.pages), String(run.cards),
      show(run.baselineBuildS), show(run.coldBuildS), show(run.warmBuildS), show(run.editBuildS),
      `${show(run.ratioToBaseline)}×`, `${show(run.warmRatioToBaseline)}×`, `${show(run.editRatioToBaseline)}×`,
      show(run.msPerPage, 1), show(run.msPerCard, 1), String(run.cardsRenderedWarm),
      show(run.peakRssMiB, 0), detail ? show(detail.distMiB, 1) : 'n/a',
    ];
  });
  return formatMarkdownTable(header, rows);
}

const KIB = 1024;

/** The output's weight per size: the largest HTML page (the limit is 500 KiB) and Pagefind's index. */
export function formatOutputTable(runs: readonly BenchRun[]): string {
  const header = ['entries', 'largest HTML page', 'KiB', 'Pagefind MiB'];
  const rows = runs.map((run) => [String(run.entries), run.maxHtmlPage.path, show(run.maxHtmlPage.bytes / KIB, 0), show(run.pagefindBytes / KIB / KIB, 1)]);
  return formatMarkdownTable(header, rows);
}

/** CPU seconds (user + system, median) per size and their ratios: the comparison to trust when the machine is busy. */
export function formatCpuTable(details: readonly SizeDetails[]): string {
  const header = ['entries', 'baseline CPU s', 'cold CPU s', 'warm CPU s', 'edit CPU s', 'cold/base', 'warm/base', 'edit/base'];
  const rows = details
    .filter((d) => d.baselineCpuS.length && d.coldCpuS.length && d.warmCpuS.length && d.editCpuS.length)
    .map((d) => {
      const [base, ...builds] = [median(d.baselineCpuS), median(d.coldCpuS), median(d.warmCpuS), median(d.editCpuS)];
      return [String(d.entries), base.toFixed(2), ...builds.map((s) => s.toFixed(2)), ...builds.map((s) => `${(s / base).toFixed(2)}×`)];
    });
  return rows.length ? formatMarkdownTable(header, rows) : '';
}

/** What the results file says about the run besides the tables. */
export interface ResultsContext {
  /** The day of the run, `2026-11-29`. */
  date: string;
  repeat: number;
  environment: Record<string, string | number>;
}

/** The results file (scripts/lib/bench/RESULTS.md): the run's machine, then the build-time and CPU tables. */
export function formatResults(runs: readonly BenchRun[], details: readonly SizeDetails[], { date, repeat, environment: env }: ResultsContext): string {
  const cpu = formatCpuTable(details);
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${date}; a full run writes this file again. How each figure is made: [README.md](README.md).`,
    '',
    `${env['cpus']} cores (${env['cpuModel']}), ${env['memoryGiB']} GiB, load average ${env['loadAverageAtStart']} at the start; Node ${env['node']}, Astro ${env['astro']}. ${repeat === 1 ? 'Each figure is from one run.' : `Each figure is the median of ${repeat} runs.`}`,
    '',
    '## Build time (wall clock)',
    '',
    formatRunsTable(runs, details),
    '',
    '## Output size (the last cold build)',
    '',
    formatOutputTable(runs),
    ...(cpu ? ['', '## CPU time (user + system of the whole process tree)', '', cpu] : []),
    '',
  ].join('\n');
}
