/**
 * The importer on whole wire stories: the seed (compared with the hand-cleaned article) and two
 * invented samples with the same kinds of debris, written before the importer existed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateFile } from '../../../../../src/lib/content/validate.ts';
import { importWire } from '../../../../../scripts/lib/wire/import-wire.ts';

const NOW = new Date('2026-01-15T10:30:00Z');
const read = (path: string) => readFileSync(path, 'utf8');
const fixture = (name: string) => read(`test/fixtures/wire/${name}`);

/** The hand-cleaned article's body without what the editors added: footnotes and pull quotes. */
function handCleanedBody(): string[] {
  const text = read('content/articles/ukraine-urges-nato-membership.mdx');
  const body = text.slice(text.indexOf('\n---\n', 4) + 5);
  return body
    .replace(/<PullQuote[\s\S]*?<\/PullQuote>/g, '')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p && !p.startsWith('[^'))
    .map((p) => p.replace(/\[\^[\w-]+\]/g, ''));
}

/** The body of an MDX entry, split into paragraphs. */
function bodyOf(mdx: string): string {
  return mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
}

describe('the seed', () => {
  const result = importWire(fixture('seed-moscow-times.txt'), { now: NOW, fileName: 'article.txt' });
  const body = bodyOf(result.mdx);

  test('its paragraphs match the hand-cleaned article, footnote markers and pull quotes aside', () => {
    expect(result.paragraphs).toEqual(handCleanedBody());
  });

  test('the headline is joined into one title', () => {
    expect(result.title).toBe("Ukraine Urges NATO to Speed Up Membership in 'Signal' to Moscow");
  });

  test('the photo caption and credit move to frontmatter and leave the body', () => {
    expect(result.mdx).toContain('photo:\n  caption: "Fears have been mounting of a major escalation of the conflict in eastern Ukraine."\n  credit: "president.gov.ua"');
    expect(body).not.toContain('president.gov.ua');
  });

  // facts.md §5: every debris kind of the seed, by number.
  test.each([
    ['#3 caption line in the body', /eastern Ukraine\. president\.gov\.ua/],
    ['#5 related-article teaser', /Related article/],
    ['#6 runs of blank lines', /\n\n\n/],
    ['#7 #8 stray URLs', /https?:\/\//],
    ["#9 #15 quotes closed with '", /,' /],
    ["#11 quote opened with '", / 'to express/],
    ['#12 missing "d"', /sovereignty an territorial/],
    ['#16 sentence split by a page break', /Zolote-4 in\n/],
    ["#17 '' as a double quote", /''/],
    ['#17 stray \'"', /'"/],
    ['#18 trailing space at the end of the file', / \n?$/],
    ['lines with stray spaces', /^ | $/m],
  ])('has no %s in the body', (_kind, pattern) => {
    expect(body).not.toMatch(pattern);
  });

  test('#1 #4 #14 no hard-wrapped line is left: every paragraph is one line', () => {
    expect(body.split('\n\n').every((p) => !p.trim().includes('\n'))).toBe(true);
  });

  test('#18 the file ends with exactly one newline', () => {
    expect(result.mdx).toMatch(/renewed clashes\.\n$/);
  });

  test('#13 the crosshead is a heading', () => {
    expect(body).toContain('\n\n## Two more soldiers killed\n\n');
  });

  test('every paragraph has balanced double quotes', () => {
    expect(result.paragraphs.filter((p) => (p.match(/"/g)?.length ?? 0) % 2)).toEqual([]);
  });

  test('#8 the date in the stray URL is not used: published is a TODO', () => {
    expect(result.mdx).toContain('published: 2026-01-15T10:30:00Z  # TODO: the copy gives no date');
  });

  test('#10 #19 the source spellings are kept and reported', () => {
    expect(result.notes).toContainEqual(expect.objectContaining({ kind: 'undecided', text: expect.stringContaining('Kiev (3×; the site writes Kyiv)') }));
  });

  test('the byline comes from the author link, marked for checking', () => {
    expect(result.mdx).toContain('byline: "AFP"  # TODO: guessed from the author link https://www.themoscowtimes.com/author/afp; check it');
  });

  test('the removed debris is kept in the report', () => {
    expect(result.notes.filter((n) => n.kind === 'removed').map((n) => n.line)).toEqual([16, 20, 21]);
  });
});

describe.each([
  ['island-ferry', "Island Town Votes to Bring Back Its 'Lost' Ferry After Forty Years", { caption: 'The old ferry pier at Carrow Point, closed since 1984.', credit: 'Marta Lind / Nordpress' }],
  ['lake-drought', 'Lake Orva Falls to Lowest Level in Half a Century as "Dry Spring" Drags On', { caption: 'Boats rest on the cracked bed of Lake Orva near the village of Selt.', credit: 'Velmora Water Board' }],
])('the unseen sample %s', (name, title, photo) => {
  const result = importWire(fixture(`${name}.txt`), { now: NOW });

  test('its body matches the hand-cleaned version', () => {
    expect(bodyOf(result.mdx)).toBe(`${fixture(`${name}.expected.md`)}`);
  });

  test('its headline and photo are found', () => {
    expect(result.title).toBe(title);
    expect(result.mdx).toContain(`caption: ${JSON.stringify(photo.caption)}\n  credit: ${JSON.stringify(photo.credit)}`);
  });

  test('its body has no debris left', () => {
    expect(bodyOf(result.mdx)).not.toMatch(/https?:\/\/|''|'"|Read more|Related:| an (?:staffing|their)|^ | $|\n\n\n/m);
  });
});

test('a date line becomes `published`, with its time and zone', () => {
  expect(importWire(fixture('lake-drought.txt'), { now: NOW }).mdx).toContain('published: 2020-06-02T09:40:00Z\n');
});

describe.each([
  ['the seed', 'seed-moscow-times.txt'],
  ['a sample', 'island-ferry.txt'],
])('the article imported from %s', (_name, file) => {
  const { mdx } = importWire(fixture(file), { now: NOW });
  const entry = (text: string) => validateFile({ collection: 'articles', name: 'imported.mdx', file: 'content/articles/imported.mdx', text });

  test('is a valid draft', () => {
    expect(entry(mdx).problems).toEqual([]);
  });

  test('cannot be published until every TODO is resolved', () => {
    const problems = entry(mdx.replace('draft: true\n', '')).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => /placeholder|still holds a note/.test(p.message))).toBe(true);
  });
});

test('copy with no headline gets a TODO title and says so', () => {
  const result = importWire('The board said on Tuesday that the lake was\nlow after a dry spring.\n', { now: NOW });
  expect(result.title).toBeUndefined();
  expect(result.mdx).toContain('title: "TODO: the headline"');
  expect(result.notes).toContainEqual({ kind: 'undecided', text: 'Found no headline above the story; `title` is a TODO.' });
});
