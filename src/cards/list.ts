/**
 * The share card of every page, as plain data: which page, where its image goes, what it shows.
 * Pure, so two callers share it: the data layer (head tags, the card endpoint in dev) and
 * `npm run build`, which starts drawing the cards from the validated content before Astro starts.
 * A new kind of page gets its card by adding a line to listCards.
 */
import type { ArticleData, GlossaryTermData, TimelineEventData } from '../schemas/index.ts';
import { firstSentence, plainText } from '../lib/content/plain-text.ts';
import type { PullQuoteText } from '../lib/content/pull-quotes.ts';
import { routes } from '../lib/routes.ts';
import { CARD, CARD_CROPS, CATEGORY_LABELS, SITE, type CardSize, type Category } from '../lib/constants.ts';
import { formatDate, formatRange } from '../lib/timeline/dates.ts';
import { usedCategories } from '../lib/timeline/filter.ts';
import { describeCard, type CardModel } from './model.ts';
import { describeCorrections, listCorrections } from '../lib/corrections/list.ts';

/** An article as the cards need it. */
export interface CardArticle {
  id: string;
  url: string;
  /** `YYYY-MM-DD` of publication. */
  day: string;
  data: ArticleData;
  quotes: readonly PullQuoteText[];
}

/** A timeline event as the cards need it: its MDX body gives the card's summary line. */
export interface CardEvent {
  url: string;
  data: TimelineEventData;
  body: string;
}

/** A glossary term as the cards need it. */
export interface CardTerm {
  url: string;
  data: GlossaryTermData;
}

/** The published content, in site order: articles newest first, events oldest first, terms A–Z. */
export interface CardSource {
  articles: readonly CardArticle[];
  events: readonly CardEvent[];
  terms: readonly CardTerm[];
}

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

/** Every page's card, in a stable order: the front, articles and their quotes, the timeline, the glossary, search, corrections. */
export function listCards(site: CardSource): PageCard[] {
  return [
    card(routes.home(), frontCard(site)),
    ...site.articles.flatMap((article) => [
      card(article.url, articleCard(article), Object.keys(CARD_CROPS) as (keyof typeof CARD_CROPS)[]),
      ...article.quotes.map((quote) => card(routes.quote(article.id, quote.n), quoteCard(article, quote))),
    ]),
    card(routes.timeline(), timelineCard(site)),
    ...usedCategories(site.events).map((category) => card(routes.timelineCategory(category), categoryCard(site, category))),
    ...site.events.map((event) => card(event.url, eventCard(event))),
    card(routes.glossary(), glossaryCard(site)),
    ...site.terms.map((term) => card(term.url, termCard(term))),
    card(routes.search(), searchCard(site)),
    card(routes.corrections(), correctionsCard(site)),
  ];
}

function card(page: string, model: CardModel, crops: readonly (keyof typeof CARD_CROPS)[] = []): PageCard {
  const images = crops.map((crop) => ({ image: routes.cardCrop(page, crop), size: CARD_CROPS[crop] }));
  return { page, image: routes.card(page), model, alt: describeCard(model), crops: images };
}

function frontCard(site: CardSource): CardModel {
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

function articleCard(article: CardArticle): CardModel {
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

function quoteCard(article: CardArticle, quote: PullQuoteText): CardModel {
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

function timelineCard(site: CardSource): CardModel {
  const years = site.events.map((event) => event.data.date.slice(0, 4));
  const span = years.length ? `, ${years[0]}–${years.at(-1)}` : '';
  return {
    kind: 'timeline',
    kicker: 'Timeline',
    title: `The background${span}`,
    dek: `${site.events.length} dated events, each with its sources.`,
  };
}

function categoryCard(site: CardSource, category: Category): CardModel {
  const count = site.events.filter((event) => event.data.category === category).length;
  return {
    kind: 'timeline',
    kicker: `Timeline · ${CATEGORY_LABELS[category]}`,
    title: `${CATEGORY_LABELS[category]} events`,
    dek: `${count} of the ${site.events.length} dated events on the timeline of ${SITE.subject}, each with its sources.`,
  };
}

function searchCard(site: CardSource): CardModel {
  return {
    kind: 'search',
    kicker: 'Search',
    title: 'Search the explainer',
    dek: `The article, ${site.events.length} timeline events and ${site.terms.length} glossary terms.`,
  };
}

function correctionsCard(site: CardSource): CardModel {
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

function eventCard(event: CardEvent): CardModel {
  const { data } = event;
  const summary = firstSentence(plainText(event.body));
  return {
    kind: 'event',
    kicker: `Timeline · ${CATEGORY_LABELS[data.category]}`,
    title: data.title,
    ...(summary ? { dek: summary } : {}),
    date: formatRange(data.date, data.end),
    ...(data.places.length ? { credit: data.places.join(', ') } : {}),
  };
}

function glossaryCard(site: CardSource): CardModel {
  const names = site.terms.map((term) => term.data.term);
  const range = names.length > 1 ? `, from ${names[0]} to ${names.at(-1)}` : '';
  return {
    kind: 'glossary',
    kicker: 'Glossary',
    title: 'The names and terms in the story',
    dek: `${names.length} entries explained with their sources${range}.`,
  };
}

function termCard(term: CardTerm): CardModel {
  const { data } = term;
  return {
    kind: 'term',
    kicker: 'Glossary',
    title: data.term,
    dek: data.short,
    ...(data.aliases.length ? { credit: `Also: ${data.aliases.join(', ')}` } : {}),
  };
}
