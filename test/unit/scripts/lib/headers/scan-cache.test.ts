import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { relativeImports } from '../../../../helpers/imports.ts';
import { hashSource, type AllowedInlineCode, type InlineFinding } from '../../../../../scripts/lib/headers/inline-sources.ts';
import { openScanCache, pageScanKey, scannerFingerprint } from '../../../../../scripts/lib/headers/scan-cache.ts';
import { scanPages } from '../../../../../scripts/lib/headers/write-headers.ts';

const allowed: AllowedInlineCode = { scripts: new Set(["'sha256-a'"]), styles: new Set() };
const PAGE = '<!doctype html><title>t</title><p>Text</p>';
const INJECTED = '<!doctype html><title>t</title><img src="x" onerror="alert(1)">';

describe('pageScanKey', () => {
  const key = pageScanKey(PAGE, '/a/', allowed, 'scanner-1');

  test.each([
    ['the HTML', pageScanKey(`${PAGE} `, '/a/', allowed, 'scanner-1')],
    ['the page', pageScanKey(PAGE, '/b/', allowed, 'scanner-1')],
    ['the allowed scripts', pageScanKey(PAGE, '/a/', { ...allowed, scripts: new Set(["'sha256-b'"]) }, 'scanner-1')],
    ['the allowed styles', pageScanKey(PAGE, '/a/', { ...allowed, styles: new Set(["'sha256-a'"]) }, 'scanner-1')],
    ['the scanner', pageScanKey(PAGE, '/a/', allowed, 'scanner-2')],
  ])('changes with %s', (_, other) => {
    expect(other).not.toBe(key);
  });

  test('is the same for the same inputs, whatever the order of the allowed hashes', () => {
    const both = { scripts: new Set(["'sha256-a'", "'sha256-b'"]), styles: new Set<string>() };
    const reversed = { scripts: new Set(["'sha256-b'", "'sha256-a'"]), styles: new Set<string>() };
    expect(pageScanKey(PAGE, '/a/', both, 's')).toBe(pageScanKey(PAGE, '/a/', reversed, 's'));
  });
});

describe('scannerFingerprint', () => {
  test('covers the whole scanner: it imports nothing else of ours', async () => {
    expect(relativeImports(await readFile('scripts/lib/headers/inline-sources.ts', 'utf8'))).toEqual([]);
    expect(scannerFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('scanPages with a cache', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'scan-cache-'));
    file = path.join(dir, 'cache', 'inline-code.json');
    await mkdir(path.join(dir, 'site', 'bad'), { recursive: true });
    await writeFile(path.join(dir, 'site', 'index.html'), PAGE);
    await writeFile(path.join(dir, 'site', 'bad', 'index.html'), INJECTED);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const stored = async () => JSON.parse(await readFile(file, 'utf8')) as Record<string, InlineFinding[]>;

  test('finds what a scan without it finds, and keeps every page for the next build', async () => {
    const site = path.join(dir, 'site');
    const uncached = await scanPages(site, allowed);
    expect(uncached.map((f) => [f.page, f.attribute])).toEqual([['/bad/', 'onerror']]);
    expect(await scanPages(site, allowed, await openScanCache(file))).toEqual(uncached);
    expect(Object.values(await stored())).toHaveLength(2);
  });

  test('serves a page whose bytes it has seen from the cache', async () => {
    const site = path.join(dir, 'site');
    await scanPages(site, allowed, await openScanCache(file));
    // A planted entry proves the lookup: the page's own bytes would give the onerror finding.
    const planted: InlineFinding = { page: '/bad/', kind: 'event-handler', tagName: 'a', attribute: 'onplanted', code: 'x' };
    const key = pageScanKey(INJECTED, '/bad/', allowed, scannerFingerprint());
    await writeFile(file, JSON.stringify({ ...(await stored()), [key]: [planted] }));
    expect(await scanPages(site, allowed, await openScanCache(file))).toEqual([planted]);
  });

  test('drops pages that are gone, so the file never outgrows the site', async () => {
    const site = path.join(dir, 'site');
    await scanPages(site, allowed, await openScanCache(file));
    await rm(path.join(site, 'bad'), { recursive: true });
    await scanPages(site, allowed, await openScanCache(file));
    expect(Object.values(await stored())).toEqual([[]]);
  });

  test('treats an unreadable file as an empty cache', async () => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '{not json');
    expect(await scanPages(path.join(dir, 'site'), allowed, await openScanCache(file))).toHaveLength(1);
  });
});

describe('scanPages', () => {
  test('gives the event loop a turn between pages, so the card workers waiting on it get their next card', async () => {
    const site = await mkdtemp(path.join(os.tmpdir(), 'scan-turns-'));
    try {
      const pages = 30;
      for (let i = 0; i < pages; i++) await writeFile(path.join(site, `${i}.html`), '<!doctype html><title>t</title><script>go()</script>');
      let turns = 0;
      let scanning = true;
      const count = () => {
        turns++;
        if (scanning) setImmediate(count);
      };
      setImmediate(count);
      // The scanner asks about each page's inline script once: the turns counted by then tell whether the loop ran in between.
      const turnsAtEachPage: number[] = [];
      const scripts = new (class extends Set<string> {
        override has(hash: string): boolean {
          turnsAtEachPage.push(turns);
          return super.has(hash);
        }
      })([hashSource('go()')]);
      expect(await scanPages(site, { scripts, styles: new Set() })).toEqual([]);
      scanning = false;
      expect(turnsAtEachPage).toHaveLength(pages);
      expect(new Set(turnsAtEachPage).size).toBe(pages);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });
});
