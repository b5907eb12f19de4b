/**
 * Progress while a stage uploads: plain lines (they read the same in a terminal and a CI log),
 * at most one per interval, and one when the stage ends.
 */
import { formatProgress } from './report.ts';

/** Progress of one upload stage. */
export interface StageProgress {
  /** Counts one finished upload of `bytes`. */
  advance(bytes: number): void;
  /** Prints the stage's closing line. */
  finish(): void;
}

/** Progress for one stage of `total` uploads, printed through `log`. */
export function startStageProgress(stage: string, total: number, log: (line: string) => void, intervalMs = 2000): StageProgress {
  const started = performance.now();
  let lastPrinted = started;
  let done = 0;
  let bytes = 0;
  const print = () => log(formatProgress(stage, done, total, bytes, (performance.now() - started) / 1000));
  return {
    advance(size) {
      done += 1;
      bytes += size;
      if (performance.now() - lastPrinted >= intervalMs && done < total) {
        lastPrinted = performance.now();
        print();
      }
    },
    finish: print,
  };
}
