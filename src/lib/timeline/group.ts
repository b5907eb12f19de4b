/** Sorting and grouping of dated content (events, articles); generic over any item, so it is testable with plain objects. */
import { compareDates } from './dates.ts';

export interface Dated {
  date: string;
  title: string;
}

/** Reads the date and title of an item; by default the item itself. */
export type DatedOf<T> = (item: T) => Dated;

const self = <T,>(item: T) => item as unknown as Dated;

/** Oldest first; same-date events by title, so the order never depends on file order. */
export function sortChronologically<T>(items: readonly T[], of: DatedOf<T> = self): T[] {
  return [...items].sort((a, b) => compareDates(of(a).date, of(b).date) || of(a).title.localeCompare(of(b).title, 'en'));
}

export interface YearGroup<T> {
  year: string;
  events: T[];
}

/** Groups already-sorted items by year, keeping their order. */
export function groupByYear<T>(items: readonly T[], of: DatedOf<T> = self): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const item of items) {
    const year = of(item).date.slice(0, 4);
    const last = groups[groups.length - 1];
    if (last?.year === year) last.events.push(item);
    else groups.push({ year, events: [item] });
  }
  return groups;
}

/** Orders articles newest first, ties by id, as the front page and the feeds list them. */
export function newestFirst(a: { id: string; data: { published: Date } }, b: { id: string; data: { published: Date } }): number {
  return b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id);
}
