/** The site's URLs, in one place. Every page path ends with a slash, as Astro's directory output serves them. */
import type { CollectionName } from './constants.ts';

export const routes = {
  home: () => '/',
  article: (id: string) => `/articles/${id}/`,
  quote: (articleId: string, n: number) => `/articles/${articleId}/quotes/${n}/`,
  /** A pull quote where it stands in its article. */
  quoteInContext: (articleId: string, n: number) => `/articles/${articleId}/#${quoteAnchor(n)}`,
  timeline: () => '/timeline/',
  /** The timeline filtered to one category; the same page as /timeline/, with the other events hidden. */
  timelineCategory: (category: string) => `/timeline/category/${category}/`,
  event: (id: string) => `/timeline/${id}/`,
  glossary: () => '/glossary/',
  term: (id: string) => `/glossary/${id}/`,
  places: () => '/places/',
  place: (id: string) => `/places/${id}/`,
  search: () => '/search/',
  /** Every correction on the site, newest first. */
  corrections: () => '/corrections/',
  /** The corrections section at the end of an entry's page. */
  entryCorrections: (entryUrl: string) => `${entryUrl}#${CORRECTIONS_ANCHOR}`,
  rss: () => '/rss.xml',
  /** The share card of the page at `pagePath`: `/` → `/og/index.png`, `/glossary/map/` → `/og/glossary/map.png`. */
  card: (pagePath: string) => `/og/${pagePath.replace(/^\/+|\/+$/g, '') || 'index'}.png`,
  /** Another shape of the page's card: `/articles/x/`, `1x1` → `/og/articles/x.1x1.png` (ids have no dots). */
  cardCrop: (pagePath: string, crop: string) => routes.card(pagePath).replace(/\.png$/, `.${crop}.png`),
} as const;

/** The page of an entry of any collection: `/glossary/map/`, `/timeline/<id>/`, `/articles/<slug>/`, `/places/<id>/`. */
export function entryPage(collection: CollectionName, id: string): string {
  return { articles: routes.article, timeline: routes.event, glossary: routes.term, places: routes.place }[collection](id);
}

/** The `id` of the corrections section on an entry's page. */
export const CORRECTIONS_ANCHOR = 'corrections';

/** The `id` of the n-th pull quote in an article (1-based). */
export function quoteAnchor(n: number | string): string {
  return `quote-${n}`;
}

/** An absolute URL on `site` (an origin without a trailing slash) for a root-relative `path`. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, `${site}/`).href;
}

/** The page path of an address as someone types it: `/glossary/map/`, `glossary/map`, or a full URL on any host. */
export function pagePathOf(input: string): string {
  const pathname = /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? new URL(input).pathname : input.split(/[?#]/)[0]!;
  const trimmed = pathname.replace(/(^|\/)index\.html$/, '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The rest parameter of a page under `prefix`: `/timeline/`, `/timeline/2014/2/` → `2014/2`; the prefix itself → undefined. */
export function restParam(prefix: string, path: string): string | undefined {
  if (!path.startsWith(prefix)) throw new Error(`${path} is not under ${prefix}.`);
  return path.slice(prefix.length).replace(/\/$/, '') || undefined;
}
