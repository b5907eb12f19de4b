/**
 * Links that depend on rendered bodies: which glossary terms each entry's text links is known only
 * once the glossary plugin has run over it, so the caller renders the bodies and passes the
 * mentions in (src/data/ reads them from Astro's render()).
 */
import type { Article, GlossaryTerm, SiteContent, SiteItem, TimelineEvent } from './model.ts';

/** The glossary ids each entry's body links, by the entry's page (`/timeline/<id>/`). */
export type LinkedTerms = ReadonlyMap<string, readonly string[]>;

/** Where a glossary term is used: the backlinks on its page. */
export interface TermUses {
  /** Articles whose text links the term, newest first. */
  articles: Article[];
  /** Events that link the term in their text or list it in `terms`, oldest first. */
  events: TimelineEvent[];
}

/** Term id → where it is used, from the terms each article's and event's body links. */
export function findTermUses(site: SiteContent, linked: LinkedTerms): Map<string, TermUses> {
  const links = (item: SiteItem) => new Set(linked.get(item.url) ?? []);
  const articleLinks = site.articles.map(links);
  const eventLinks = site.events.map(links);
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

/** The shown terms that `ids` name, each once, in the order first named: the definitions a page holds. */
export function termsNamed(site: Pick<SiteContent, 'terms'>, ids: Iterable<string>): GlossaryTerm[] {
  return [...new Set(ids)].flatMap((id) => site.terms.find((term) => term.id === id) ?? []);
}
