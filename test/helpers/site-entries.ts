/** Site entries for the assembler's tests: frontmatter parsed by the real schemas, so defaults apply as in a build. */
import type { SiteEntry } from '../../src/lib/site/model.ts';
import { SCHEMAS } from '../../src/schemas/index.ts';

const SOURCES = [{ name: 'Example', url: 'https://example.org/source' }];

/** An article published at `published` (an ISO date-time with offset). */
export function article(id: string, published: string, extra: Record<string, unknown> = {}, body = 'Text.'): SiteEntry {
  const data = SCHEMAS.articles.parse({
    title: `Article ${id}`,
    dek: 'A dek.',
    published,
    byline: 'AFP',
    source: { name: 'The Moscow Times', url: 'https://www.themoscowtimes.com/' },
    credit: 'A credit.',
    keyPoints: ['One.', 'Two.', 'Three.'],
    ...extra,
  });
  return { collection: 'articles', id, file: `content/articles/${id}.mdx`, data, body };
}

/** A timeline event on `date` (a day or a month); its id is `<date>-<slug>`. */
export function event(date: string, slug: string, extra: Record<string, unknown> = {}, body = 'What happened. Then more.'): SiteEntry {
  const id = `${date}-${slug}`;
  const data = SCHEMAS.timeline.parse({ date, title: `Event ${slug}`, category: 'politics', sources: SOURCES, ...extra });
  return { collection: 'timeline', id, file: `content/timeline/${id}.mdx`, data, body };
}

/** A glossary term named `term`. */
export function term(id: string, name: string, extra: Record<string, unknown> = {}, body = 'An explanation.'): SiteEntry {
  const data = SCHEMAS.glossary.parse({ term: name, short: `What ${name} is.`, sources: SOURCES, ...extra });
  return { collection: 'glossary', id, file: `content/glossary/${id}.mdx`, data, body };
}

/** A place named `name` at `lat`, `lon` (a city in Ukraine unless `extra` says otherwise). */
export function place(id: string, name: string, lat: number, lon: number, extra: Record<string, unknown> = {}, body = 'A place.'): SiteEntry {
  const data = SCHEMAS.places.parse({ name, lat, lon, kind: 'city', country: 'UA', sources: SOURCES, ...extra });
  return { collection: 'places', id, file: `content/places/${id}.mdx`, data, body };
}
