/**
 * The prepared basemap kept in the build cache (src/node/basemap.ts): a process that finds it
 * reads it instead of preparing the basemap again, a damaged file is prepared again and replaced,
 * and the file's name changes with the cache directory and with what the basemap is made of.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterAll, describe, expect, test } from 'vitest';
import { prepareBasemap } from '../../../src/lib/maps/prepare.ts';
import type { Basemap } from '../../../src/lib/maps/types.ts';
import { basemapCacheFile, keptOrPreparedBasemap, readAtlas } from '../../../src/node/basemap.ts';

const work = mkdtempSync(path.join(tmpdir(), 'basemap-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The smallest atlas: the cache does not care which scale it keeps.
const SCALE = '110m';
const fresh = prepareBasemap(readAtlas(SCALE));

describe('the kept basemap', () => {
  test('is written on first use and equals a freshly prepared one, number for number (-0 too)', () => {
    const file = path.join(work, 'first', 'basemap.v8');
    expect(keptOrPreparedBasemap(file, SCALE)).toEqual(fresh);
    expect(deserialize(readFileSync(file))).toEqual(fresh);
  });

  test('is read, not prepared again, when the file is there', () => {
    const file = path.join(work, 'marked.v8');
    const marked: Basemap = { ...fresh, countries: fresh.countries.map((country, i) => (i === 0 ? { ...country, label: 'Read from the cache' } : country)) };
    writeFileSync(file, serialize(marked));
    expect(keptOrPreparedBasemap(file, SCALE).countries[0]!.label).toBe('Read from the cache');
  });

  test('is prepared again, and replaced, when the file is damaged', () => {
    const file = path.join(work, 'damaged.v8');
    writeFileSync(file, serialize(fresh).subarray(0, 1000));
    expect(keptOrPreparedBasemap(file, SCALE)).toEqual(fresh);
    expect(deserialize(readFileSync(file))).toEqual(fresh);
  });

  test('leaves no temporary files behind', () => {
    const dir = path.join(work, 'tidy');
    keptOrPreparedBasemap(path.join(dir, 'basemap.v8'), SCALE);
    expect(readdirSync(dir)).toEqual(['basemap.v8']);
  });
});

describe('basemapCacheFile', () => {
  test('sits in BACKGROUNDER_CACHE_DIR, named for the scale and what the basemap is made of', () => {
    const saved = process.env['BACKGROUNDER_CACHE_DIR'];
    try {
      process.env['BACKGROUNDER_CACHE_DIR'] = work;
      const file = basemapCacheFile('50m');
      expect(path.dirname(file)).toBe(path.join(work, 'basemap'));
      expect(path.basename(file)).toMatch(/^50m-[0-9a-f]{20}\.v8$/);
      expect(basemapCacheFile('110m')).not.toBe(file);
      delete process.env['BACKGROUNDER_CACHE_DIR'];
      expect(basemapCacheFile('50m')).toBe(path.resolve('node_modules/.cache/backgrounder/basemap', path.basename(file)));
    } finally {
      if (saved === undefined) delete process.env['BACKGROUNDER_CACHE_DIR'];
      else process.env['BACKGROUNDER_CACHE_DIR'] = saved;
    }
  });
});
