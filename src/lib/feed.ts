/** The RSS feed's items: articles and timeline events together, newest first. */

export interface FeedItem {
  title: string;
  /** Root-relative page address; the feed library makes it absolute. */
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** Newest first; items at the same moment by title, so the feed never depends on file order. */
export function sortFeed(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'en'));
}
