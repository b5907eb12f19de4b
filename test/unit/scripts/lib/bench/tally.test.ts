import { describe, expect, test } from 'vitest';
import { tallyRepetitions, type BuildFigures } from '../../../../../scripts/lib/bench/tally.ts';

const build = (seconds: number, cpuSeconds: number | undefined, peakRssBytes: number, output = ''): BuildFigures => ({ seconds, cpuSeconds, peakRssBytes, output });

describe('tallyRepetitions', () => {
  test('lists each figure per repetition, with card counts from the logs', () => {
    const tally = tallyRepetitions([
      { baseline: build(8.1234, 9.1, 900), cold: build(20, 30.333, 1500, 'Cards: 1000 rendered, 0 reused in 24.5 s'), warm: build(12, 14, 1300, 'Cards: 0 rendered, 1000 reused in 0.2 s.'), edit: build(4, 5, 1700, 'Cards: 2 rendered, 998 reused in 0.3 s') },
      { baseline: build(8.2, 9.3, 950), cold: build(21, 31, 1600, 'Cards: 1000 rendered, 0 reused in 25 s'), warm: build(12.5, 14.5, 1200, 'Cards: 3 rendered, 997 reused in 0.4 s'), edit: build(4.5, 5.5, 1400) },
    ]);
    expect(tally).toEqual({
      baselineS: [8.123, 8.2],
      coldS: [20, 21],
      warmS: [12, 12.5],
      editS: [4, 4.5],
      baselineCpuS: [9.1, 9.3],
      coldCpuS: [30.33, 31],
      warmCpuS: [14, 14.5],
      editCpuS: [5, 5.5],
      coldCardMs: [24_500, 25_000],
      warmCardsRendered: [0, 3],
      peakRssBytes: 1700,
      baselinePeakRssBytes: 950,
    });
  });

  test('leaves CPU and card time empty, and warm cards at 0, when nothing reports them', () => {
    const tally = tallyRepetitions([{ baseline: build(1, undefined, 1), cold: build(2, undefined, 2), warm: build(3, undefined, 3), edit: build(1, undefined, 1) }]);
    expect([tally.baselineCpuS, tally.coldCpuS, tally.warmCpuS, tally.editCpuS, tally.coldCardMs, tally.warmCardsRendered]).toEqual([[], [], [], [], [], [0]]);
  });
});
