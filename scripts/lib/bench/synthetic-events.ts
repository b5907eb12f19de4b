/** Synthetic timeline events: dated file names, categories, term and place references, valid per TimelineEventSchema. */
import { slugify } from '../../../src/lib/content/entry-id.ts';
import { CATEGORIES } from '../../../src/lib/constants.ts';
import type { Random } from './random.ts';
import { mentionOf, type TermSeed } from './synthetic-terms.ts';
import type { PlaceSeed } from './synthetic-places.ts';
import { inventName, inventSentence } from './words.ts';

/** Events fall between 1 January 2000 and the end of 2020, before every synthetic article. */
const FIRST_DAY = Date.UTC(2000, 0, 1);
const SPAN_DAYS = 21 * 365;
/** Every fifteenth event is known only to the month (`2014-08`), as some real ones are. */
const MONTH_ONLY_EVERY = 15;

/** `YYYY-MM-DD` of the day `offset` days after `from` (a UTC timestamp). */
export function dayAfter(from: number, offset: number): string {
  return new Date(from + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The frontmatter and body of `count` events, oldest first, with unique date-prefixed ids. */
export function inventEvents(random: Random, count: number, terms: readonly TermSeed[], places: readonly PlaceSeed[] = []) {
  const offsets = Array.from({ length: count }, () => random.int(0, SPAN_DAYS)).sort((a, b) => a - b);
  const ids = new Set<string>();
  return offsets.map((offset, index) => {
    const day = dayAfter(FIRST_DAY, offset);
    const date = index % MONTH_ONLY_EVERY === MONTH_ONLY_EVERY - 1 ? day.slice(0, 7) : day;
    let title: string;
    let id: string;
    do {
      title = inventSentence(random, 3, 6).slice(0, -1);
      id = `${date}-${slugify(title)}`;
    } while (ids.has(id));
    ids.add(id);
    const end = date.length === 10 && random.chance(0.1) ? dayAfter(Date.parse(date), random.int(1, 6)) : undefined;
    const eventTerms = random.sample(terms, random.int(0, 3));
    // Each value names a place of the set, as the validator requires, so every such event gets a map.
    const eventPlaces = random.sample(places, random.int(0, 2)).map((place) => place.name);
    const data = {
      date,
      ...(end ? { end } : {}),
      title,
      category: random.pick(CATEGORIES),
      ...(eventPlaces.length ? { places: eventPlaces } : {}),
      ...(eventTerms.length ? { terms: eventTerms.map((t) => t.id) } : {}),
      sources: [{ name: inventName(random), url: `https://example.org/timeline/${id}` }],
    };
    const mentions = eventTerms.slice(0, 2).map((t) => mentionOf(random, t));
    const body = Array.from({ length: random.int(3, 6) }, (_, i) => inventSentence(random, 8, 16, i < mentions.length ? [mentions[i]!] : [])).join(' ');
    return { id, path: `timeline/${id}.mdx`, data, body };
  });
}
