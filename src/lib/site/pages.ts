/** Every page of the site, with what it shows: the routes render these, and each gets a share card. */
import type { Category } from '../constants.ts';
import { glossaryPages } from './glossary-pages.ts';
import type { PagedList } from '../paging.ts';
import { routes } from '../routes.ts';
import { usedCategories } from '../timeline/filter.ts';
import { timelinePages } from '../timeline/pages.ts';
import type { ListView, SiteContent, SitePage } from './model.ts';

/** The most items a list page holds, by list; PAGE_LIMITS (src/lib/paging.ts) unless a test lowers them. */
export interface ListLimits {
  events?: number;
  terms?: number;
}

/** The pages of `site` in a stable order: the front, articles and their quotes, the timeline, the glossary, the places, search, corrections. */
export function listPages(site: Omit<SiteContent, 'pages'>, limits: ListLimits = {}): SitePage[] {
  const timeline = (category?: Category) =>
    timelinePages(site.events, { category, featuredYear: site.lead?.day.slice(0, 4), ...(limits.events ? { limit: limits.events } : {}) });
  return [
    { kind: 'front', path: routes.home() },
    ...site.articles.flatMap((article): SitePage[] => [
      { kind: 'article', path: article.url, article },
      ...article.quotes.map((quote): SitePage => ({ kind: 'quote', path: quote.url, article, quote })),
    ]),
    ...views(timeline()).map((list): SitePage => ({ kind: 'timeline', path: list.page.path, list })),
    // Only categories that have events get pages, as only those appear in the filter.
    ...usedCategories(site.events).flatMap((category) =>
      views(timeline(category)).map((list): SitePage => ({ kind: 'category', path: list.page.path, category, list })),
    ),
    ...site.events.map((event): SitePage => ({ kind: 'event', path: event.url, event })),
    ...views(glossaryPages(site.terms, (term) => term.data.term, limits.terms)).map((list): SitePage => ({ kind: 'glossary', path: list.page.path, list })),
    ...site.terms.map((term): SitePage => ({ kind: 'term', path: term.url, term })),
    // The places only when some entry names one: an empty map would show nothing.
    ...(site.places.length ? [{ kind: 'places', path: routes.places() } as SitePage] : []),
    ...site.places.map((place): SitePage => ({ kind: 'place', path: place.url, place })),
    { kind: 'search', path: routes.search() },
    { kind: 'corrections', path: routes.corrections() },
  ];
}

/** The list's own page, then its group pages, each with the list's navigation. */
function views<T>(paged: PagedList<T>): ListView<T>[] {
  return [paged.index, ...paged.pages].map((page) => ({ page, groups: paged.groups }));
}
