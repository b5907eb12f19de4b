/** `npm run new`: what a writer asked for, turned into a path and the text of a new draft entry. */
import { isCalendarDate, notACalendarDate } from '../../../src/schemas/shared.ts';
import { didYouMean } from '../../../src/schemas/suggest.ts';
import { CATEGORIES, COLLECTIONS, type Category, type CollectionName } from '../../../src/lib/constants.ts';
import { ScaffoldError, slugFor } from './names.ts';
import { articleTemplate, eventTemplate, termTemplate } from './templates.ts';
import { placeTemplate } from './place.ts';
import type { GeoNamesPlace, PlaceProposal } from '../../../src/lib/places/geonames.ts';

export { findNameOwner, nextFreeName, ScaffoldError, type NamedTerm } from './names.ts';
export { addCorrectionStub, CORRECTION_STUB, type CorrectedText } from './correction.ts';
export { findEntry, type EntryFile } from './find-entry.ts';

/** What the writer typed after `npm run new --`. */
export interface NewEntryRequest {
  positionals: readonly string[];
  slug?: string | undefined;
  category?: string | undefined;
}

/** A planned entry: its collection directory, file name and text. */
export interface PlannedEntry {
  collection: CollectionName;
  /** Directory under the content root: `glossary`. */
  dir: string;
  fileName: string;
  text: string;
  /** What to call it in messages: `glossary term`. */
  label: string;
  /** The term, headline, event title or place name the writer gave. */
  title: string;
  /** For a place: what GeoNames proposed, if anything (the file holds it, marked for checking). */
  proposal?: PlaceProposal | undefined;
}

/** Looks a place name up in GeoNames (src/node/gazetteer.ts in the command; a table in tests). */
export type PlaceLookup = (name: string) => { proposal?: PlaceProposal; others: GeoNamesPlace[] };

/** How to call the command; printed with every usage error. */
export const USAGE = [
  'npm run new -- term "<Term>"                  a glossary term: content/glossary/<slug>.mdx',
  'npm run new -- event <YYYY-MM-DD> "<title>"   a timeline event: content/timeline/<date>-<slug>.mdx',
  'npm run new -- article "<title>"              an article: content/articles/<slug>.mdx',
  'npm run new -- place "<name>"                 a place, its point proposed from GeoNames: content/places/<slug>.mdx',
  'npm run new -- correction <file or id>        a dated correction in an existing entry',
  'Options: --slug <file-name> to choose the file name; --category <category> for an event.',
].join('\n');

const KINDS = { term: 'glossary', glossary: 'glossary', event: 'timeline', timeline: 'timeline', article: 'articles', articles: 'articles', place: 'places', places: 'places' } as const;

/** The word that asks for a correction instead of a new entry (`npm run new -- correction …`). */
export const CORRECTION_KIND = 'correction';

/** Plans the entry for `request`, or throws a ScaffoldError a writer can act on. */
export function planEntry(request: NewEntryRequest, now: Date, lookup?: PlaceLookup): PlannedEntry {
  const [kind, ...rest] = request.positionals;
  if (!kind) throw new ScaffoldError('Say what kind of entry to create (term, event, article or place), or `correction` to correct an entry.', USAGE);
  const collection = KINDS[kind.toLowerCase() as keyof typeof KINDS];
  if (!collection) {
    throw new ScaffoldError(`\`${kind}\` is not a kind of entry.${didYouMean(kind, [...Object.keys(KINDS), CORRECTION_KIND])}`, USAGE);
  }
  const dir = COLLECTIONS[collection].dir;
  if (collection === 'timeline') return planEvent(rest, request, dir);
  if (collection === 'places') return planPlace(rest, request, dir, lookup);
  const title = single(rest, collection === 'glossary' ? 'the term' : 'the headline');
  const slug = slugFor(request.slug ?? title);
  return collection === 'glossary'
    ? { collection, dir, fileName: `${slug}.mdx`, text: termTemplate(title), label: 'glossary term', title }
    : { collection, dir, fileName: `${slug}.mdx`, text: articleTemplate(title, now), label: 'article', title };
}

function planEvent(rest: readonly string[], request: NewEntryRequest, dir: string): PlannedEntry {
  const [date, ...titleParts] = rest;
  if (!date || !/^\d{4}-\d{2}(-\d{2})?$/.test(date)) {
    throw new ScaffoldError(
      date ? `\`${date}\` is not a date in the form YYYY-MM-DD.` : 'An event needs a date and a title.',
      'Write the date first, then the title: npm run new -- event 2021-04-06 "Zelensky calls Stoltenberg". Use YYYY-MM when only the month is known.',
    );
  }
  if (!isCalendarDate(date)) throw new ScaffoldError(notACalendarDate(date), 'Check the day and the month.');
  const title = single(titleParts, 'the title');
  const category = request.category === undefined ? undefined : checkCategory(request.category);
  const slug = slugFor(request.slug ?? title);
  return { collection: 'timeline', dir, fileName: `${date}-${slug}.mdx`, text: eventTemplate(date, title, category), label: 'timeline event', title };
}

function planPlace(rest: readonly string[], request: NewEntryRequest, dir: string, lookup: PlaceLookup | undefined): PlannedEntry {
  const name = single(rest, 'the place name');
  const found = lookup?.(name) ?? { others: [] };
  const text = placeTemplate(name, found.proposal, found.others);
  return { collection: 'places', dir, fileName: `${slugFor(request.slug ?? name)}.mdx`, text, label: 'place', title: name, proposal: found.proposal };
}

function single(parts: readonly string[], what: string): string {
  const text = parts.join(' ').trim();
  if (!text) throw new ScaffoldError(`Give ${what} in quotation marks.`, USAGE);
  return text;
}

function checkCategory(category: string): Category {
  if ((CATEGORIES as readonly string[]).includes(category)) return category as Category;
  throw new ScaffoldError(
    `\`${category}\` is not a category.${didYouMean(category, CATEGORIES)}`,
    `Use one of: ${CATEGORIES.join(', ')}.`,
  );
}
