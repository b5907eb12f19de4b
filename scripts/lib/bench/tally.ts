/** Gathers the repetitions of one size into lists of figures, reading card counts from the build logs. Pure. */
import { parseCardLine } from './build-log.ts';
import { round } from './stats.ts';

/** What the bench keeps of one build. */
export interface BuildFigures {
  seconds: number;
  cpuSeconds: number | undefined;
  peakRssBytes: number;
  output: string;
}

/** One repetition: a baseline build, then the generator cold, then warm, then after the one-entry edit. */
export interface Repetition {
  baseline: BuildFigures;
  cold: BuildFigures;
  warm: BuildFigures;
  edit: BuildFigures;
}

export interface Tally {
  baselineS: number[];
  coldS: number[];
  warmS: number[];
  editS: number[];
  baselineCpuS: number[];
  coldCpuS: number[];
  warmCpuS: number[];
  editCpuS: number[];
  /** Card time of each cold build, when its log reports one. */
  coldCardMs: number[];
  /** Cards each warm build rendered (0 when its log has no card line). */
  warmCardsRendered: number[];
  /** The generator's peak over its cold, warm and edit builds. */
  peakRssBytes: number;
  baselinePeakRssBytes: number;
}

/** The figures of every repetition, in order. CPU lists stay empty when CPU time was not measured. */
export function tallyRepetitions(repetitions: readonly Repetition[]): Tally {
  const seconds = (pick: (r: Repetition) => BuildFigures) => repetitions.map((r) => round(pick(r).seconds, 3));
  const cpu = (pick: (r: Repetition) => BuildFigures) =>
    repetitions.flatMap((r) => (pick(r).cpuSeconds === undefined ? [] : [round(pick(r).cpuSeconds!, 2)]));
  return {
    baselineS: seconds((r) => r.baseline),
    coldS: seconds((r) => r.cold),
    warmS: seconds((r) => r.warm),
    editS: seconds((r) => r.edit),
    baselineCpuS: cpu((r) => r.baseline),
    coldCpuS: cpu((r) => r.cold),
    warmCpuS: cpu((r) => r.warm),
    editCpuS: cpu((r) => r.edit),
    coldCardMs: repetitions.flatMap((r) => parseCardLine(r.cold.output)?.ms ?? []),
    warmCardsRendered: repetitions.map((r) => parseCardLine(r.warm.output)?.rendered ?? 0),
    peakRssBytes: Math.max(0, ...repetitions.flatMap((r) => [r.cold.peakRssBytes, r.warm.peakRssBytes, r.edit.peakRssBytes])),
    baselinePeakRssBytes: Math.max(0, ...repetitions.map((r) => r.baseline.peakRssBytes)),
  };
}
