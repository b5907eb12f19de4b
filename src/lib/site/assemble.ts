/**
 * The one assembler of the site. The pages (through src/data/) and `npm run build` (from the
 * validator's entries) both call assembleSite(), so they publish the same entries in the same
 * order, the same pages, and one card for each page. References are checked before this runs
 * (the validator, or the data layer in `npm run dev`); one that names no shown entry is left out.
 */
import { listCards } from '../../cards/list.ts';
import { plainText } from '../content/plain-text.ts';
import { findPullQuotes } from '../content/pull-quotes.ts';
import { typesetArticle, typesetEvent, typesetTerm } from '../content/typeset.ts';
import { isShown, type DraftPolicy } from '../drafts.ts';
import { sortTerms } from '../glossary/sort.ts';
import { routes } from '../routes.ts';
import { isAfter, isoDay } from '../timeline/dates.ts';
import { newestFirst, sortChronologically } from '../timeline/group.ts';
import { buildGazetteer, resolvePlace, type Gazetteer } from '../places/gazetteer.ts';
import type { PlaceData } from '../../schemas/index.ts';
import type { Article, GlossaryTerm, Place, SiteContent, SiteEntry, SiteModel, TimelineEvent } from './model.ts';
import { listPages } from './pages.ts';

type Of<C extends SiteEntry['collection']> = Extract<SiteEntry, { collection: C }>;

/** The date and title the timeline helpers sort and group events by. */
export const eventDate = (event: TimelineEvent) => event.data;

/** The site the `entries` make under `policy`: published entries in site order, their links, pages and cards. */
export function assembleSite(entries: readonly SiteEntry[], policy: DraftPolicy): SiteModel {
  // By id first, so ties in the site's order never depend on the order the entries were read in.
  const shown = entries.filter((entry) => isShown(entry.data, policy)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const of = <C extends SiteEntry['collection']>(collection: C) => shown.filter((entry): entry is Of<C> => entry.collection === collection);

  const terms = sortTerms(of('glossary').map(termOf), (term) => term.data.term);
  const termById = new Map(terms.map((term) => [term.id, term]));
  for (const term of terms) term.related = term.data.related.flatMap((id) => termById.get(id) ?? []);

  // Only places something shown names get a page: the gazetteer may hold places for drafts.
  const allPlaces = of('places').map(placeOf);
  const { gazetteer } = buildGazetteer(allPlaces);
  const placeById = new Map(allPlaces.map((place) => [place.id, place]));
  const placesOf = (values: readonly string[]) => resolvePlaces(gazetteer, placeById, values);

  const articles = of('articles').map((entry) => articleOf(entry, placesOf)).sort(newestFirst);
  // In dev a fresh draft is the newest article; the front page still leads with what production shows.
  const lead = articles.find((article) => !article.data.draft) ?? articles[0];

  const events = sortChronologically(
    of('timeline').map((entry) => eventOf(entry, articles, lead, termById, placesOf)),
    eventDate,
  );
  const eventById = new Map(events.map((event) => [event.id, event]));
  for (const event of events) for (const term of event.terms) term.events.push(event);
  for (const article of articles) article.events = sortChronologically(article.data.events.flatMap((id) => eventById.get(id) ?? []), eventDate);

  for (const event of events) for (const place of event.places) place.events.push(event);
  for (const article of articles) for (const place of article.places) place.articles.push(article);
  const places = sortTerms(
    allPlaces.filter((place) => place.events.length || place.articles.length),
    (place) => place.data.name,
  );

  const content: Omit<SiteContent, 'pages'> = { articles, lead, events, epilogue: events.filter((event) => event.afterLead), terms, places };
  const site: SiteContent = { ...content, pages: listPages(content) };
  const cards = listCards(site);
  const cardByPage = new Map(cards.map((card) => [card.page, card]));
  const position = new Map(events.map((event, i) => [event, i]));
  return {
    ...site,
    cards,
    article: lookup(new Map(articles.map((article) => [article.id, article])), 'article'),
    event: lookup(eventById, 'timeline event'),
    term: lookup(termById, 'glossary term'),
    findTerm: (id) => termById.get(id),
    neighbours: (event) => {
      const at = position.get(event) ?? -1;
      return { previous: at > 0 ? events[at - 1] : undefined, next: at >= 0 ? events[at + 1] : undefined };
    },
    place: lookup(new Map(places.map((place) => [place.id, place])), 'place'),
    card: (path) => cardByPage.get(path),
  };
}

/** The places `values` name, each once, in the order first named; a value that names none is left out (checked before). */
function resolvePlaces(gazetteer: Gazetteer<PlaceData>, byId: ReadonlyMap<string, Place>, values: readonly string[]): Place[] {
  const found = values.flatMap((value) => {
    const id = resolvePlace(gazetteer, value)?.id;
    return (id !== undefined && byId.get(id)) || [];
  });
  return [...new Set(found)];
}

function placeOf(entry: Of<'places'>): Place {
  const body = entry.body ?? '';
  return { id: entry.id, url: routes.place(entry.id), file: entry.file, body, data: entry.data, summary: plainText(body), events: [], articles: [] };
}

function articleOf(entry: Of<'articles'>, placesOf: (values: readonly string[]) => Place[]): Article {
  const body = entry.body ?? '';
  return {
    id: entry.id,
    url: routes.article(entry.id),
    file: entry.file,
    body,
    data: typesetArticle(entry.data),
    day: isoDay(entry.data.published),
    events: [],
    places: placesOf(entry.data.places),
    quotes: findPullQuotes(body).map((quote) => ({
      ...quote,
      url: routes.quote(entry.id, quote.n),
      inContext: routes.quoteInContext(entry.id, quote.n),
    })),
  };
}

function eventOf(
  entry: Of<'timeline'>,
  articles: readonly Article[],
  lead: Article | undefined,
  termById: ReadonlyMap<string, GlossaryTerm>,
  placesOf: (values: readonly string[]) => Place[],
): TimelineEvent {
  const body = entry.body ?? '';
  return {
    id: entry.id,
    url: routes.event(entry.id),
    file: entry.file,
    body,
    data: typesetEvent(entry.data),
    summary: plainText(body),
    articles: articles.filter((article) => article.day === entry.data.date),
    afterLead: lead ? isAfter(entry.data.date, lead.day) : false,
    terms: entry.data.terms.flatMap((id) => termById.get(id) ?? []),
    places: placesOf(entry.data.places),
  };
}

function termOf(entry: Of<'glossary'>): GlossaryTerm {
  return { id: entry.id, url: routes.term(entry.id), file: entry.file, body: entry.body ?? '', data: typesetTerm(entry.data), related: [], events: [] };
}

/** A lookup by id that names what is missing, for pages that look up the id they were given. */
function lookup<T>(map: ReadonlyMap<string, T>, kind: string): (id: string) => T {
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`No ${kind} with id \`${id}\`.`);
    return found;
  };
}
