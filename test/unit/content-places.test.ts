/**
 * The gazetteer as written in content/places/: every entry valid, every coordinate that cites
 * GeoNames equal to the GeoNames record, every place the content names resolvable, and every
 * place named somewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkAddress } from '../../src/lib/content/citations.ts';
import { readFrontmatter, type Frontmatter } from '../../src/lib/content/frontmatter.ts';
import { buildGazetteer, resolvePlace, type PlaceEntry } from '../../src/lib/places/gazetteer.ts';
import { loadGeoNames } from '../../src/node/gazetteer.ts';
import { PlaceSchema, type PlaceData } from '../../src/schemas/place.ts';

const CONTENT = path.join(import.meta.dirname, '../../content');

function read(collection: string): { id: string; file: string; frontmatter: Frontmatter }[] {
  const dir = path.join(CONTENT, collection);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const result = readFrontmatter(readFileSync(path.join(dir, name), 'utf8'));
      if (!result.ok) throw new Error(`${collection}/${name}: ${result.message}`);
      return { id: name.replace(/\.mdx$/, ''), file: `content/${collection}/${name}`, frontmatter: result.frontmatter };
    });
}

const placeFiles = read('places');
const places: PlaceEntry<PlaceData>[] = placeFiles.map(({ id, file, frontmatter }) => ({ id, file, data: PlaceSchema.parse(frontmatter.data) }));
const { gazetteer, problems } = buildGazetteer(places);

/** Every `places:` value in the timeline, with the file that names it. */
const timelineValues = read('timeline').flatMap(({ file, frontmatter }) =>
  ((frontmatter.data['places'] as string[] | undefined) ?? []).map((value) => ({ file, value })),
);

/** Every article's `places` value, with the file that names it. */
const articleValues = read('articles').flatMap(({ file, frontmatter }) =>
  ((frontmatter.data['places'] as string[] | undefined) ?? []).map((value) => ({ file, value })),
);

describe('content/places', () => {
  test.each(placeFiles.map((f) => [f.file, f.frontmatter.data] as const))('%s is a valid, published place', (_file, data) => {
    const result = PlaceSchema.safeParse(data);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([]);
    expect(result.data?.draft).toBeUndefined();
  });

  test('no name or alias means two places', () => {
    expect(problems).toEqual([]);
  });

  test.each(places.flatMap((p) => p.data.sources.map((s) => [p.file, s.url] as const)))('%s cites %s within the citation policy', (_file, url) => {
    expect(checkAddress(url)).toBeUndefined();
    expect(url).toMatch(/^https:\/\/(www\.geonames\.org\/\d+$|en\.wikipedia\.org\/wiki\/|www\.cia\.gov\/|dfrlab\.org\/|crimea-platform\.org\/)/);
  });

  test('every coordinate that cites GeoNames is the GeoNames point, rounded, in the same country', () => {
    const records = new Map(loadGeoNames().map((place) => [place.id, place]));
    const mismatches = places.flatMap(({ file, data }) => {
      const cited = data.sources.map((s) => /^https:\/\/www\.geonames\.org\/(\d+)$/.exec(s.url)?.[1]).find(Boolean);
      const record = cited === undefined ? undefined : records.get(Number(cited));
      if (cited === undefined) return [];
      if (!record) return [`${file}: GeoNames ${cited} is not in the data`];
      const off = Math.max(Math.abs(record.lat - data.lat), Math.abs(record.lon - data.lon));
      return off > 0.00006 || record.country !== data.country ? [`${file}: ${data.lat}, ${data.lon} ${data.country} vs ${record.lat}, ${record.lon} ${record.country}`] : [];
    });
    expect(mismatches).toEqual([]);
  });

  test('Crimea and Sevastopol are Ukraine, by internationally recognised borders', () => {
    expect(['crimea', 'simferopol', 'sevastopol'].map((id) => places.find((p) => p.id === id)?.data.country)).toEqual(['UA', 'UA', 'UA']);
  });
});

describe('every place the content names', () => {
  test.each([...timelineValues, ...articleValues].map(({ file, value }) => [value, file]))('%s in %s resolves', (value) => {
    expect(resolvePlace(gazetteer, value)).toBeDefined();
  });

  test('the article names its places', () => {
    expect(articleValues.map((v) => resolvePlace(gazetteer, v.value)?.id)).toEqual(['avdiivka', 'donetsk', 'zolote', 'luhansk', 'crimea', 'kyiv']);
  });

  test('every place entry is named somewhere, so the gazetteer holds no invented places', () => {
    const named = [...timelineValues, ...articleValues].map((v) => v.value);
    const used = new Set(named.map((value) => resolvePlace(gazetteer, value)?.id));
    expect(places.map((p) => p.id).filter((id) => !used.has(id))).toEqual([]);
  });
});
