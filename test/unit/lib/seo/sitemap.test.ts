import { describe, expect, test } from 'vitest';
import { lastModifiedPages, withLastmod, type SitemapEntry } from '../../../../src/lib/seo/sitemap.ts';
import type { ArticleData, GlossaryTermData, TimelineEventData } from '../../../../src/schemas/index.ts';

const fix = (date: string) => ({ date, text: 'Fixed.' });
const article = (id: string, extra: Partial<ArticleData> = {}): SitemapEntry => ({
  collection: 'articles',
  id,
  data: { published: new Date('2021-04-06T12:00:00+03:00'), corrections: [], ...extra } as ArticleData,
});
const event = (id: string, extra: Partial<TimelineEventData> = {}): SitemapEntry => ({
  collection: 'timeline',
  id,
  data: { date: '2015-02-12', corrections: [], ...extra } as TimelineEventData,
});
const term = (id: string, extra: Partial<GlossaryTermData> = {}): SitemapEntry => ({
  collection: 'glossary',
  id,
  data: { term: id, corrections: [], ...extra } as GlossaryTermData,
});

describe('lastModifiedPages', () => {
  test.each([
    { name: 'an article never updated: its publication', entries: [article('a')], expected: { '/articles/a/': '2021-04-06T09:00:00.000Z' } },
    {
      name: 'an updated article: its update',
      entries: [article('a', { updated: new Date('2021-04-07T10:00:00Z') })],
      expected: { '/articles/a/': '2021-04-07T10:00:00.000Z' },
    },
    {
      name: 'a corrected article: the correction, and /corrections/',
      entries: [article('a', { corrections: [fix('2026-11-29')] })],
      expected: { '/articles/a/': '2026-11-29', '/corrections/': '2026-11-29' },
    },
    { name: 'an event or term never changed: no date', entries: [event('2015-02-12-x'), term('nato')], expected: {} },
    { name: 'an updated event: its update', entries: [event('2015-02-12-x', { updated: '2026-10-01' })], expected: { '/timeline/2015-02-12-x/': '2026-10-01' } },
    {
      name: 'corrected entries: each its newest correction; /corrections/ the newest of all',
      entries: [event('2015-02-12-x', { corrections: [fix('2026-11-01'), fix('2026-11-29')] }), term('nato', { updated: '2026-12-10', corrections: [fix('2026-12-02')] })],
      expected: { '/timeline/2015-02-12-x/': '2026-11-29', '/glossary/nato/': '2026-12-10', '/corrections/': '2026-12-02' },
    },
  ])('$name', ({ entries, expected }) => {
    expect(Object.fromEntries(lastModifiedPages(entries))).toEqual(expected);
  });
});

describe('withLastmod', () => {
  const dates = new Map([['/glossary/nato/', '2026-11-29']]);

  test.each([
    { url: 'https://example.org/glossary/nato/', expected: { url: 'https://example.org/glossary/nato/', lastmod: '2026-11-29' } },
    { url: 'https://example.org/glossary/', expected: { url: 'https://example.org/glossary/' } },
  ])('$url', ({ url, expected }) => {
    expect(withLastmod({ url }, dates)).toEqual(expected);
  });
});
