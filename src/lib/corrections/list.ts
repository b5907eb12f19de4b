/**
 * Every correction on the site as one list, newest first, for `/corrections/` and its share card.
 * Pure: it takes the published entries as the data layer (or the build's card list) holds them.
 */
import type { Correction } from '../../schemas/index.ts';
import { SEARCH_TYPES, type SearchType } from '../constants.ts';

interface Corrected {
  url: string;
  data: { corrections: readonly Correction[] };
}

/** The published entries; only their addresses, names and corrections are read. */
export interface CorrectionSource {
  articles: readonly (Corrected & { data: { title: string } })[];
  events: readonly (Corrected & { data: { title: string } })[];
  terms: readonly (Corrected & { data: { term: string } })[];
  places: readonly (Corrected & { data: { name: string } })[];
}

/** One correction, with the entry it corrects. */
export interface CorrectionItem {
  /** The day it was published, `2026-11-29`. */
  date: string;
  text: string;
  /** The kind of entry, as search labels it (`article`, `event`, `term`). */
  kind: SearchType;
  /** `Article`, `Timeline event`, `Glossary term`. */
  kindLabel: string;
  /** The entry's headline, title or term. */
  title: string;
  /** The entry's page. */
  url: string;
}

/** Every correction, newest first; on the same day by entry title, then the later-listed first. */
export function listCorrections(source: CorrectionSource): CorrectionItem[] {
  const items = [
    ...source.articles.flatMap((article) => itemsOf('article', article.data.title, article)),
    ...source.events.flatMap((event) => itemsOf('event', event.data.title, event)),
    ...source.terms.flatMap((term) => itemsOf('term', term.data.term, term)),
    ...source.places.flatMap((place) => itemsOf('place', place.data.name, place)),
  ];
  return items
    .sort((a, b) => compare(b.item.date, a.item.date) || a.item.title.localeCompare(b.item.title, 'en') || b.index - a.index)
    .map(({ item }) => item);
}

/** The number of corrections, as a phrase: `No corrections`, `1 correction`, `3 corrections`. */
export function countCorrections(n: number): string {
  if (n === 0) return 'No corrections';
  return `${n} correction${n === 1 ? '' : 's'}`;
}

/** What `/corrections/` holds, in a sentence: its description and its share card's dek. */
export function describeCorrections(n: number): string {
  if (n === 0) return 'No corrections so far. When a fact on this site is wrong, we fix it and say so here.';
  if (n === 1) return '1 correction of a fact on this site, linked to the entry it corrects.';
  return `${countCorrections(n)} of facts on this site, newest first, each linked to the entry it corrects.`;
}

function itemsOf(kind: SearchType, title: string, entry: Corrected): { item: CorrectionItem; index: number }[] {
  return entry.data.corrections.map((correction, index) => ({
    item: { date: correction.date, text: correction.text, kind, kindLabel: SEARCH_TYPES[kind].filter, title, url: entry.url },
    index,
  }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
