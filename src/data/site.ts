/**
 * The only code that reads the content collections. It checks the references between entries (an
 * unknown id fails the build, naming every bad entry), hands the entries to the one assembler
 * (src/lib/site/assemble.ts), and gives the pages its plain, typed objects and their compiled bodies.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { checkCrossReferences } from '../lib/content/cross-references.ts';
import { placeContentProblems } from '../lib/places/content-check.ts';
import { formatReport } from '../lib/content/problems.ts';
import { showDrafts, type DraftPolicy } from '../lib/drafts.ts';
import { readMentions } from '../lib/glossary/term-markup.ts';
import { assembleSite } from '../lib/site/assemble.ts';
import type { GlossaryTerm, SiteEntry, SiteItem, SiteModel } from '../lib/site/model.ts';
import { findTermUses, termsNamed, type TermUses } from '../lib/site/term-uses.ts';

export type { Article, GlossaryTerm, Place, PullQuote, SiteItem, SiteModel as Site, TimelineEvent } from '../lib/site/model.ts';
export type { TermUses } from '../lib/site/term-uses.ts';
export { eventDate } from '../lib/site/assemble.ts';

type AnyEntry = CollectionEntry<'articles'> | CollectionEntry<'timeline'> | CollectionEntry<'glossary'> | CollectionEntry<'places'>;

/** Drafts show in `astro dev` only, by the one draft policy; src/integrations/astro-command.ts says which command this is. */
const policy: DraftPolicy = { showDrafts: showDrafts(import.meta.env.ASTRO_COMMAND) };

/** Each shown item's collection entry, which Astro needs to render its body. */
const entryOf = new WeakMap<SiteItem, AnyEntry>();

async function loadSite(): Promise<SiteModel> {
  const collections = await Promise.all([getCollection('articles'), getCollection('timeline'), getCollection('glossary'), getCollection('places')]);
  const read = collections.flat();
  const entries = read.map(siteEntry);
  assertReferences(entries);
  const site = assembleSite(entries, policy);
  const byKey = new Map(read.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  const remember = (collection: AnyEntry['collection'], items: readonly SiteItem[]) => {
    for (const item of items) entryOf.set(item, byKey.get(`${collection}/${item.id}`)!);
  };
  remember('articles', site.articles);
  remember('timeline', site.events);
  remember('glossary', site.terms);
  remember('places', site.places);
  return site;
}

/** A collection entry as the assembler takes it. */
function siteEntry(entry: AnyEntry): SiteEntry {
  return { collection: entry.collection, id: entry.id, file: entry.filePath ?? entry.id, data: entry.data, body: entry.body } as SiteEntry;
}

/** Fails the build with every broken reference at once. `npm run build` checks these before Astro starts; this covers `npm run dev`. */
function assertReferences(entries: readonly SiteEntry[]): void {
  // The points are checked against their countries by `npm run build` and `npm run validate`, which read the map data.
  const problems = [...checkCrossReferences(entries, policy), ...placeContentProblems(entries, policy)];
  if (problems.length) {
    throw new AstroError(formatReport(problems), 'Fix the entries listed above; each message says how.');
  }
}

let site: Promise<SiteModel> | undefined;

/** The whole site, loaded and checked once per build. */
export function getSite(): Promise<SiteModel> {
  // In dev, content changes between requests, so only a build may keep the result.
  if (policy.showDrafts) return loadSite();
  site ??= loadSite();
  return site;
}

/** The compiled MDX body of an article, event or term, ready to place in a page. */
export async function renderBody(item: SiteItem) {
  const entry = entryOf.get(item);
  if (!entry) throw new Error(`${item.url} is not an entry of the site as loaded; get it from getSite().`);
  return render(entry);
}

/** The glossary ids an entry's body links (automatically or with `<Term>`), in reading order. */
async function linkedTermIds(item: SiteItem): Promise<string[]> {
  return readMentions((await renderBody(item)).remarkPluginFrontmatter).map((mention) => mention.id);
}

/** The glossary terms linked in the bodies of `items`, each once, in reading order: the definitions a page holds. */
export async function linkedTerms(items: readonly SiteItem[]): Promise<GlossaryTerm[]> {
  return termsNamed(await getSite(), (await Promise.all(items.map(linkedTermIds))).flat());
}

/** Term id → where it is used, from the terms the glossary plugin linked in each body. */
async function loadTermUses(): Promise<Map<string, TermUses>> {
  const site = await getSite();
  const items = [...site.articles, ...site.events];
  const linked = await Promise.all(items.map(async (item) => [item.url, await linkedTermIds(item)] as const));
  return findTermUses(site, new Map(linked));
}

let termUses: Promise<Map<string, TermUses>> | undefined;

/** Where `term` is used, across all articles and events (computed once per build). */
export async function getTermUses(term: GlossaryTerm): Promise<TermUses> {
  const uses = policy.showDrafts ? loadTermUses() : (termUses ??= loadTermUses());
  return (await uses).get(term.id) ?? { articles: [], events: [] };
}
