/**
 * The checks on an entry's corrections that its schema cannot make alone: none is dated before
 * the entry itself, and they are listed oldest first. Well-formed dates and a non-empty text are
 * the schema's job; a `TODO` left in the text is the placeholder check's.
 */
import type { Correction } from '../../schemas/index.ts';
import { isoDay } from '../timeline/dates.ts';
import type { CheckedEntry } from './cross-references.ts';
import type { Problem } from './problems.ts';

/** One problem per correction dated before its entry, and per correction out of date order. */
export function correctionProblems(entry: CheckedEntry, frontmatter: Record<string, unknown>): Problem[] {
  const { corrections } = entry.data;
  const own = ownDate(entry, frontmatter);
  const at = (index: number) => ({
    file: entry.file,
    ...(entry.lineOf ? { line: entry.lineOf(['corrections', index, 'date']) } : {}),
    field: `corrections[${index}].date`,
  });
  return corrections.flatMap((correction, index): Problem[] => {
    if (own && correction.date < own.date) {
      return [
        {
          ...at(index),
          message: `The correction is dated \`${correction.date}\`, before ${own.what} (\`${own.date}\`).`,
          hint: `Date a correction the day it appears on the site, which is after \`${own.field}\`. Check the year and the month.`,
        },
      ];
    }
    const newer = firstNewer(corrections, index);
    if (newer === undefined) return [];
    return [
      {
        ...at(index),
        message: `Corrections are listed oldest first, but this one (\`${correction.date}\`) comes after one dated \`${corrections[newer]!.date}\`.`,
        hint: `Move it above \`corrections[${newer}]\`, so the list runs from the oldest correction to the newest.`,
      },
    ];
  });
}

/** The entry's own date, as written: the day an article was published, or the day (or month) of an event. */
function ownDate(entry: CheckedEntry, frontmatter: Record<string, unknown>) {
  if (entry.collection === 'timeline') return { date: entry.data.date, what: 'the event itself', field: 'date' };
  // Terms and places describe something rather than report it on a day: any correction date is theirs.
  if (entry.collection === 'glossary' || entry.collection === 'places') return undefined;
  // The day in the writer's own time zone (`2021-04-06T01:00:00+03:00` is 6 April), not in UTC.
  const written = frontmatter['published'];
  const date = typeof written === 'string' ? written.slice(0, 10) : isoDay(entry.data.published);
  return { date, what: 'the article was published', field: 'published' };
}

/** The index of the first earlier-listed correction with a later date than `corrections[index]`. */
function firstNewer(corrections: readonly Correction[], index: number): number | undefined {
  const date = corrections[index]!.date;
  const found = corrections.slice(0, index).findIndex((c) => c.date > date);
  return found === -1 ? undefined : found;
}
