/**
 * The site as plain data: what assembleSite() (assemble.ts) returns, and what the pages, the
 * share cards and `npm run build` all read. Nothing here knows Astro; an entry is its collection,
 * id, file, frontmatter and body, however it was read.
 */
import type { PageCard } from '../../cards/list.ts';
import type { GroupLink, ListPage } from '../paging.ts';
import type { ArticleData, GlossaryTermData, PlaceData, TimelineEventData } from '../../schemas/index.ts';
import type { Category } from '../constants.ts';

interface EntryFields {
  id: string;
  /** The file, as writers see it: `content/glossary/map.mdx`. */
  file: string;
  /** The MDX body; absent or empty when the entry has none. */
  body?: string | undefined;
}

/** One validated entry, as the validator (`npm run build`) or Astro's content layer (the pages) read it. */
export type SiteEntry =
  | (EntryFields & { collection: 'articles'; data: ArticleData })
  | (EntryFields & { collection: 'timeline'; data: TimelineEventData })
  | (EntryFields & { collection: 'glossary'; data: GlossaryTermData })
  | (EntryFields & { collection: 'places'; data: PlaceData });

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

interface ItemFields {
  id: string;
  /** The entry's page. */
  url: string;
  file: string;
  body: string;
}

/** An article, typeset, with what it links to. */
export interface Article extends ItemFields {
  data: ArticleData;
  /** `YYYY-MM-DD` of publication, for comparing with event dates. */
  day: string;
  /** The background events the article names in `events`, oldest first. */
  events: TimelineEvent[];
  /** Its `<PullQuote>`s, in order; each has a page of its own. */
  quotes: PullQuote[];
  /** The places it lists in `places`, in the order given: its locator map. */
  places: Place[];
}

/** A timeline event, typeset, with what it links to. */
export interface TimelineEvent extends ItemFields {
  data: TimelineEventData;
  /** The body as one line of plain text: the feed's description, the card's summary, the JSON-LD's. */
  summary: string;
  /** Articles published on this event's date ("this article" marks). */
  articles: Article[];
  /** True for events after the lead article: the epilogue. */
  afterLead: boolean;
  /** The glossary terms it lists in `terms`. */
  terms: GlossaryTerm[];
  /** The places it lists in `places`, in the order given. */
  places: Place[];
}

/** A glossary term, typeset, with what it links to. */
export interface GlossaryTerm extends ItemFields {
  data: GlossaryTermData;
  related: GlossaryTerm[];
  /** Events that list this term in `terms`. */
  events: TimelineEvent[];
}

/** A place of the gazetteer, with what names it. */
export interface Place extends ItemFields {
  data: PlaceData;
  /** The body as one line of plain text: the card's and the JSON-LD's description. */
  summary: string;
  /** Events that list it in `places`, oldest first. */
  events: TimelineEvent[];
  /** Articles that list it in `places`, newest first. */
  articles: Article[];
}

/** An entry of any collection, as the site shows it. */
export type SiteItem = Article | TimelineEvent | GlossaryTerm | Place;

/** One page of a list (the timeline, a category of it, the glossary) and the way to its other pages. */
export interface ListView<T> {
  page: ListPage<T>;
  /** The list's groups (years, letters) with their pages; empty when the list is one page. */
  groups: GroupLink[];
}

/** One page of the site, with what it shows. Every page but the 404 is one of these. */
export type SitePage =
  | { kind: 'front'; path: string }
  | { kind: 'article'; path: string; article: Article }
  | { kind: 'quote'; path: string; article: Article; quote: PullQuote }
  | { kind: 'timeline'; path: string; list: ListView<TimelineEvent> }
  | { kind: 'category'; path: string; category: Category; list: ListView<TimelineEvent> }
  | { kind: 'event'; path: string; event: TimelineEvent }
  | { kind: 'glossary'; path: string; list: ListView<GlossaryTerm> }
  | { kind: 'term'; path: string; term: GlossaryTerm }
  | { kind: 'places'; path: string }
  | { kind: 'place'; path: string; place: Place }
  | { kind: 'search'; path: string }
  | { kind: 'corrections'; path: string };

/** The content of the site in site order, and its pages: what the share cards are listed from. */
export interface SiteContent {
  /** Newest first. */
  articles: Article[];
  /** The article the explainer is built around: the newest published one. */
  lead: Article | undefined;
  /** Oldest first. */
  events: TimelineEvent[];
  /** The events after the lead article, oldest first: the timeline's "after the article" part. */
  epilogue: TimelineEvent[];
  /** A–Z. */
  terms: GlossaryTerm[];
  /** A–Z by name. */
  places: Place[];
  /** Every page, in a stable order: the front, articles and their quotes, the timeline, the glossary, the places, search, corrections. */
  pages: SitePage[];
}

/** The whole site: its content, its pages, each page's share card, and lookups by id. */
export interface SiteModel extends SiteContent {
  /** One card per page, in page order. */
  cards: PageCard[];
  article(id: string): Article;
  event(id: string): TimelineEvent;
  term(id: string): GlossaryTerm;
  /** The shown glossary term with `id`, or undefined (a lookup, so pages never scan the whole glossary). */
  findTerm(id: string): GlossaryTerm | undefined;
  /** The events just before and after `event` in site order. */
  neighbours(event: TimelineEvent): { previous: TimelineEvent | undefined; next: TimelineEvent | undefined };
  place(id: string): Place;
  /** The card of the page at `path`, or undefined for a page without one (the 404 page). */
  card(path: string): PageCard | undefined;
}
