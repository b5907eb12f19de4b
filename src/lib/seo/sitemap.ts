/**
 * The sitemap's `lastmod` dates: when each page last changed, as far as the content says. Articles
 * changed when they were published or last updated; events and terms only carry a date once they
 * are updated or corrected; `/corrections/` changed with its newest correction. Pages the content
 * gives no date for (the indexes, the quote pages) get none, rather than a guess.
 */
import type { ArticleData, GlossaryTermData, PlaceData, TimelineEventData } from '../../schemas/index.ts';
import { lastUpdate, machineDate, newestCorrection } from '../corrections/updated.ts';
import { entryPage, routes } from '../routes.ts';

/** A published entry, as the sitemap needs it. */
export type SitemapEntry =
  | { collection: 'articles'; id: string; data: ArticleData }
  | { collection: 'timeline'; id: string; data: TimelineEventData }
  | { collection: 'glossary'; id: string; data: GlossaryTermData }
  | { collection: 'places'; id: string; data: PlaceData };

/** Page path → `lastmod` (ISO 8601: a date-time, or a day), for every page whose last change is known. */
export function lastModifiedPages(entries: readonly SitemapEntry[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const entry of entries) {
    const update = lastUpdate(entry.data);
    const modified = update ? machineDate(update) : entry.collection === 'articles' ? entry.data.published.toISOString() : undefined;
    if (modified) dates.set(entryPage(entry.collection, entry.id), modified);
  }
  const newest = newestCorrection(entries.flatMap((entry) => entry.data.corrections));
  if (newest) dates.set(routes.corrections(), newest.date);
  return dates;
}

/** A sitemap item with its `lastmod` set when `dates` knows its page (the shape @astrojs/sitemap's `serialize` takes). */
export function withLastmod<T extends { url: string; lastmod?: string | undefined }>(item: T, dates: ReadonlyMap<string, string>): T {
  const lastmod = dates.get(new URL(item.url).pathname);
  return lastmod ? { ...item, lastmod } : item;
}
