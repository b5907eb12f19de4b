/**
 * A whole synthetic content set for one benchmark size: articles, timeline events and glossary
 * terms in the proportion 1 : 20 : 10, and places the events name (one per 20 entries), as files
 * ready to write under a content root. Pure and
 * deterministic: the same size and seed always give the same bytes.
 */
import { stringify } from 'yaml';
import type { CollectionName } from '../../../src/lib/constants.ts';
import { createRandom } from './random.ts';
import { inventArticles } from './synthetic-articles.ts';
import { inventEvents } from './synthetic-events.ts';
import { ENTRIES_PER_PLACE, inventPlaces } from './synthetic-places.ts';
import { inventTerms, termEntry } from './synthetic-terms.ts';

export interface EntryCounts {
  articles: number;
  events: number;
  terms: number;
  /** Places come on top of the entries: one per ENTRIES_PER_PLACE, at least one. */
  places: number;
}

/** One file of the set; `path` is relative to the content root (`glossary/braiva-tolen.mdx`). */
export interface GeneratedFile {
  collection: CollectionName;
  path: string;
  text: string;
}

export interface ContentSet {
  counts: EntryCounts;
  files: GeneratedFile[];
}

/** The smallest size that still has one entry of each kind. */
export const MIN_ENTRIES = 3;

/**
 * Splits `size` entries 1 : 20 : 10: articles = max(1, round(size / 31)), events = round(20 × size / 31),
 * terms = the rest, so the three always add up to `size` (1000 → 32 + 645 + 323).
 */
export function splitEntries(size: number): EntryCounts {
  if (!Number.isInteger(size) || size < MIN_ENTRIES) {
    throw new Error(`A benchmark size must be a whole number of at least ${MIN_ENTRIES} entries, not \`${size}\`.`);
  }
  const articles = Math.max(1, Math.round(size / 31));
  const events = Math.min(size - articles - 1, Math.round((20 * size) / 31));
  return { articles, events, terms: size - articles - events, places: Math.max(1, Math.round(size / ENTRIES_PER_PLACE)) };
}

/** Every file of the content set for `size` entries. */
export function generateContentSet(size: number, seed = 2021): ContentSet {
  const counts = splitEntries(size);
  const random = createRandom(seed);
  const terms = inventTerms(random, counts.terms);
  const places = inventPlaces(random, counts.places);
  const events = inventEvents(random, counts.events, terms, places);
  const articles = inventArticles(random, counts.articles, terms, events.map((e) => e.id));
  const files: GeneratedFile[] = [
    ...articles.map((a) => toFile('articles', a)),
    ...events.map((e) => toFile('timeline', e)),
    ...terms.map((t) => toFile('glossary', termEntry(random, t, terms))),
    ...places.map((p) => toFile('places', p)),
  ];
  return { counts, files };
}

function toFile(collection: CollectionName, entry: { path: string; data: object; body: string }): GeneratedFile {
  // lineWidth 0: no folded lines, so each field stays on the line the validator reports.
  return { collection, path: entry.path, text: `---\n${stringify(entry.data, { lineWidth: 0 })}---\n${entry.body}\n` };
}
