/**
 * The search index kept between builds (scripts/lib/build/search-index.ts), with the real
 * Pagefind: made on the first build, linked in when every page is byte for byte the same, made again
 * when any page changes or the kept copy is damaged, and never half-kept.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchIndexKey, SEARCH_DIR, writeSearchIndex } from '../../../../../scripts/lib/build/search-index.ts';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

let work: string;
let site = 0;

/** A fresh site folder with `pages` (path → HTML). */
async function siteWith(pages: Record<string, string>): Promise<string> {
  const dir = path.join(work, `site-${++site}`);
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), html);
  }
  return dir;
}

/** Every file of the index, with its bytes, to compare two indexes. */
async function indexFiles(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(path.join(dir, SEARCH_DIR), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const pairs = await Promise.all(files.map(async (entry) => [path.relative(dir, path.join(entry.parentPath, entry.name)), (await readFile(path.join(entry.parentPath, entry.name))).toString('base64')] as const));
  return Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : 1)));
}

const PAGES = { 'index.html': page('Home', 'Membership Action Plan'), 'glossary/map/index.html': page('MAP', 'A programme of advice and assistance') };

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'search-index-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('writeSearchIndex', () => {
  test('makes the index, then links in the kept one for the same pages: the same files, byte for byte', async () => {
    const kept = path.join(work, 'kept-same');
    const first = await siteWith(PAGES);
    await expect(writeSearchIndex(first, kept)).resolves.toEqual({ pages: 2, reused: false });
    const second = await siteWith(PAGES);
    await expect(writeSearchIndex(second, kept)).resolves.toEqual({ pages: 2, reused: true });
    expect(await indexFiles(second)).toEqual(await indexFiles(first));
  });

  test.each([
    ['a page changes by one character', { ...PAGES, 'index.html': page('Home', 'Membership Action Plans') }],
    ['a page is added', { ...PAGES, 'timeline/index.html': page('Timeline', 'Since 2014') }],
    ['a page moves', { 'index.html': PAGES['index.html'], 'glossary/map-2/index.html': PAGES['glossary/map/index.html'] }],
  ])('makes it again when %s', async (_name, pages) => {
    const kept = path.join(work, `kept-${site}`);
    await writeSearchIndex(await siteWith(PAGES), kept);
    const changed = await siteWith(pages);
    const result = await writeSearchIndex(changed, kept);
    expect(result.reused).toBe(false);
    expect(result.pages).toBe(Object.keys(pages).length);
    // …and keeps the new one for the next build.
    await expect(writeSearchIndex(await siteWith(pages), kept)).resolves.toEqual({ pages: Object.keys(pages).length, reused: true });
  });

  test('makes it again when the kept copy is damaged, and leaves no temporary folder', async () => {
    const kept = path.join(work, 'kept-damaged');
    await writeSearchIndex(await siteWith(PAGES), kept);
    await rm(path.join(kept, SEARCH_DIR), { recursive: true });
    const again = await siteWith(PAGES);
    await expect(writeSearchIndex(again, kept)).resolves.toEqual({ pages: 2, reused: false });
    expect((await readdir(path.join(again, SEARCH_DIR))).length).toBeGreaterThan(0);
    expect((await readdir(work)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('searchIndexKey', () => {
  test('reads only the pages: other files and Pagefind’s version are what else counts', async () => {
    const dir = await siteWith(PAGES);
    const key = await searchIndexKey(dir, '1.6.0');
    await writeFile(path.join(dir, 'robots.txt'), 'User-agent: *\n');
    expect(await searchIndexKey(dir, '1.6.0')).toBe(key);
    expect(await searchIndexKey(dir, '1.7.0')).not.toBe(key);
  });
});
