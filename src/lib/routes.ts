/** The site's URLs, in one place. Every path ends with a slash, as Astro's directory output serves them. */

export const routes = {
  home: () => '/',
  article: (id: string) => `/articles/${id}/`,
  quote: (articleId: string, n: number) => `/articles/${articleId}/quotes/${n}/`,
  timeline: () => '/timeline/',
  /** The timeline filtered to one category; the same page as /timeline/, with the other events hidden. */
  timelineCategory: (category: string) => `/timeline/category/${category}/`,
  event: (id: string) => `/timeline/${id}/`,
  glossary: () => '/glossary/',
  term: (id: string) => `/glossary/${id}/`,
  search: () => '/search/',
  rss: () => '/rss.xml',
} as const;

/** An absolute URL on `site` (an origin without a trailing slash) for a root-relative `path`. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, `${site}/`).href;
}
