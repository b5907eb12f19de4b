import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countFiles, directoryBytes, largestFile, writeFiles } from '../../../../../scripts/lib/bench/files.ts';

const FILES = [
  { path: 'index.html', text: '<!doctype html><p>Front.</p>' },
  { path: 'timeline/index.html', text: '<!doctype html><p>Timeline.</p>' },
  { path: '_astro/site.css', text: 'body{margin:0}' },
  { path: 'og/card.png', text: 'P'.repeat(10) },
];

let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), 'bench-files-test-'));
  await writeFiles(dist, FILES);
});
afterAll(() => rm(dist, { recursive: true, force: true }));

describe('output figures', () => {
  test('counts files by extension and sums their sizes', async () => {
    expect(await countFiles(dist, '.html')).toBe(2);
    expect(await countFiles(dist, '.png')).toBe(1);
    expect(await directoryBytes(dist)).toBe(FILES.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0));
  });

  test.each([
    { extension: '.html', expected: { path: path.join('timeline', 'index.html'), bytes: 31 } },
    { extension: '.png', expected: { path: path.join('og', 'card.png'), bytes: 10 } },
    { extension: '.xml', expected: undefined },
  ])('finds the largest $extension file', async ({ extension, expected }) => {
    expect(await largestFile(dist, extension)).toEqual(expected);
  });
});
