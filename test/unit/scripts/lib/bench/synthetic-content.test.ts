import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../../../../src/lib/content/frontmatter.ts';
import { validateContent, type SourceFile } from '../../../../../src/lib/content/validate.ts';
import { placeCountryProblems } from '../../../../../src/lib/places/content-check.ts';
import { ARTICLE_WORDS } from '../../../../../scripts/lib/bench/synthetic-articles.ts';
import { generateContentSet, splitEntries, type GeneratedFile } from '../../../../../scripts/lib/bench/synthetic-content.ts';
import { countWords } from '../../../../../scripts/lib/bench/words.ts';
import { loadBasemap } from '../../../../../src/node/basemap.ts';

const asSourceFiles = (files: readonly GeneratedFile[]): SourceFile[] =>
  files.map((f) => ({ collection: f.collection, name: f.path.slice(f.path.indexOf('/') + 1), file: `content/${f.path}`, text: f.text }));

const bodyOf = (file: GeneratedFile) => {
  const parsed = readFrontmatter(file.text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.frontmatter;
};

describe('splitEntries', () => {
  test.each([
    [3, 1, 1, 1, 1],
    [10, 1, 6, 3, 1],
    [31, 1, 20, 10, 2],
    [100, 3, 65, 32, 5],
    [1000, 32, 645, 323, 50],
  ])('%i entries → %i articles, %i events, %i terms, and %i places', (size, articles, events, terms, places) => {
    expect(splitEntries(size)).toEqual({ articles, events, terms, places });
  });

  test.each([2, 0, 10.5, Number.NaN])('rejects %s', (size) => {
    expect(() => splitEntries(size)).toThrow(/at least 3 entries/);
  });
});

describe.each([10, 100])('generateContentSet(%i)', (size) => {
  const set = generateContentSet(size);

  test('has exactly `size` entries in the split proportions, and the places on top', () => {
    expect(set.files).toHaveLength(size + set.counts.places);
    const count = (collection: string) => set.files.filter((f) => f.collection === collection).length;
    expect([count('articles'), count('timeline'), count('glossary'), count('places')]).toEqual([set.counts.articles, set.counts.events, set.counts.terms, set.counts.places]);
  });

  test("passes the project's validator with no problems, the places' points checked against the map", () => {
    const policy = { showDrafts: false };
    const { problems, entries } = validateContent(asSourceFiles(set.files), policy);
    expect([...problems, ...placeCountryProblems(entries, policy, loadBasemap())]).toEqual([]);
  });

  test('events name the places, so the maps have pins', () => {
    const named = set.files.filter((f) => f.collection === 'timeline').flatMap((f) => (bodyOf(f).data['places'] as string[] | undefined) ?? []);
    expect(named.length).toBeGreaterThan(0);
  });

  test('is the same for the same seed and different for another', () => {
    expect(generateContentSet(size)).toEqual(set);
    expect(generateContentSet(size, 7).files[0]!.text).not.toBe(set.files[0]!.text);
  });
});

describe('synthetic articles', () => {
  const set = generateContentSet(100);
  const articles = set.files.filter((f) => f.collection === 'articles');
  const termNames = set.files
    .filter((f) => f.collection === 'glossary')
    .flatMap((f) => {
      const data = bodyOf(f).data as { term: string; aliases?: string[] };
      return [data.term, ...(data.aliases ?? [])];
    });

  test.each(articles.map((a) => [a.path, a] as const))('%s has about 800 words, a table, footnotes, a pull quote and term mentions', (_, article) => {
    const { body } = bodyOf(article);
    expect(countWords(body)).toBeGreaterThanOrEqual(ARTICLE_WORDS);
    expect(countWords(body)).toBeLessThan(ARTICLE_WORDS + 100);
    expect(body).toMatch(/^\| .+ \|\n\| :-- \| --: \|/m);
    expect(body).toMatch(/\[\^1\][^:]/);
    expect(body).toMatch(/^\[\^1\]: /m);
    expect(body).toMatch(/<PullQuote cite="[^"]+">/);
    expect(body).toMatch(/<Term id="[a-z0-9-]+">/);
    expect(termNames.some((name) => body.includes(` ${name} `))).toBe(true);
  });
});

describe('synthetic timeline', () => {
  const events = generateContentSet(100).files.filter((f) => f.collection === 'timeline');

  test('file names start with the date, some known only to the month', () => {
    const dates = events.map((e) => String(bodyOf(e).data['date']));
    events.forEach((e, i) => expect(e.path).toMatch(new RegExp(`^timeline/${dates[i]}-[a-z0-9-]+\\.mdx$`)));
    expect(dates.some((d) => /^\d{4}-\d{2}$/.test(d))).toBe(true);
  });
});
