/**
 * The timeline's category filter. Each category has its own page (`/timeline/category/military/`)
 * holding only its events, so the filter works without JavaScript; the enhancement script uses the
 * same functions to filter in place.
 */
import { CATEGORY_LABELS, CATEGORIES, isCategory, type Category } from '../constants.ts';

const CATEGORY_PATH = /^\/timeline\/category\/([^/]+)\/?$/;

/** The category a timeline address shows, or `undefined` for the whole timeline (or any other page). */
export function categoryFromPath(pathname: string): Category | undefined {
  const match = CATEGORY_PATH.exec(pathname);
  return match && isCategory(match[1]) ? match[1] : undefined;
}

/** How many events fall in each category, in the filter's order; categories with no events are kept, at 0. */
export function countByCategory<T>(events: readonly T[], categoryOf: (event: T) => Category): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const event of events) counts[categoryOf(event)] += 1;
  return counts;
}

/** The page title of a filtered view: `Timeline: Military`. */
export function timelineTitle(category: Category): string {
  return `Timeline: ${CATEGORY_LABELS[category]}`;
}

/** The line under the filter that says what is shown: `Showing 12 of 45 events: Military.` */
export function describeFilter(shown: number, total: number, category: Category | undefined): string {
  if (!category) return `Showing all ${total} events.`;
  return `Showing ${shown} of ${total} events: ${CATEGORY_LABELS[category]}.`;
}

/** The categories that have at least one event, in the filter's order: only these get a filtered timeline page. */
export function usedCategories(events: readonly { data: { category: Category } }[]): Category[] {
  const used = new Set(events.map((event) => event.data.category));
  return CATEGORIES.filter((category) => used.has(category));
}
