/**
 * Test-only: lets a test stop `npm run build` at a named point and kill it there. When
 * BACKGROUNDER_TEST_PAUSE names the point, the build says so on stderr and then blocks the whole
 * process, signal handlers included, for BACKGROUNDER_TEST_PAUSE_MS (default 60 s). Unset, it does nothing.
 */
import { writeSync } from 'node:fs';

/** The points a build can pause at, in the order it reaches them. */
export const PAUSE_POINTS = ['pages-built', 'before-swap', 'between-renames', 'after-swap'] as const;

/** One of PAUSE_POINTS. */
export type PausePoint = (typeof PAUSE_POINTS)[number];

/** The line a paused build writes to stderr. */
export function pauseAnnouncement(point: PausePoint): string {
  return `[test] paused at ${point}`;
}

/** Blocks here when the environment asks for this point; synchronous, so nothing else runs meanwhile. */
export function pauseAt(point: PausePoint, env: NodeJS.ProcessEnv = process.env): void {
  if (env['BACKGROUNDER_TEST_PAUSE'] !== point) return;
  writeSync(2, `${pauseAnnouncement(point)}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(env['BACKGROUNDER_TEST_PAUSE_MS'] ?? 60_000));
}
