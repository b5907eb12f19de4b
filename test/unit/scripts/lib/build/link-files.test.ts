/**
 * Cached files put into the site (scripts/lib/build/link-files.ts): a hard link where the file
 * system allows one, a copy where it refuses, never over an existing file, and a tree whole.
 */
import * as fs from 'node:fs/promises';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';

// `link` is replaced only in the tests that make it fail; the rest call the real one.
const refusal = vi.hoisted(() => ({ code: undefined as string | undefined }));
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  const link: typeof real.link = (existing, name) => {
    if (!refusal.code) return real.link(existing, name);
    return Promise.reject(Object.assign(new Error(`${refusal.code}: link refused`), { code: refusal.code }));
  };
  return { ...real, link };
});

const { linkOrCopy, linkTree } = await import('../../../../../scripts/lib/build/link-files.ts');

let work: string;
let made = 0;

/** A fresh folder under the test's temporary one. */
async function folder(): Promise<string> {
  const dir = path.join(work, `dir-${++made}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'link-files-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));
afterEach(() => {
  refusal.code = undefined;
});

describe('linkOrCopy', () => {
  test('links: the two names are one file, and the target outlives the source', async () => {
    const dir = await folder();
    const [source, target] = [path.join(dir, 'card.png'), path.join(dir, 'site.png')];
    await writeFile(source, 'PNG bytes');
    await linkOrCopy(source, target);
    const [a, b] = [await stat(source), await stat(target)];
    expect(b.ino).toBe(a.ino);
    expect(b.nlink).toBe(2);
    await rm(source);
    expect(await readFile(target, 'utf8')).toBe('PNG bytes');
  });

  test.each(['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'])('copies when link fails with %s', async (code) => {
    const dir = await folder();
    const [source, target] = [path.join(dir, 'card.png'), path.join(dir, 'site.png')];
    await writeFile(source, 'PNG bytes');
    refusal.code = code;
    await linkOrCopy(source, target);
    expect(await readFile(target, 'utf8')).toBe('PNG bytes');
    expect((await stat(target)).ino).not.toBe((await stat(source)).ino);
  });

  test.each([
    ['links', undefined],
    ['copies', 'EXDEV'],
  ])('never replaces an existing file when it %s', async (_how, code) => {
    const dir = await folder();
    const [source, target] = [path.join(dir, 'card.png'), path.join(dir, 'site.png')];
    await writeFile(source, 'new');
    await writeFile(target, 'old');
    refusal.code = code;
    await expect(linkOrCopy(source, target)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(target, 'utf8')).toBe('old');
  });

  test('passes on an error that is not about links: a missing source', async () => {
    const dir = await folder();
    await expect(linkOrCopy(path.join(dir, 'missing.png'), path.join(dir, 'site.png'))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(fs.readdir(dir)).resolves.toEqual([]);
  });
});

describe('linkTree', () => {
  test.each([
    ['links', undefined],
    ['copies', 'EXDEV'],
  ])('%s every file, in the same folders', async (_how, code) => {
    const [source, parent] = [await folder(), await folder()];
    const files = { 'pagefind.js': 'js', 'fragment/en_1.pf_fragment': 'one', 'index/en_2.pf_index': 'two', 'index/deep/x': 'three' };
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(source, file)), { recursive: true });
      await writeFile(path.join(source, file), text);
    }
    refusal.code = code;
    const target = path.join(parent, 'pagefind');
    await linkTree(source, target);
    for (const [file, text] of Object.entries(files)) expect(await readFile(path.join(target, file), 'utf8')).toBe(text);
    const entries = await fs.readdir(target, { recursive: true });
    expect(entries.sort()).toEqual(['fragment', 'fragment/en_1.pf_fragment', 'index', 'index/deep', 'index/deep/x', 'index/en_2.pf_index', 'pagefind.js']);
  });
});
