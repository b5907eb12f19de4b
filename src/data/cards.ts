/**
 * The share card of every page, as plain data: which page, where its image goes, what it shows.
 * The card endpoint renders this list, the layout's head tags look their page up in it, and
 * `npm run cards:preview` reads one entry through the dev server. A new kind of page gets its card
 * by adding a line to listCards.
 */
import { plainText, firstSentence } from '../lib/content/plain-text.ts';
import { describeCard, type CardModel } from '../lib/cards/model.ts';
import { routes } from '../lib/routes.ts';
import { CATEGORY_LABELS, SITE, type Category } from '../lib/site.ts';
import { formatDate, formatRange } from '../lib/timeline/dates.ts';
import { getSite, usedCategories, type Article, type GlossaryTerm, type PullQuote, type Site, type TimelineEvent } from './site.ts';

/** One page's card. */
export interface PageCard {
  /** The page the card is for: `/glossary/map/`. */
  page: string;
  /** Where the card's PNG is served: `/og/glossary/map.png`. */
  image: string;
  model: CardModel;
  /** The image's alt text (`og:image:alt`). */
  alt: string;
}

/** Every page's card, in a stable order: the front, articles and their quotes, the timeline, the glossary. */
export function listCards(site: Site): PageCard[] {
  return [
    card(routes.home(), frontCard(site)),
    ...site.articles.flatMap((article) => [
      card(article.url, articleCard(article)),
      ...article.quotes.map((quote) => card(quote.url, quoteCard(article, quote))),
    ]),
    card(routes.timeline(), timelineCard(site)),
    ...usedCategories(site).map((category) => card(routes.timelineCategory(category), categoryCard(site, category))),
    ...site.events.map((event) => card(event.url, eventCard(event))),
    card(routes.glossary(), glossaryCard(site)),
    ...site.terms.map((term) => card(term.url, termCard(term))),
    card(routes.search(), searchCard(site)),
  ];
}

function card(page: string, model: CardModel): PageCard {
  return { page, image: routes.card(page), model, alt: describeCard(model) };
}

function frontCard(site: Site): CardModel {
  const { lead } = site;
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

function timelineCard(site: Site): CardModel {
  const years = site.events.map((event) => event.data.date.slice(0, 4));
  const span = years.length ? `, ${years[0]}–${years.at(-1)}` : '';
  return {
    kind: 'timeline',
    kicker: 'Timeline',
    title: `The background${span}`,
    dek: `${site.events.length} dated events, each with its sources.`,
  };
}

function categoryCard(site: Site, category: Category): CardModel {
  const count = site.events.filter((event) => event.data.category === category).length;
  return {
    kind: 'timeline',
    kicker: `Timeline · ${CATEGORY_LABELS[category]}`,
    title: `${CATEGORY_LABELS[category]} events`,
    dek: `${count} of the ${site.events.length} dated events on the timeline of ${SITE.subject}, each with its sources.`,
  };
}

function searchCard(site: Site): CardModel {
  return {
    kind: 'search',
    kicker: 'Search',
    title: 'Search the explainer',
    dek: `The article, ${site.events.length} timeline events and ${site.terms.length} glossary terms.`,
  };
}

function eventCard(event: TimelineEvent): CardModel {
  const { data } = event;
  const summary = firstSentence(plainText(event.entry.body ?? ''));
  return {
    kind: 'event',
    kicker: `Timeline · ${CATEGORY_LABELS[data.category]}`,
    title: data.title,
    ...(summary ? { dek: summary } : {}),
    date: formatRange(data.date, data.end),
    ...(data.places.length ? { credit: data.places.join(', ') } : {}),
  };
}

function glossaryCard(site: Site): CardModel {
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

let cards: Promise<Map<string, PageCard>> | undefined;

/** Every page's card by page path, built once per build (on every call in dev, where content changes). */
export function getCards(): Promise<Map<string, PageCard>> {
  const load = async () => new Map(listCards(await getSite()).map((entry) => [entry.page, entry]));
  // In dev, content changes between requests, so only a build may keep the result.
  if (import.meta.env.SHOW_DRAFTS) return load();
  cards ??= load();
  return cards;
}

/** The card for the page at `pathname`, or undefined for pages without one (the 404 page). */
export async function findCard(pathname: string): Promise<PageCard | undefined> {
  return (await getCards()).get(pathname);
}
