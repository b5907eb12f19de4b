/**
 * Links that depend on rendered bodies: which glossary terms each entry's text links is known only
 * once the glossary plugin has run over it, so the caller renders the bodies and passes the
 * mentions in (src/data/ reads them from Astro's render()).
 */
import type { Article, GlossaryTerm, SiteContent, SiteModel, TimelineEvent } from './model.ts';

/** The glossary ids each entry's body links, by the entry's page (`/timeline/<id>/`). */
export type LinkedTerms = ReadonlyMap<string, readonly string[]>;

/** Where a glossary term is used: the backlinks on its page. */
export interface TermUses {
  /** Articles whose text links the term, newest first. */
  articles: Article[];
  /** Events that link the term in their text or list it in `terms`, oldest first. */
  events: TimelineEvent[];
}

/** Term id → where it is used, from the terms each article's and event's body links. Linear in the links, not terms × entries. */
export function findTermUses(site: SiteContent, linked: LinkedTerms): Map<string, TermUses> {
  const uses = new Map(site.terms.map((term): [string, TermUses] => [term.id, { articles: [], events: [] }]));
  // Each entry once per term, however often it names it; in site order, as the entries are walked in it.
  for (const article of site.articles) for (const id of new Set(linked.get(article.url))) uses.get(id)?.articles.push(article);
  for (const event of site.events) {
    for (const id of new Set([...(linked.get(event.url) ?? []), ...event.data.terms])) uses.get(id)?.events.push(event);
  }
  return uses;
}

/** The shown terms that `ids` name, each once, in the order first named: the definitions a page holds. */
export function termsNamed(site: Pick<SiteModel, 'findTerm'>, ids: Iterable<string>): GlossaryTerm[] {
  return [...new Set(ids)].flatMap((id) => site.findTerm(id) ?? []);
}
