/**
 * The timeline's list pages: `/timeline/` and each category's page stay one page while short; past
 * PAGE_LIMITS.events they are split by year (`/timeline/2014/`, `/timeline/category/military/2014/`),
 * and a long year into numbered pages (`/timeline/2014/2/`). The list's own address stays a page:
 * the year of the lead article (or the last one before it with events), so a reader lands on the
 * story's period with every year in reach.
 */
import { PAGE_LIMITS, groupPath, pageList, type PagedList } from '../paging.ts';
import { routes } from '../routes.ts';
import type { Category } from '../constants.ts';
import { groupByYear } from './group.ts';

/** What the timeline pages need of an event: its date (the events come oldest first) and category. */
export interface PagedEvent {
  data: { date: string; title: string; category: Category };
}

export interface TimelinePagingOptions {
  /** The category the list shows, or undefined for the whole timeline. */
  category?: Category | undefined;
  /** The year the list's own address shows when split: the lead article's; without it, the first year. */
  featuredYear?: string | undefined;
  /** The most events a page holds; PAGE_LIMITS.events unless a test lowers it. */
  limit?: number;
}

/** The pages of the timeline (or of one category) for `events`, oldest first. */
export function timelinePages<T extends PagedEvent>(events: readonly T[], options: TimelinePagingOptions = {}): PagedList<T> {
  const shown = options.category ? events.filter((event) => event.data.category === options.category) : events;
  const base = options.category ? routes.timelineCategory(options.category) : routes.timeline();
  const years = groupByYear(shown, (event) => event.data).map((group) => ({ key: group.year, items: group.events }));
  // The lead's year, or the last year before it that has events: the background just before the story.
  const featured = options.featuredYear && years.filter((group) => group.key <= options.featuredYear!).at(-1)?.key;
  return pageList(years, { base, pathOf: (year, page) => groupPath(base, year, page), limit: options.limit ?? PAGE_LIMITS.events, featured });
}
