import { describe, expect, test } from 'vitest';
import { formatCpuTable, formatMarkdownTable, formatOutputTable, formatResults, formatRunsTable, toDocument, type SizeDetails } from '../../../../../scripts/lib/bench/report.ts';
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
  editBuildS: 1.15,
  editRatioToBaseline: 0.5,
  maxHtmlPage: { path: 'timeline/index.html', bytes: 48_640 },
  pagefindBytes: 1_572_864,
};
const details: SizeDetails = {
  entries: 10, articles: 1, events: 6, terms: 3, distMiB: 0.7, baselinePages: 10, baselinePeakRssMiB: 518.4,
  coldS: [2.2], warmS: [1.88], editS: [1.15], baselineS: [2.3], coldCpuS: [3, 2, 4], warmCpuS: [2, 2.5, 2], editCpuS: [0.9, 0.75, 1], baselineCpuS: [1.5, 2, 1],
};

describe('toDocument', () => {
  test('keeps exactly the run keys in `runs` and every other figure beside them', () => {
    const withExtra = { ...run, distMiB: 0.7 } as BenchRun;
    const document = toDocument([withExtra], [details], { node: 'v24.21.0' });
    expect(Object.keys(document)).toEqual(['runs', 'details', 'environment']);
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
      '10', '14', '0', '2.30', '2.20', '1.88', '1.15', '0.95×', '0.82×', '0.50×', '156.8', 'n/a', '0', '592', '0.7',
    ]);
  });
});

describe('formatOutputTable', () => {
  test('shows the largest page with its path and KiB, and the Pagefind index in MiB', () => {
    expect(formatOutputTable([run]).split('\n')[2]).toBe('| 10      | timeline/index.html |  48 |          1.5 |');
  });
});

describe('formatResults', () => {
  const environment = { node: 'v24.21.0', astro: '7.3.5', cpus: 2, cpuModel: 'Example CPU', memoryGiB: 24, loadAverageAtStart: '0.50' };

  test('says when and where it ran, then the build-time and CPU tables', () => {
    expect(formatResults([run], [details], { date: '2026-11-29', repeat: 3, environment })).toMatchInlineSnapshot(`
      "# Benchmark results

      Written by \`npm run bench\` on 2026-11-29; a full run writes this file again. How each figure is made: [README.md](README.md).

      2 cores (Example CPU), 24 GiB, load average 0.50 at the start; Node v24.21.0, Astro 7.3.5. Each figure is the median of 3 runs.

      ## Build time (wall clock)

      | entries | pages | cards | baseline s | cold s | warm s | edit s | cold/base | warm/base | edit/base | ms/page | ms/card | warm cards | peak RSS MiB | dist MiB |
      | ------- | ----: | ----: | ---------: | -----: | -----: | -----: | --------: | --------: | --------: | ------: | ------: | ---------: | -----------: | -------: |
      | 10      |    14 |     0 |       2.30 |   2.20 |   1.88 |   1.15 |     0.95× |     0.82× |     0.50× |   156.8 |     n/a |          0 |          592 |      0.7 |

      ## Output size (the last cold build)

      | entries |   largest HTML page | KiB | Pagefind MiB |
      | ------- | ------------------: | --: | -----------: |
      | 10      | timeline/index.html |  48 |          1.5 |

      ## CPU time (user + system of the whole process tree)

      | entries | baseline CPU s | cold CPU s | warm CPU s | edit CPU s | cold/base | warm/base | edit/base |
      | ------- | -------------: | ---------: | ---------: | ---------: | --------: | --------: | --------: |
      | 10      |           1.50 |       3.00 |       2.00 |       0.90 |     2.00× |     1.33× |     0.60× |
      "
    `);
  });

  test('says so when each figure is from one run', () => {
    expect(formatResults([run], [details], { date: '2026-11-29', repeat: 1, environment })).toContain('Each figure is from one run.');
  });

  test('leaves out the CPU table when CPU time was not measured', () => {
    const results = formatResults([run], [{ ...details, coldCpuS: [] }], { date: '2026-11-29', repeat: 3, environment });
    expect(results).not.toContain('CPU time');
  });
});

describe('formatCpuTable', () => {
  test('shows median CPU seconds and their ratios to the baseline', () => {
    expect(formatCpuTable([details]).split('\n')[2]).toBe('| 10      |           1.50 |       3.00 |       2.00 |       0.90 |     2.00× |     1.33× |     0.60× |');
  });

  test.each(['coldCpuS', 'editCpuS'])('is empty when %s was not measured', (key) => {
    expect(formatCpuTable([{ ...details, [key]: [] }])).toBe('');
  });
});
