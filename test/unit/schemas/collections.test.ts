import { describe, expect, test } from 'vitest';
import { ArticleSchema, GlossaryTermSchema, TimelineEventSchema } from '../../../src/schemas/index.ts';
import { isCalendarDate } from '../../../src/schemas/shared.ts';

const source = { name: 'Example', url: 'https://example.org/a' };

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('isCalendarDate', () => {
  test.each([
    ['2014-02-22', true],
    ['2014-08', true],
    ['2016-02-29', true],
    ['2015-02-29', false],
    ['2014-02-30', false],
    ['2014-13', false],
    ['2014-00-10', false],
    ['14-02-22', false],
    ['2014-2-2', false],
  ])('%s → %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe('TimelineEventSchema', () => {
  const valid = { date: '2014-02-22', title: 'Ousted', category: 'politics', sources: [source] };

  test('accepts a valid event and fills defaults', () => {
    expect(TimelineEventSchema.parse(valid)).toEqual({ ...valid, places: [], terms: [], corrections: [] });
  });

  test('turns a YAML Date back into the day it names', () => {
    expect(TimelineEventSchema.parse({ ...valid, date: new Date('2014-02-22T00:00:00Z') }).date).toBe('2014-02-22');
  });

  test.each([
    [{ date: '2014-02-30' }, ['date: `2014-02-30` is not a real calendar date: February 2014 has 28 days.']],
    [{ category: 'war' }, ['category: `war` is not a category. Use one of: politics, military, diplomacy, nato-eu, humanitarian.']],
    [{ sources: [] }, ['sources: Cite at least one source: add `- name: …` and `url: …` under `sources`.']],
    [{ sources: [{ name: 'X', url: 'ftp://example.org' }] }, ['sources.0.url: `ftp://example.org` is not a web address. Use a full URL starting with https://.']],
    [{ end: '2014-02-21' }, ['end: `end` must come after `date`. Remove `end` for a one-day event.']],
    [{ terms: ['Not An Id'] }, ['terms.0: `Not An Id` is not an entry id. Ids are file names without `.mdx`: lowercase words joined by hyphens.']],
    [{ sorces: [] }, ['unrecognized: Unrecognized key: "sorces"']],
  ])('rejects %j', (change, expected) => {
    const result = TimelineEventSchema.safeParse({ ...valid, ...change });
    expect(messages(result).map((m) => m.replace(/^: /, 'unrecognized: '))).toEqual(expected);
  });
});

describe('GlossaryTermSchema', () => {
  const valid = { term: 'MAP', short: 'A plan.', sources: [source] };

  test('accepts a valid term and fills defaults', () => {
    expect(GlossaryTermSchema.parse(valid)).toEqual({ ...valid, aliases: [], caseSensitive: false, related: [], corrections: [] });
  });

  test.each([
    [{ short: 'x'.repeat(201) }, ['short: `short` is 201 characters long; keep it to 200 or fewer. Move the detail into the body.']],
    [{ short: 'A *bold* plan.' }, ['short: `short` is plain text: remove Markdown or HTML such as *, _, `, [ ] or < >.']],
    [{ short: '' }, ['short: Write a `short` definition of at most 200 characters.']],
  ])('rejects %j', (change, expected) => {
    expect(messages(GlossaryTermSchema.safeParse({ ...valid, ...change }))).toEqual(expected);
  });
});

describe('ArticleSchema', () => {
  const valid = {
    title: 'T',
    dek: 'D',
    published: '2021-04-06T12:00:00+03:00',
    byline: 'AFP',
    source: source,
    credit: 'C',
    keyPoints: ['a', 'b', 'c'],
  };

  test('parses the publication time with its offset', () => {
    expect(ArticleSchema.parse(valid).published.toISOString()).toBe('2021-04-06T09:00:00.000Z');
  });

  test.each([
    [{ keyPoints: ['a', 'b'] }, ['keyPoints: Give 3 to 5 `keyPoints`; this list has fewer than 3.']],
    [{ keyPoints: ['a', 'b', 'c', 'd', 'e', 'f'] }, ['keyPoints: Give 3 to 5 `keyPoints`; this list has more than 5.']],
    [{ updated: '2021-04-05T12:00:00+03:00' }, ['updated: `updated` is earlier than `published`. Check both dates.']],
  ])('rejects %j', (change, expected) => {
    expect(messages(ArticleSchema.safeParse({ ...valid, ...change }))).toEqual(expected);
  });
});
