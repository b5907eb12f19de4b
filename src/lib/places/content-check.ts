/**
 * The places checks of a whole content set: names two places claim and every `places:` value of a
 * published event or article (placeContentProblems, part of validateContent); and, apart, every
 * point against its country on the map (placeCountryProblems), which `npm run build` and
 * `npm run validate` run once the map data is prepared.
 */
import type { CheckedEntry } from '../content/cross-references.ts';
import type { Problem } from '../content/problems.ts';
import { isShown, type DraftPolicy } from '../drafts.ts';
import type { Basemap } from '../maps/types.ts';
import { placeKey } from '../../schemas/place-names.ts';
import type { PlaceData } from '../../schemas/place.ts';
import { checkPlaceLists, type PlaceList } from './check.ts';
import { countryProblems } from './countries.ts';
import { buildGazetteer, type PlaceEntry } from './gazetteer.ts';

/** How the places are checked. */
export interface PlaceContentOptions {
  /** As the draft policy says: when false, nothing published may name a draft place. */
  showDrafts: boolean;
  /** Ids (`places/kyiv`) of files that failed validation: values naming them are not reported again. */
  invalidIds?: ReadonlySet<string>;
}

/** The valid place entries of `entries`, as the gazetteer takes them. */
export function placeEntries(entries: readonly CheckedEntry[]): PlaceEntry<PlaceData>[] {
  return entries.flatMap((entry) =>
    entry.collection === 'places' ? [{ id: entry.id, file: entry.file, data: entry.data, ...(entry.lineOf ? { lineOf: entry.lineOf } : {}) }] : [],
  );
}

/** Every places problem in `entries`. */
export function placeContentProblems(entries: readonly CheckedEntry[], options: PlaceContentOptions): Problem[] {
  const places = placeEntries(entries);
  const { gazetteer, problems } = buildGazetteer(places);
  const invalid = options.invalidIds ?? new Set<string>();
  const lists: PlaceList[] = entries.flatMap((entry): PlaceList[] => {
    if ((entry.collection !== 'timeline' && entry.collection !== 'articles') || !isShown(entry.data, options)) return [];
    return entry.data.places.length ? [{ file: entry.file, field: 'places', values: entry.data.places, ...(entry.lineOf ? { lineOf: entry.lineOf } : {}) }] : [];
  });
  const skipUnknown = (value: string) => invalid.has(`places/${placeKey(value)}`);
  problems.push(...checkPlaceLists(lists, gazetteer, { production: !options.showDrafts, skipUnknown }));
  return problems;
}

/** Every shown place of `entries` whose point falls outside its country on `basemap` (or off the map's countries). */
export function placeCountryProblems(entries: readonly CheckedEntry[], policy: DraftPolicy, basemap: Basemap): Problem[] {
  return countryProblems(placeEntries(entries).filter((place) => isShown(place.data, policy)), basemap);
}
