/**
 * Every page's card, for the layout's head tags and the card endpoint. `npm run build` lists the
 * cards once, from the validated content, and hands the list over (src/build/cards/handover.ts); anything else
 * (dev, Astro-only test builds) lists them here from the collections.
 */
import { handedOverCards } from '../cards/handover.ts';
import { listCards, type PageCard } from '../cards/list.ts';
import { getSite, type Site } from './site.ts';

export type { PageCard } from '../cards/list.ts';
export { handedOverCards } from '../cards/handover.ts';

/** The card source of a loaded site. */
export function cardSourceOf(site: Site) {
  return {
    articles: site.articles,
    events: site.events.map((event) => ({ url: event.url, data: event.data, body: event.entry.body ?? '' })),
    terms: site.terms,
  };
}

let cards: Promise<Map<string, PageCard>> | undefined;

/** Every page's card by page path, built once per build (on every call in dev, where content changes). */
export function getCards(): Promise<Map<string, PageCard>> {
  const load = async () => {
    const list = handedOverCards() ?? listCards(cardSourceOf(await getSite()));
    return new Map(list.map((entry) => [entry.page, entry]));
  };
  // In dev, content changes between requests, so only a build may keep the result.
  if (import.meta.env.SHOW_DRAFTS) return load();
  cards ??= load();
  return cards;
}

/** The card for the page at `pathname`, or undefined for pages without one (the 404 page). */
export async function findCard(pathname: string): Promise<PageCard | undefined> {
  return (await getCards()).get(pathname);
}
