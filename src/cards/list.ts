/**
 * The share card of every page, as plain data: which page, where its image goes, what it shows.
 * Pure: the assembler (src/lib/site/assemble.ts) calls it, so the pages' head tags and the PNGs
 * that `npm run build` draws come from the same list. A new kind of page gets its card here.
 */
import { firstSentence } from '../lib/content/plain-text.ts';
import { routes } from '../lib/routes.ts';
import { CARD, CARD_CROPS, CATEGORY_LABELS, SITE, type CardSize, type Category } from '../lib/constants.ts';
import { formatDate, formatRange } from '../lib/timeline/dates.ts';
import type { Article, GlossaryTerm, ListView, Place, PullQuote, SiteContent, SitePage, TimelineEvent } from '../lib/site/model.ts';
import { countryName } from '../schemas/countries.ts';
import { PLACE_KINDS } from '../schemas/place-kinds.ts';
import { describeCard, type CardModel, type CardPin } from './model.ts';
import { describeCorrections, listCorrections } from '../lib/corrections/list.ts';

/** One image of a card: where it is served, and its size. */
export interface CardImage {
  image: string;
  size: CardSize;
}

/** One page's card. */
export interface PageCard {
  /** The page the card is for: `/glossary/map/`. */
  page: string;
  /** Where the card's PNG is served: `/og/glossary/map.png`. */
  image: string;
  model: CardModel;
  /** The image's alt text (`og:image:alt`). */
  alt: string;
  /** The card in other shapes (an article's 4:3 and 1:1, for its structured data); none for other pages. */
  crops: CardImage[];
}

/** Every image to draw: each card, then its crops, with the model they show. */
export function cardImages(cards: readonly PageCard[]): (CardImage & { model: CardModel })[] {
  return cards.flatMap(({ image, model, crops }) => [{ image, model, size: CARD }, ...crops.map((crop) => ({ ...crop, model }))]);
}

/** One card for every page of `site`, in page order. */
export function listCards(site: SiteContent): PageCard[] {
  return site.pages.map((page) => card(page.path, modelOf(page, site), page.kind === 'article' ? CROPS : []));
}

const CROPS = Object.keys(CARD_CROPS) as (keyof typeof CARD_CROPS)[];

function modelOf(page: SitePage, site: SiteContent): CardModel {
  switch (page.kind) {
    case 'front':
      return frontCard(site);
    case 'article':
      return articleCard(page.article);
    case 'quote':
      return quoteCard(page.article, page.quote);
    case 'timeline':
      return page.path === routes.timeline() ? timelineCard(site) : timelinePartCard(site, page.list);
    case 'category':
      return page.path === routes.timelineCategory(page.category) ? categoryCard(site, page.category) : categoryPartCard(page.category, page.list);
    case 'event':
      return eventCard(page.event);
    case 'glossary':
      return page.path === routes.glossary() ? glossaryCard(site) : letterCard(page.list);
    case 'term':
      return termCard(page.term);
    case 'places':
      return placesCard(site);
    case 'place':
      return placeCard(page.place);
    case 'search':
      return searchCard(site);
    case 'corrections':
      return correctionsCard(site);
  }
}

function card(page: string, model: CardModel, crops: readonly (keyof typeof CARD_CROPS)[]): PageCard {
  const images = crops.map((crop) => ({ image: routes.cardCrop(page, crop), size: CARD_CROPS[crop] }));
  return { page, image: routes.card(page), model, alt: describeCard(model), crops: images };
}

function frontCard(site: SiteContent): CardModel {
  const lead = site.articles[0];
  return {
    kind: 'front',
    kicker: 'Explainer',
    title: SITE.title,
    dek: lead?.data.dek ?? SITE.description,
    ...(lead ? { date: formatDate(lead.day) } : {}),
    credit: `${site.events.length} events · ${site.terms.length} terms`,
  };
}

function articleCard(article: Article): CardModel {
  const { data } = article;
  return {
    kind: 'article',
    kicker: `Wire story · ${data.source.name}`,
    title: data.title,
    dek: data.dek,
    date: formatDate(article.day),
    credit: data.byline,
  };
}

function quoteCard(article: Article, quote: PullQuote): CardModel {
  return {
    kind: 'quote',
    kicker: 'Pull quote',
    quote: quote.text,
    cite: quote.cite,
    title: article.data.title,
    date: formatDate(article.day),
    credit: article.data.byline,
  };
}

function timelineCard(site: SiteContent): CardModel {
  const years = site.events.map((event) => event.data.date.slice(0, 4));
  const span = years.length ? `, ${years[0]}–${years.at(-1)}` : '';
  return {
    kind: 'timeline',
    kicker: 'Timeline',
    title: `The background${span}`,
    dek: `${site.events.length} dated events, each with its sources.`,
  };
}

function categoryCard(site: SiteContent, category: Category): CardModel {
  const count = site.events.filter((event) => event.data.category === category).length;
  return {
    kind: 'timeline',
    kicker: `Timeline · ${CATEGORY_LABELS[category]}`,
    title: `${CATEGORY_LABELS[category]} events`,
    dek: `${count} of the ${site.events.length} dated events on the timeline of ${SITE.subject}, each with its sources.`,
  };
}

/** A year (or a page of one) of a timeline split by year. */
function timelinePartCard(site: SiteContent, list: ListView<TimelineEvent>): CardModel {
  const { year, count, label } = partOf(list);
  return {
    kind: 'timeline',
    kicker: 'Timeline',
    title: `The background: ${label}`,
    dek: `${count} of the ${site.events.length} dated events happened in ${year}, each with its sources.`,
  };
}

function categoryPartCard(category: Category, list: ListView<TimelineEvent>): CardModel {
  const { year, count, label } = partOf(list);
  return {
    kind: 'timeline',
    kicker: `Timeline · ${CATEGORY_LABELS[category]}`,
    title: `${CATEGORY_LABELS[category]} events: ${label}`,
    dek: `${count} events of ${year} on the timeline of ${SITE.subject}, filed under ${CATEGORY_LABELS[category]}.`,
  };
}

function letterCard(list: ListView<GlossaryTerm>): CardModel {
  const { year: letter, count, label } = partOf(list);
  const names = list.page.items.map((term) => term.data.term);
  return {
    kind: 'glossary',
    kicker: 'Glossary',
    title: `The names and terms in the story: ${label}`,
    dek: `${count} entries under ${letter}${names.length > 1 ? `; this page runs from ${names[0]} to ${names.at(-1)}` : ''}.`,
  };
}

/** The group a list page shows (a year, a letter), how many items the group holds, and the page's name. */
function partOf(list: ListView<unknown>): { year: string; count: number; label: string } {
  const { group = '', page, pages } = list.page;
  const count = list.groups.find((link) => link.key === group)?.count ?? list.page.items.length;
  return { year: group, count, label: pages > 1 ? `${group}, page ${page} of ${pages}` : group };
}

function searchCard(site: SiteContent): CardModel {
  return {
    kind: 'search',
    kicker: 'Search',
    title: 'Search the explainer',
    dek: `The article, ${site.events.length} timeline events and ${site.terms.length} glossary terms.`,
  };
}

function correctionsCard(site: SiteContent): CardModel {
  const corrections = listCorrections(site);
  const newest = corrections[0];
  return {
    kind: 'corrections',
    kicker: 'Standards',
    title: 'Corrections',
    dek: describeCorrections(corrections.length),
    ...(newest ? { date: formatDate(newest.date) } : {}),
  };
}

function eventCard(event: TimelineEvent): CardModel {
  const { data } = event;
  const summary = firstSentence(event.summary);
  return {
    kind: 'event',
    kicker: `Timeline · ${CATEGORY_LABELS[data.category]}`,
    title: data.title,
    ...(summary ? { dek: summary } : {}),
    date: formatRange(data.date, data.end),
    ...(event.places.length ? { credit: event.places.map((place) => place.data.name).join(', '), pins: pinsOf(event.places) } : {}),
  };
}

/** The places as the card's inset pins them. */
function pinsOf(places: readonly Place[]): CardPin[] {
  return places.map(({ id, data }) => ({ id, name: data.name, lat: data.lat, lon: data.lon, ...(PLACE_KINDS[data.kind].area ? { area: true } : {}) }));
}

/** `Town · Ukraine`: the kind, and the country when the place has one. */
export function describePlace(place: Place): string {
  const country = place.data.country && countryName(place.data.country);
  return [PLACE_KINDS[place.data.kind].label, country].filter(Boolean).join(' · ');
}

function placeCard(place: Place): CardModel {
  const summary = firstSentence(place.summary);
  const named = place.events.length + place.articles.length;
  return {
    kind: 'place',
    kicker: `Places · ${describePlace(place)}`,
    title: place.data.name,
    ...(summary ? { dek: summary } : {}),
    credit: named === 1 ? 'Named in 1 entry' : `Named in ${named} entries`,
    pins: pinsOf([place]),
  };
}

function placesCard(site: SiteContent): CardModel {
  return {
    kind: 'places',
    kicker: 'Places',
    title: 'Where it happened',
    dek: `${site.places.length} places the article and the timeline name, each on a map with the events there.`,
  };
}

function glossaryCard(site: SiteContent): CardModel {
  const names = site.terms.map((term) => term.data.term);
  const range = names.length > 1 ? `, from ${names[0]} to ${names.at(-1)}` : '';
  return {
    kind: 'glossary',
    kicker: 'Glossary',
    title: 'The names and terms in the story',
    dek: `${names.length} entries explained with their sources${range}.`,
  };
}

function termCard(term: GlossaryTerm): CardModel {
  const { data } = term;
  return {
    kind: 'term',
    kicker: 'Glossary',
    title: data.term,
    dek: data.short,
    ...(data.aliases.length ? { credit: `Also: ${data.aliases.join(', ')}` } : {}),
  };
}
