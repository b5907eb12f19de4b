/** Every page of the site, with what it shows: the routes render these, and each gets a share card. */
import { routes } from '../routes.ts';
import { usedCategories } from '../timeline/filter.ts';
import type { SiteContent, SitePage } from './model.ts';

/** The pages of `site` in a stable order: the front, articles and their quotes, the timeline, the glossary, the places, search, corrections. */
export function listPages(site: Omit<SiteContent, 'pages'>): SitePage[] {
  return [
    { kind: 'front', path: routes.home() },
    ...site.articles.flatMap((article): SitePage[] => [
      { kind: 'article', path: article.url, article },
      ...article.quotes.map((quote): SitePage => ({ kind: 'quote', path: quote.url, article, quote })),
    ]),
    { kind: 'timeline', path: routes.timeline() },
    // Only categories that have events get a page, as only those appear in the filter.
    ...usedCategories(site.events).map((category): SitePage => ({ kind: 'category', path: routes.timelineCategory(category), category })),
    ...site.events.map((event): SitePage => ({ kind: 'event', path: event.url, event })),
    { kind: 'glossary', path: routes.glossary() },
    ...site.terms.map((term): SitePage => ({ kind: 'term', path: term.url, term })),
    // The places only when some entry names one: an empty map would show nothing.
    ...(site.places.length ? [{ kind: 'places', path: routes.places() } as SitePage] : []),
    ...site.places.map((place): SitePage => ({ kind: 'place', path: place.url, place })),
    { kind: 'search', path: routes.search() },
    { kind: 'corrections', path: routes.corrections() },
  ];
}
