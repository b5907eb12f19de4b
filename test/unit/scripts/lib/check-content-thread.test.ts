import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeFiles } from '../../../../scripts/lib/bench/files.ts';
import { generateContentSet } from '../../../../scripts/lib/bench/synthetic-content.ts';
import { checkContent } from '../../../../scripts/lib/check-content.ts';
import { checkContentOffThread } from '../../../../scripts/lib/check-content-thread.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'check-thread-test-'));
  await writeFiles(path.join(root, 'valid'), generateContentSet(10).files);
  await writeFiles(path.join(root, 'broken'), [
    { path: 'glossary/x.mdx', text: '---\nterm: X\nshort: A term.\n---\nBody.\n' },
    { path: 'timeline/2020-01-01-event.mdx', text: '---\ndate: 2020-01-02\ntitle: An event\ncategory: politics\nsources: [{ name: A, url: "https://example.org" }]\n---\nIt <b happened.\n' },
  ]);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('checkContentOffThread', () => {
  test.each(['valid', 'broken'])('gives the same result as checkContent for %s content', async (set) => {
    const dir = path.join(root, set);
    const [offThread, inline] = await Promise.all([checkContentOffThread(dir, true), checkContent(dir, true)]);
    expect(offThread).toEqual(inline);
    expect(offThread.ok).toBe(set === 'valid');
  });

  test('passes on an error the worker hits, instead of hanging', async () => {
    // A collection path that is a file, not a directory: reading it fails inside the worker.
    await writeFiles(path.join(root, 'not-dirs'), [{ path: 'glossary', text: 'a file' }]);
    await expect(checkContentOffThread(path.join(root, 'not-dirs'), true)).rejects.toThrow(/ENOTDIR/);
  });
});
