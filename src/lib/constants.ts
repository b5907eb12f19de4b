/**
 * The one copy of the site's constants. CSS tokens in src/styles/tokens.css mirror the colours.
 * Pure: no Astro, no file system, no environment. The schemas never import this file; it imports them.
 */

/** Used when `SITE_URL` is not set; documented in README.md. */
export const DEFAULT_SITE_URL = 'https://backgrounder.example.org';

export const SITE = {
  title: 'Backgrounder: Ukraine, NATO and the war in Donbas',
  shortTitle: 'Backgrounder',
  /** What the explainer is about, as a phrase that completes "the timeline of …". */
  subject: 'the war in Donbas',
  description:
    'An explainer built around AFP’s 6 April 2021 wire story on Ukraine’s push for NATO membership: the article, the background since 2014, and the terms a reader needs.',
  lang: 'en',
  locale: 'en_GB',
  publisher: 'Backgrounder',
} as const;

/** A page's `<title>`: its own title, then the site's name. */
export function withSiteName(title: string): string {
  return `${title} | ${SITE.shortTitle}`;
}

/** Share-card geometry: every card and every og:image tag reads these. */
export const CARD = { width: 1200, height: 630 } as const;

/** The pixel size of a card image. */
export interface CardSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The other shapes of an article's card, by their name in the image's file name. Google asks for an
 * article's image in 16:9, 4:3 and 1:1; the 1200×630 card stands in for 16:9.
 */
export const CARD_CROPS = {
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
} as const satisfies Record<string, CardSize>;

/** Brand colours shared by the cards and the CSS tokens. */
export const COLORS = {
  ink: '#1a1a1a',
  paper: '#fbfaf7',
  accent: '#0b5cad',
  muted: '#5c5c5c',
  rule: '#d9d5cc',
} as const;

// The categories belong to the timeline schema; the site reads them from here with the other constants.
export { CATEGORIES, CATEGORY_LABELS, isCategory, type Category } from '../schemas/categories.ts';

/**
 * The kinds of page search can filter by. The key is what the search URL carries (`?type=term`);
 * `filter` is the Pagefind filter value each page declares (`data-pagefind-filter="type:…"`).
 */
export const SEARCH_TYPES = {
  article: { filter: 'Article', label: 'Articles' },
  event: { filter: 'Timeline event', label: 'Timeline events' },
  term: { filter: 'Glossary term', label: 'Glossary terms' },
  place: { filter: 'Place', label: 'Places' },
} as const;

export type SearchType = keyof typeof SEARCH_TYPES;

/** The `data-pagefind-filter` attribute value for a page of the given kind. */
export function searchFilterAttribute(type: SearchType): string {
  return `type:${SEARCH_TYPES[type].filter}`;
}

/** Where each collection lives under the content root, and the URL prefix of its pages. */
export const COLLECTIONS = {
  articles: { dir: 'articles', route: 'articles' },
  timeline: { dir: 'timeline', route: 'timeline' },
  glossary: { dir: 'glossary', route: 'glossary' },
  places: { dir: 'places', route: 'places' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** Normalises a site URL to an origin with no trailing slash, or throws a readable error. */
export function resolveSiteUrl(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL is not a valid URL: \`${raw}\`.\n  Set it to the address the site is published at, e.g. SITE_URL=https://explainers.example.com`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://, got \`${raw}\`.`);
  }
  return url.href.replace(/\/+$/, '');
}
