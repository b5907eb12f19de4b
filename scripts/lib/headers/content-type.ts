/**
 * Content-Type for every file the site publishes, from its extension (the `mime` package), with the
 * charset spelled out for text so no browser or CDN has to guess: the build writes UTF-8 only.
 */
import mime from 'mime';

/** Pagefind's own index formats: binary chunks the search runtime fetches and decompresses itself. */
const FALLBACK = 'application/octet-stream';

const TEXTUAL = /^(?:text\/|application\/(?:json|xml|[\w.-]+\+(?:json|xml))$|image\/svg\+xml$)/;

/** The Content-Type header for a site-relative key such as `rss.xml` or `_astro/x.css`. */
export function contentTypeFor(key: string): string {
  const type = mime.getType(key) ?? FALLBACK;
  return TEXTUAL.test(type) ? `${type}; charset=utf-8` : type;
}
