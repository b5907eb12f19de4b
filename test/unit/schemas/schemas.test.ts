/** Valid and invalid frontmatter for each collection, checked against the schemas alone. */
import { describe, expect, test } from 'vitest';
import { ArticleSchema, GlossaryTermSchema, TimelineEventSchema } from '../../../src/schemas/index.ts';

const source = { name: 'NATO', url: 'https://www.nato.int/cps/en/natohq/topics_37356.htm' };

const article = {
  title: 'Ukraine urges NATO to speed up membership',
  dek: 'Ukraine’s president says only membership can end the war.',
  published: '2021-04-06T12:00:00+03:00',
  byline: 'AFP',
  source: { name: 'The Moscow Times', url: 'https://www.themoscowtimes.com/author/afp' },
  credit: 'AFP via The Moscow Times',
  keyPoints: ['One.', 'Two.', 'Three.'],
};

const event = { date: '2021-04-06', title: 'Zelensky calls Stoltenberg', category: 'nato-eu', sources: [source] };

const correction = { date: '2026-11-29', text: 'An earlier version of this entry said 50. It was 23.' };

const term = { term: 'MAP', short: 'NATO’s programme of advice and support for countries preparing to join.', sources: [source] };

/** The messages of every issue, so a table row names exactly what a writer would read. */
function messages(schema: { safeParse(data: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error!.issues.map((issue) => issue.message);
}

describe('ArticleSchema', () => {
  test.each([
    ['the minimum', article],
    ['an update after publication', { ...article, updated: '2021-04-07T09:00:00Z' }],
    ['five key points', { ...article, keyPoints: ['1', '2', '3', '4', '5'] }],
    ['a correction', { ...article, corrections: [correction] }],
    ['a photo and extra sources', { ...article, photo: { caption: 'A pier.', credit: 'president.gov.ua' }, sources: [source] }],
    ['a draft', { ...article, draft: true }],
  ])('accepts %s', (_name, data) => {
    expect(messages(ArticleSchema, data)).toEqual([]);
  });

  test('fills in the defaults', () => {
    const parsed = ArticleSchema.parse(article);
    expect({ tags: parsed.tags, events: parsed.events, glossary: parsed.glossary, glossaryExclude: parsed.glossaryExclude }).toEqual({
      tags: [],
      events: [],
      glossary: true,
      glossaryExclude: [],
    });
    expect(parsed.published.toISOString()).toBe('2021-04-06T09:00:00.000Z');
  });

  test.each([
    ['an empty title', { ...article, title: ' ' }, 'An article needs a `title` (its headline).'],
    ['two key points', { ...article, keyPoints: ['1', '2'] }, 'Give 3 to 5 `keyPoints`; this list has fewer than 3.'],
    ['six key points', { ...article, keyPoints: ['1', '2', '3', '4', '5', '6'] }, 'Give 3 to 5 `keyPoints`; this list has more than 5.'],
    ['a time with no offset', { ...article, published: '2021-04-06T12:00:00' }, '`2021-04-06T12:00:00` needs a date, a time and a UTC offset, such as 2021-04-06T12:00:00+03:00 (noon in Kyiv in summer).'],
    ['an update before publication', { ...article, updated: '2021-04-05T12:00:00+03:00' }, '`updated` is earlier than `published`. Check both dates.'],
    ['a source that is not a web page', { ...article, source: { name: 'MT', url: 'ftp://example.org/x' } }, '`ftp://example.org/x` is not a web address. Use a full URL starting with https://.'],
    ['an event id with capitals', { ...article, events: ['Bucharest-Summit'] }, '`Bucharest-Summit` is not an entry id. Ids are file names without `.mdx`: lowercase words joined by hyphens.'],
  ])('rejects %s', (_name, data, message) => {
    expect(messages(ArticleSchema, data)).toContain(message);
  });
});

describe('TimelineEventSchema', () => {
  test.each([
    ['a day', event],
    ['a month', { ...event, date: '2014-08' }],
    ['a range', { ...event, date: '2017-01-29', end: '2017-02-04' }],
    ['a 29 February', { ...event, date: '2020-02-29' }],
    ['places and terms', { ...event, places: ['Kyiv'], terms: ['nato', 'map'] }],
    ['a correction and an update', { ...event, updated: '2026-11-29', corrections: [correction] }],
    ['a correction dated by YAML', { ...event, corrections: [{ ...correction, date: new Date('2026-11-29T00:00:00Z') }] }],
  ])('accepts %s', (_name, data) => {
    expect(messages(TimelineEventSchema, data)).toEqual([]);
  });

  test.each([
    ['a day that does not exist', { ...event, date: '2021-02-29' }, '`2021-02-29` is not a real calendar date: February 2021 has 28 days.'],
    ['a thirteenth month', { ...event, date: '2021-13' }, '`2021-13` is not a real calendar date: the month must be 01 to 12.'],
    ['a British date', { ...event, date: '06/04/2021' }, '`06/04/2021` is not a date in the form YYYY-MM-DD (or YYYY-MM when only the month is known), such as 2014-02-22.'],
    ['an end before the start', { ...event, end: '2021-04-01' }, '`end` must come after `date`. Remove `end` for a one-day event.'],
    ['a correction without text', { ...event, corrections: [{ date: '2026-11-29', text: ' ' }] }, 'A correction needs a `text`: "An earlier version of this entry said … It was …".'],
    ['a correction dated by month', { ...event, corrections: [{ ...correction, date: '2026-11' }] }, '`2026-11` is not a day in the form YYYY-MM-DD, such as 2026-11-29.'],
    ['a correction on a day that does not exist', { ...event, corrections: [{ ...correction, date: '2026-11-31' }] }, '`2026-11-31` is not a real calendar date: November 2026 has 30 days.'],
    ['corrections written as one text', { ...event, corrections: 'It was wrong.' }, 'List corrections as `- date: …` / `text: …` items.'],
    ['an unknown category', { ...event, category: 'war' }, '`war` is not a category. Use one of: politics, military, diplomacy, nato-eu, humanitarian.'],
    ['no sources', { ...event, sources: [] }, 'Cite at least one source: add `- name: …` and `url: …` under `sources`.'],
    ['a web address without https://', { ...event, sources: [{ name: 'NATO', url: 'www.nato.int/x' }] }, '`www.nato.int/x` is not a web address. Use a full URL starting with https://. Did you mean `https://www.nato.int/x`?'],
  ])('rejects %s', (_name, data, message) => {
    expect(messages(TimelineEventSchema, data)).toContain(message);
  });

  test('reports a malformed date once, not once per rule', () => {
    expect(messages(TimelineEventSchema, { ...event, date: 'April 2021' })).toHaveLength(1);
  });
});

describe('GlossaryTermSchema', () => {
  test.each([
    ['the minimum', term],
    ['aliases, related terms and case sensitivity', { ...term, aliases: ['Membership Action Plan'], related: ['nato'], caseSensitive: true }],
    ['a 200-character definition', { ...term, short: 'x'.repeat(200) }],
    ['a correction', { ...term, updated: '2026-11-29', corrections: [correction] }],
  ])('accepts %s', (_name, data) => {
    expect(messages(GlossaryTermSchema, data)).toEqual([]);
  });

  test.each([
    ['a 201-character definition', { ...term, short: 'x'.repeat(201) }, '`short` is 201 characters long; keep it to 200 or fewer. Move the detail into the body.'],
    ['Markdown in the definition', { ...term, short: 'A *bold* claim.' }, '`short` is plain text: remove Markdown or HTML such as *, _, `, [ ] or < >.'],
    ['an unknown field', { ...term, alias: ['x'] }, 'Unrecognized key: "alias"'],
    ['a source without a name', { ...term, sources: [{ name: '', url: source.url }] }, 'A source needs a `name`, such as `Reuters`.'],
  ])('rejects %s', (_name, data, message) => {
    expect(messages(GlossaryTermSchema, data)).toContain(message);
  });
});
