/**
 * JSON-LD for search engines and news aggregators (schema.org). Pure builders: they take plain
 * values and absolute URLs and return objects that a layout serialises into
 * `<script type="application/ld+json">`.
 */
import { bylineAuthors } from './byline.ts';

type Thing = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** An image of a page (its share card, or a crop of it): absolute URL and size in pixels. */
export interface ImageInput {
  url: string;
  width: number;
  height: number;
}

export interface PublisherInput {
  name: string;
  url: string;
  /** Absolute URL of the publisher's logo. */
  logo?: string | undefined;
}

/** A correction as JSON-LD states it: the day it was published and what it says. */
export interface CorrectionInput {
  /** `2026-11-29`. */
  date: string;
  text: string;
}

/** How an entry's page changed since it was first published: both are optional. */
export interface ChangesInput {
  /** The last update as ISO 8601: a date-time, or a day (`2026-11-29`). */
  modified?: string | undefined;
  corrections?: readonly CorrectionInput[] | undefined;
}

export interface NewsArticleInput extends ChangesInput {
  url: string;
  headline: string;
  description: string;
  published: Date;
  /** The byline as printed: `AFP (Olga Shylenko)`. */
  byline: string;
  keywords: readonly string[];
  /** The publication this version is based on. */
  source: { name: string; url: string };
  publisher: PublisherInput;
  /** The share card and its 4:3 and 1:1 crops, which Google's article guidelines ask for. */
  image?: readonly ImageInput[] | undefined;
  lang: string;
}

/** An image as schema.org's ImageObject, with its size, so a reader of the data need not fetch it to choose. */
function imageObject(image: ImageInput): Thing {
  return { '@type': 'ImageObject', url: image.url, width: image.width, height: image.height };
}

/** The publisher as an Organization, with its logo when there is one. */
export function organizationLd(publisher: PublisherInput): Thing {
  return {
    '@type': 'Organization',
    name: publisher.name,
    url: publisher.url,
    ...(publisher.logo ? { logo: { '@type': 'ImageObject', url: publisher.logo } } : {}),
  };
}

/** `CorrectionComment`s for schema.org's `correction`, oldest first; nothing when there are none. */
export function correctionsLd(corrections: readonly CorrectionInput[] | undefined): Thing {
  if (!corrections?.length) return {};
  return { correction: corrections.map((c) => ({ '@type': 'CorrectionComment', datePublished: c.date, text: c.text })) };
}

/**
 * `NewsArticle` for an article page: who wrote it, who publishes it, the wire copy it is based on,
 * and its corrections. Its `@id` is a fragment of the page address, which is the `WebPage`'s own.
 */
export function newsArticleLd(input: NewsArticleInput): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': `${input.url}#article`,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    headline: input.headline,
    description: input.description,
    inLanguage: input.lang,
    datePublished: input.published.toISOString(),
    dateModified: input.modified ?? input.published.toISOString(),
    ...correctionsLd(input.corrections),
    author: bylineAuthors(input.byline),
    publisher: organizationLd(input.publisher),
    ...(input.image?.length ? { image: input.image.map(imageObject) } : {}),
    isBasedOn: {
      '@type': 'CreativeWork',
      url: input.source.url,
      publisher: { '@type': 'Organization', name: input.source.name },
    },
    ...(input.keywords.length ? { keywords: input.keywords.join(', ') } : {}),
  };
}

export interface TermInput {
  url: string;
  name: string;
  description: string;
  aliases: readonly string[];
  /** The term page's share card. */
  image?: ImageInput | undefined;
}

export interface TermSetInput {
  url: string;
  name: string;
  description?: string | undefined;
}

/**
 * An entry's page as a `WebPage` about `mainEntity` (an `Event` or a `DefinedTerm`). Those are not
 * creative works, so `dateModified` and `correction` belong to the page that describes them.
 */
export function entryPageLd(page: { url: string; name: string } & ChangesInput, mainEntity: Thing): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    '@id': page.url,
    url: page.url,
    name: page.name,
    ...(page.modified ? { dateModified: page.modified } : {}),
    ...correctionsLd(page.corrections),
    mainEntity,
  };
}

/** The `@id` of a term: a fragment of its page's address, which identifies the page itself. */
function termId(url: string): string {
  return `${url}#term`;
}

function definedTerm(term: TermInput): Thing {
  return {
    '@type': 'DefinedTerm',
    '@id': termId(term.url),
    url: term.url,
    name: term.name,
    description: term.description,
    ...(term.aliases.length ? { alternateName: [...term.aliases] } : {}),
    ...(term.image ? { image: imageObject(term.image) } : {}),
  };
}

/** `DefinedTermSet` for the glossary page, listing every term. */
export function definedTermSetLd(set: TermSetInput, terms: readonly TermInput[]): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTermSet',
    '@id': set.url,
    url: set.url,
    name: set.name,
    ...(set.description ? { description: set.description } : {}),
    hasDefinedTerm: terms.map(definedTerm),
  };
}

/** One term's page: a `WebPage` whose `mainEntity` is the `DefinedTerm`, pointing back to the glossary it belongs to. */
export function definedTermLd(term: TermInput, set: TermSetInput, changes: ChangesInput = {}): Thing {
  return entryPageLd(
    { url: term.url, name: term.name, ...changes },
    { ...definedTerm(term), inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': set.url, url: set.url, name: set.name } },
  );
}

export interface EventInput {
  url: string;
  name: string;
  description: string;
  /** `2014-02-22`, or `2014-08` when only the month is known (ISO 8601 allows both). */
  startDate: string;
  endDate?: string | undefined;
  /** Where it happened: each place's page and point. */
  places: readonly PlaceRef[];
  /** The event page's share card. */
  image?: ImageInput | undefined;
}

/** A timeline event's page: a `WebPage` whose `mainEntity` is the `Event`, a dated, placed happening (historical, so no tickets or status). */
export function eventLd(event: EventInput, changes: ChangesInput = {}): Thing {
  return entryPageLd({ url: event.url, name: event.name, ...changes }, eventThing(event));
}

function eventThing(event: EventInput): Thing {
  return {
    '@type': 'Event',
    '@id': `${event.url}#event`,
    url: event.url,
    name: event.name,
    description: event.description,
    startDate: event.startDate,
    ...(event.endDate ? { endDate: event.endDate } : {}),
    ...(event.places.length ? { location: event.places.map(placeThing) } : {}),
    ...(event.image ? { image: imageObject(event.image) } : {}),
  };
}

/** A place as another entity names it: its page, name and point. */
export interface PlaceRef {
  url: string;
  name: string;
  lat: number;
  lon: number;
}

export interface PlaceInput extends PlaceRef {
  description: string;
  aliases: readonly string[];
  /** ISO 3166-1 alpha-2, by internationally recognised borders. */
  country?: string | undefined;
  /** The place page's share card. */
  image?: ImageInput | undefined;
}

/** A `Place` with its `geo` point, identified by a fragment of its page's address. */
function placeThing(place: PlaceRef | PlaceInput): Thing {
  const full = 'aliases' in place ? place : undefined;
  return {
    '@type': 'Place',
    '@id': `${place.url}#place`,
    url: place.url,
    name: place.name,
    geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon },
    ...(full?.description ? { description: full.description } : {}),
    ...(full?.aliases.length ? { alternateName: [...full.aliases] } : {}),
    ...(full?.country ? { address: { '@type': 'PostalAddress', addressCountry: full.country } } : {}),
    ...(full?.image ? { image: imageObject(full.image) } : {}),
  };
}

/** A place's page: a `WebPage` whose `mainEntity` is the `Place`, with its coordinates. */
export function placeLd(place: PlaceInput, changes: ChangesInput = {}): Thing {
  return entryPageLd({ url: place.url, name: place.name, ...changes }, placeThing(place));
}

export interface WebSiteInput {
  url: string;
  name: string;
  description: string;
  /** The search page's address with `{search_term_string}` where the query goes. */
  searchUrlTemplate: string;
}

/** `WebSite` for the front page, with the search action that deep-links into /search/. */
export function webSiteLd(site: WebSiteInput): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': site.url,
    url: site.url,
    name: site.name,
    description: site.description,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: site.searchUrlTemplate },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** JSON for a `<script type="application/ld+json">` element: `<` is escaped so no text can close the element early. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
