/**
 * The only code that reads the content collections. It resolves references between entries,
 * checks them (an unknown id fails the build, naming every bad entry), and hands pages plain,
 * typed objects. Drafts are left out of production builds.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { checkCrossReferences, type CheckedEntry } from '../lib/content/cross-references.ts';
import { formatReport } from '../lib/content/problems.ts';
import { findPullQuotes } from '../lib/content/pull-quotes.ts';
import { typesetArticle, typesetEvent, typesetTerm } from '../lib/content/typeset.ts';
import { sortTerms } from '../lib/glossary/sort.ts';
import { readMentions } from '../lib/glossary/term-markup.ts';
import { routes } from '../lib/routes.ts';
import { isAfter, isoDay } from '../lib/timeline/dates.ts';
import { newestFirst, sortChronologically } from '../lib/timeline/group.ts';

export interface Article {
  id: string;
  url: string;
  data: CollectionEntry<'articles'>['data'];
  entry: CollectionEntry<'articles'>;
  /** `YYYY-MM-DD` of publication, for comparing with event dates. */
  day: string;
  /** The background events the article names in `events`, oldest first. */
  events: TimelineEvent[];
  /** Its `<PullQuote>`s, in order; each has a page of its own. */
  quotes: PullQuote[];
}

/** A `<PullQuote>` of an article, with the addresses of its page and of its place in the article. */
export interface PullQuote {
  /** 1-based, in document order. */
  n: number;
  /** The quote's own page. */
  url: string;
  /** The quote where it stands in the article. */
  inContext: string;
  /** The quoted words as plain text. */
  text: string;
  /** Who said it. */
  cite: string;
}

export interface TimelineEvent {
  id: string;
  url: string;
  data: CollectionEntry<'timeline'>['data'];
  entry: CollectionEntry<'timeline'>;
  /** Articles published on this event's date ("this article" marks). */
  articles: Article[];
  /** True for events after the lead article: the epilogue. */
  afterLead: boolean;
  terms: GlossaryTerm[];
}

export interface GlossaryTerm {
  id: string;
  url: string;
  data: CollectionEntry<'glossary'>['data'];
  entry: CollectionEntry<'glossary'>;
  related: GlossaryTerm[];
  /** Events that list this term in `terms`. */
  events: TimelineEvent[];
}

export interface Site {
  /** Newest first. */
  articles: Article[];
  /** The article the explainer is built around: the newest one. */
  lead: Article | undefined;
  /** Oldest first. */
  events: TimelineEvent[];
  /** A–Z. */
  terms: GlossaryTerm[];
  article(id: string): Article;
  event(id: string): TimelineEvent;
  term(id: string): GlossaryTerm;
}

/** True for every build; false only in `astro dev`, where drafts show (set in astro.config.mjs). */
const production = !import.meta.env.SHOW_DRAFTS;

/** The date and title the timeline helpers sort and group by. */
export const eventDate = (event: TimelineEvent) => event.data;
const published = <T extends { data: { draft?: boolean | undefined } }>(entry: T) => !production || !entry.data.draft;

async function loadSite(): Promise<Site> {
  const [articleEntries, eventEntries, termEntries] = await Promise.all([
    getCollection('articles', published),
    getCollection('timeline', published),
    getCollection('glossary', published),
  ]);
  assertReferences(articleEntries, eventEntries, termEntries);

  const terms: GlossaryTerm[] = sortTerms(
    termEntries.map((entry): GlossaryTerm => ({ id: entry.id, url: routes.term(entry.id), data: typesetTerm(entry.data), entry, related: [], events: [] })),
    (term) => term.data.term,
  );
  const termById = new Map(terms.map((t) => [t.id, t]));
  for (const term of terms) term.related = term.data.related.map((id) => termById.get(id)!);

  const articles: Article[] = articleEntries
    .map((entry) => ({ id: entry.id, url: routes.article(entry.id), data: typesetArticle(entry.data), entry, day: isoDay(entry.data.published), events: [] as TimelineEvent[], quotes: quotesOf(entry) }))
    .sort(newestFirst);
  // In dev a fresh draft is the newest article; the front page should still show what production shows.
  const lead = articles.find((article) => !article.data.draft) ?? articles[0];

  const events: TimelineEvent[] = sortChronologically(
    eventEntries.map((entry) => ({
      id: entry.id,
      url: routes.event(entry.id),
      data: typesetEvent(entry.data),
      entry,
      articles: articles.filter((a) => a.day === entry.data.date),
      afterLead: lead ? isAfter(entry.data.date, lead.day) : false,
      terms: entry.data.terms.map((id) => termById.get(id)!),
    })),
    eventDate,
  );
  const eventById = new Map(events.map((e) => [e.id, e]));
  for (const event of events) for (const term of event.terms) term.events.push(event);
  for (const article of articles) {
    article.events = sortChronologically(article.data.events.map((id) => eventById.get(id)!), eventDate);
  }

  const articleById = new Map(articles.map((a) => [a.id, a]));
  const lookup = <T>(map: Map<string, T>, kind: string) => (id: string) => {
    const found = map.get(id);
    if (!found) throw new Error(`No ${kind} with id \`${id}\`.`);
    return found;
  };
  return {
    articles,
    lead,
    events,
    terms,
    article: lookup(articleById, 'article'),
    event: lookup(eventById, 'timeline event'),
    term: lookup(termById, 'glossary term'),
  };
}

/** An article's pull quotes, with the addresses of their pages and of their places in the article. */
function quotesOf(entry: CollectionEntry<'articles'>): PullQuote[] {
  return findPullQuotes(entry.body ?? '').map((quote) => ({
    ...quote,
    url: routes.quote(entry.id, quote.n),
    inContext: routes.quoteInContext(entry.id, quote.n),
  }));
}

/** Fails the build with every broken reference at once. `npm run build` checks these before Astro starts; this covers `npm run dev`. */
function assertReferences(
  articles: CollectionEntry<'articles'>[],
  events: CollectionEntry<'timeline'>[],
  terms: CollectionEntry<'glossary'>[],
): void {
  const file = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;
  const checked: CheckedEntry[] = [
    ...articles.map((e): CheckedEntry => ({ collection: 'articles', id: e.id, file: file(e), data: e.data })),
    ...events.map((e): CheckedEntry => ({ collection: 'timeline', id: e.id, file: file(e), data: e.data })),
    ...terms.map((e): CheckedEntry => ({ collection: 'glossary', id: e.id, file: file(e), data: e.data })),
  ];
  const problems = checkCrossReferences(checked, { production });
  if (problems.length) {
    throw new AstroError(formatReport(problems), 'Fix the entries listed above; each message says how.');
  }
}

let site: Promise<Site> | undefined;

/** The whole site's content, loaded and checked once per build. */
export function getSite(): Promise<Site> {
  // In dev, content changes between requests, so only a build may keep the result.
  if (!production) return loadSite();
  site ??= loadSite();
  return site;
}

/** The compiled MDX body of an article, event or term, ready to place in a page. */
export async function renderBody(item: Article | TimelineEvent | GlossaryTerm) {
  return render(item.entry);
}

/** The glossary ids an entry's body links (automatically or with `<Term>`), in reading order. */
async function linkedTermIds(item: Article | TimelineEvent | GlossaryTerm): Promise<string[]> {
  return readMentions((await renderBody(item)).remarkPluginFrontmatter).map((mention) => mention.id);
}

/** The glossary terms linked in the bodies of `items`, each once, in reading order: the definitions a page holds. */
export async function linkedTerms(items: readonly (Article | TimelineEvent | GlossaryTerm)[]): Promise<GlossaryTerm[]> {
  const site = await getSite();
  const ids = new Set((await Promise.all(items.map(linkedTermIds))).flat());
  return [...ids].flatMap((id) => site.terms.find((term) => term.id === id) ?? []);
}

/** Where a glossary term is used: the backlinks on its page. */
export interface TermUses {
  /** Articles whose text links the term, newest first. */
  articles: Article[];
  /** Events that link the term in their text or list it in `terms`, oldest first. */
  events: TimelineEvent[];
}

/** Term id → where it is used, from the terms the glossary plugin linked in each body. */
async function loadTermUses(): Promise<Map<string, TermUses>> {
  const site = await getSite();
  const linkedIn = async (item: Article | TimelineEvent) => new Set(await linkedTermIds(item));
  const articleLinks = await Promise.all(site.articles.map(linkedIn));
  const eventLinks = await Promise.all(site.events.map(linkedIn));
  return new Map(
    site.terms.map((term) => [
      term.id,
      {
        articles: site.articles.filter((_, i) => articleLinks[i]!.has(term.id)),
        events: site.events.filter((event, i) => eventLinks[i]!.has(term.id) || event.data.terms.includes(term.id)),
      },
    ]),
  );
}

let termUses: Promise<Map<string, TermUses>> | undefined;

/** Where `term` is used, across all articles and events (computed once per build). */
export async function getTermUses(term: GlossaryTerm): Promise<TermUses> {
  const uses = production ? (termUses ??= loadTermUses()) : loadTermUses();
  return (await uses).get(term.id) ?? { articles: [], events: [] };
}

