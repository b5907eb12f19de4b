/**
 * The cores the share cards draw on while Astro renders (scripts/lib/build/card-cores.ts): one fewer
 * while the build's thread is busy, every one while it waits.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { BUSY, cardCores, followBuildThread, PERIOD_MS } from '../../../../../scripts/lib/build/card-cores.ts';

describe('cardCores', () => {
  test.each<[string, number, number, number]>([
    ['a thread busy all the time leaves it a core', 1, 2, 1],
    ['a thread busy just over half the time still does', BUSY + 0.01, 4, 3],
    ['a thread that mostly waited gives the cards every core', BUSY, 2, 2],
    ['an idle thread does too', 0, 8, 8],
    ['one core is never taken from the cards', 1, 1, 1],
  ])('%s', (_name, utilization, cores, expected) => {
    expect(cardCores(utilization, cores)).toBe(expected);
  });
});

describe('followBuildThread', () => {
  test('starts on one core fewer, gives every core while the thread waits, takes one back while it works, and stops', async () => {
    const counts: number[] = [];
    const stop = followBuildThread(2, (count) => counts.push(count));
    expect(counts).toEqual([1]);
    // Waiting: the thread is idle for a few periods.
    await sleep(PERIOD_MS * 3);
    expect(counts.at(-1)).toBe(2);
    // Working: the thread is blocked for longer than a period, so the next look finds it busy.
    const until = performance.now() + PERIOD_MS * 3;
    while (performance.now() < until);
    await sleep(PERIOD_MS * 0.5);
    expect(counts.at(-1)).toBe(1);
    stop();
    const seen = counts.length;
    await sleep(PERIOD_MS * 3);
    expect(counts.length).toBe(seen);
  });
});
