import { describe, expect, test } from 'vitest';
import { formatCpuTable, formatMarkdownTable, formatPageWeightTable, formatRunsTable, toDocument, type SizeDetails } from '../../../../../scripts/lib/bench/report.ts';
import { RUN_KEYS, type BenchRun } from '../../../../../scripts/lib/bench/stats.ts';

const run: BenchRun = {
  entries: 10,
  pages: 14,
  cards: 0,
  coldBuildS: 2.2,
  warmBuildS: 1.88,
  baselineBuildS: 2.3,
  ratioToBaseline: 0.95,
  warmRatioToBaseline: 0.82,
  msPerPage: 156.8,
  msPerCard: null,
  cardsRenderedWarm: 0,
  peakRssMiB: 591.7,
};
const details: SizeDetails = {
  entries: 10, articles: 1, events: 6, terms: 3, distMiB: 0.7, baselinePages: 10, baselinePeakRssMiB: 518.4,
  coldS: [2.2], warmS: [1.88], baselineS: [2.3], coldCpuS: [3, 2, 4], warmCpuS: [2, 2.5, 2], baselineCpuS: [1.5, 2, 1],
};

describe('toDocument', () => {
  test('keeps exactly the run keys in `runs` and every other figure beside them', () => {
    const withExtra = { ...run, distMiB: 0.7 } as BenchRun;
    const document = toDocument([withExtra], [details], [], { node: 'v24.21.0' });
    expect(Object.keys(document)).toEqual(['runs', 'details', 'pageWeight', 'environment']);
    expect(Object.keys(document.runs[0]!)).toEqual([...RUN_KEYS]);
    expect(JSON.parse(JSON.stringify(document)).runs[0].msPerCard).toBeNull();
  });
});

describe('formatMarkdownTable', () => {
  test('pads columns, left-aligns the first and right-aligns the rest', () => {
    expect(formatMarkdownTable(['size', 's'], [['10', '1.5'], ['1000', '12.25']])).toBe(
      ['| size |     s |', '| ---- | ----: |', '| 10   |   1.5 |', '| 1000 | 12.25 |'].join('\n'),
    );
  });
});

describe('formatRunsTable', () => {
  test('shows ratios with ×, n/a for unknown card cost, and the dist size', () => {
    const [, , row] = formatRunsTable([run], [details]).split('\n');
    expect(row!.split('|').map((cell) => cell.trim()).filter(Boolean)).toEqual([
      '10', '14', '0', '2.30', '2.20', '1.88', '0.95×', '0.82×', '156.8', 'n/a', '0', '592', '0.7',
    ]);
  });
});

describe('formatPageWeightTable', () => {
  test('shows kB with one decimal', () => {
    const table = formatPageWeightTable([{ page: 'front', html: 1834, css: 1790, js: 0, fonts: 0, images: 210, total: 3834 }]);
    expect(table.split('\n')[2]).toBe('| front |     1.8 |    1.8 |   0.0 |      0.0 |       0.2 |      3.8 |');
  });
});

describe('formatCpuTable', () => {
  test('shows median CPU seconds and their ratios to the baseline', () => {
    expect(formatCpuTable([details]).split('\n')[2]).toBe('| 10      |           1.50 |       3.00 |       2.00 |     2.00× |     1.33× |');
  });

  test('is empty when CPU time was not measured', () => {
    expect(formatCpuTable([{ ...details, coldCpuS: [] }])).toBe('');
  });
});
