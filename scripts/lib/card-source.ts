/**
 * The share cards' input built from the validated entries, so `npm run build` can start drawing
 * cards before Astro starts. It orders and filters the entries as the data layer (src/data/site.ts)
 * does: published only, typeset, articles newest first, events oldest first, terms A–Z.
 */
import type { CardSource } from '../../src/cards/list.ts';
import type { CheckedEntry } from '../../src/lib/content/cross-references.ts';
import { findPullQuotes } from '../../src/lib/content/pull-quotes.ts';
import { typesetArticle, typesetEvent, typesetTerm } from '../../src/lib/content/typeset.ts';
import { sortTerms } from '../../src/lib/glossary/sort.ts';
import { routes } from '../../src/lib/routes.ts';
import { isoDay } from '../../src/lib/timeline/dates.ts';
import { newestFirst, sortChronologically } from '../../src/lib/timeline/group.ts';

type Of<C extends CheckedEntry['collection']> = Extract<CheckedEntry, { collection: C }>;

/** The published entries in the order the site shows them. */
export function cardSourceFromEntries(entries: readonly CheckedEntry[]): CardSource {
  const published = entries.filter((entry) => !entry.data.draft);
  const of = <C extends CheckedEntry['collection']>(collection: C) =>
    published.filter((entry): entry is Of<C> => entry.collection === collection);

  const articles = of('articles')
    .sort(newestFirst)
    .map((entry) => ({
      id: entry.id,
      url: routes.article(entry.id),
      day: isoDay(entry.data.published),
      data: typesetArticle(entry.data),
      quotes: findPullQuotes(entry.body ?? ''),
    }));
  const events = sortChronologically(
    of('timeline').map((entry) => ({ url: routes.event(entry.id), data: typesetEvent(entry.data), body: entry.body ?? '' })),
    (event) => event.data,
  );
  const terms = sortTerms(
    of('glossary').map((entry) => ({ url: routes.term(entry.id), data: typesetTerm(entry.data) })),
    (term) => term.data.term,
  );
  return { articles, events, terms };
}
