/** The RSS feed's items: articles and timeline events together, newest first, each with its corrections. */
import type { Correction } from '../schemas/index.ts';
import { formatDate } from './timeline/dates.ts';

export interface FeedItem {
  title: string;
  /** Root-relative page address; the feed library makes it absolute. */
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
  /** When the entry last changed in substance, as ISO 8601 (a date-time or a day). */
  modified?: string | undefined;
}

/** An item as @astrojs/rss takes it: the last update goes in a `dcterms:modified` element. */
export interface RssItem extends Omit<FeedItem, 'modified'> {
  customData?: string;
}

/** The XML namespaces the items use, for the feed's root element. */
export const FEED_NAMESPACES = { dcterms: 'http://purl.org/dc/terms/' } as const;

/** Newest first; items at the same moment by title, so the feed never depends on file order. */
export function sortFeed(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'en'));
}

/**
 * A description followed by the entry's corrections, one paragraph each, so a feed reader that
 * shows the item again after an update shows what changed.
 */
export function withCorrections(description: string, corrections: readonly Correction[]): string {
  const notes = corrections.map((c) => `Correction, ${formatDate(c.date)}: ${c.text}`);
  return [description, ...notes].filter(Boolean).join('\n\n');
}

/** The item as the feed library takes it. The item keeps its first publication date; the update is stated beside it. */
export function toRssItem({ modified, ...item }: FeedItem): RssItem {
  // The value is ISO 8601 from the content, so it needs no escaping.
  return modified ? { ...item, customData: `<dcterms:modified>${modified}</dcterms:modified>` } : item;
}
