/**
 * The card pool's share of the machine (src/cards/pool.ts): with drawOn(n) no more than n workers
 * draw at once, and widening it again puts the waiting cards on every worker. The workers here
 * are stand-ins that take a fixed time and report when they drew, so overlap is measured, not guessed.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CardModel } from '../../../src/cards/model.ts';
import { createCardPool } from '../../../src/cards/pool.ts';

// Answers each job after 120 ms with when it started and ended, as the PNG's bytes.
const STAND_IN = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', async ({ id }) => {
  const start = performance.timeOrigin + performance.now();
  await new Promise((resolve) => setTimeout(resolve, 120));
  const end = performance.timeOrigin + performance.now();
  parentPort.postMessage({ id, png: new Uint8Array(new Float64Array([start, end]).buffer) });
});
`;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'card-pool-'));
  await mkdir(path.join(root, 'src/cards'), { recursive: true });
  await writeFile(path.join(root, 'src/cards/worker.ts'), STAND_IN);
});
afterAll(() => rm(root, { recursive: true, force: true }));

const model = {} as CardModel;
const span = (png: Uint8Array) => [...new Float64Array(png.slice().buffer)] as [number, number];

/** The most cards drawn at the same moment, from their spans. */
function mostAtOnce(spans: readonly [number, number][]): number {
  return Math.max(...spans.map(([start]) => spans.filter(([from, to]) => from <= start && start < to).length));
}

describe('drawOn', () => {
  test.each([
    [1, 1],
    [2, 2],
    [Infinity, 2],
    [0, 1],
  ])('drawOn(%s) on two workers draws at most %s at once', async (count, most) => {
    const pool = createCardPool(2, root);
    pool.drawOn(count);
    const spans = (await Promise.all(Array.from({ length: 4 }, () => pool.render(model)))).map(span);
    await pool.close();
    expect(mostAtOnce(spans)).toBe(most);
  });

  test('widening puts the waiting cards on every worker at once', async () => {
    const pool = createCardPool(2, root);
    pool.drawOn(1);
    const cards = Array.from({ length: 5 }, () => pool.render(model));
    const first = span(await cards[0]!);
    pool.drawOn(Infinity);
    const rest = (await Promise.all(cards.slice(1))).map(span);
    await pool.close();
    expect(mostAtOnce([first, ...rest])).toBe(2);
    // The first was drawn alone: nothing started before it ended.
    expect(rest.every(([start]) => start >= first[1] - 1)).toBe(true);
  });
});
