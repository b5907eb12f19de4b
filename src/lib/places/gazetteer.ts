/**
 * The gazetteer as an index: every place under its file name, its name and its aliases, compared
 * by `placeKey`, so `Kiev`, `kyiv` and `Kyïv` all find `kyiv`. Building it reports names that two
 * places claim, since a `places:` value must mean exactly one place.
 */
import { closest } from '../../schemas/suggest.ts';
import type { Problem } from '../content/problems.ts';
import { placeKey } from '../../schemas/place-names.ts';

/** The part of a place entry that resolution reads. */
export interface PlaceNames {
  name: string;
  aliases: readonly string[];
  draft?: boolean | undefined;
}

/** A place entry: its id (the file name without `.mdx`), its file and its data. */
export interface PlaceEntry<T extends PlaceNames = PlaceNames> {
  id: string;
  /** Path relative to the project root, for messages: `content/places/kyiv.mdx`. */
  file: string;
  data: T;
  /** Line of a frontmatter field, when the caller knows it. */
  lineOf?: (path: readonly PropertyKey[]) => number;
}

/** Places by key, and the spelling each key was first written in, for suggestions. */
export interface Gazetteer<T extends PlaceNames = PlaceNames> {
  readonly entries: readonly PlaceEntry<T>[];
  readonly byKey: ReadonlyMap<string, PlaceEntry<T>>;
  readonly spellings: ReadonlyMap<string, string>;
}

/** A name as one entry claims it: as its file name, its name or one of its aliases. */
interface Claim<T extends PlaceNames> {
  entry: PlaceEntry<T>;
  text: string;
  what: 'file name' | 'name' | 'alias';
  path: readonly PropertyKey[];
}

/** The index of `entries`, and a problem for every name that a second place claims. */
export function buildGazetteer<T extends PlaceNames>(entries: readonly PlaceEntry<T>[]): { gazetteer: Gazetteer<T>; problems: Problem[] } {
  const sorted = [...entries].sort((a, b) => a.file.localeCompare(b.file));
  const claims = new Map<string, Claim<T>>();
  const problems: Problem[] = [];
  // File names claim first, as they are fixed by the URL; then names; aliases last, as the likeliest to go.
  const all = [...sorted.map(idClaim), ...sorted.map(nameClaim), ...sorted.flatMap(aliasClaims)];
  for (const claim of all) {
    const key = placeKey(claim.text);
    if (!key) continue;
    const first = claims.get(key);
    if (!first) claims.set(key, claim);
    else if (first.entry !== claim.entry) problems.push(clash(claim, first));
  }
  const byKey = new Map([...claims].map(([key, claim]) => [key, claim.entry]));
  const spellings = new Map([...claims].map(([key, claim]) => [key, claim.what === 'file name' ? claim.entry.data.name : claim.text]));
  return { gazetteer: { entries: sorted, byKey, spellings }, problems };
}

function idClaim<T extends PlaceNames>(entry: PlaceEntry<T>): Claim<T> {
  return { entry, text: entry.id, what: 'file name', path: [] };
}

function nameClaim<T extends PlaceNames>(entry: PlaceEntry<T>): Claim<T> {
  return { entry, text: entry.data.name, what: 'name', path: ['name'] };
}

function aliasClaims<T extends PlaceNames>(entry: PlaceEntry<T>): Claim<T>[] {
  return entry.data.aliases.map((text, index): Claim<T> => ({ entry, text, what: 'alias', path: ['aliases', index] }));
}

function clash<T extends PlaceNames>(claim: Claim<T>, first: Claim<T>): Problem {
  const field = claim.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
  const same = first.what !== 'file name' && claim.text !== first.text ? ` (as \`${first.text}\`)` : '';
  return {
    file: claim.entry.file,
    ...(claim.entry.lineOf && claim.path.length ? { line: claim.entry.lineOf(claim.path) } : {}),
    ...(field ? { field } : {}),
    message: `\`${claim.text}\` is already the ${first.what} of ${first.entry.file}${same}.`,
    hint: `A \`places:\` value must mean one place, so remove \`${claim.text}\` from one of the two files. Case, accents and punctuation do not tell names apart.`,
  };
}

/** The place `value` names, by file name, name or alias, ignoring case, accents and punctuation. */
export function resolvePlace<T extends PlaceNames>(gazetteer: Gazetteer<T>, value: string): PlaceEntry<T> | undefined {
  return gazetteer.byKey.get(placeKey(value));
}

/** A known name close to what a writer typed, as its entry spells it, and the place it means. */
export interface PlaceSuggestion<T extends PlaceNames = PlaceNames> {
  spelling: string;
  place: PlaceEntry<T>;
}

/** The known name closest to `value`: `Kiyv` → `Kiev` (an alias of Kyiv), `Donestk` → `Donetsk`. */
export function suggestPlace<T extends PlaceNames>(gazetteer: Gazetteer<T>, value: string): PlaceSuggestion<T> | undefined {
  const key = closest(placeKey(value), gazetteer.spellings.keys());
  const spelling = key === undefined ? undefined : gazetteer.spellings.get(key);
  const place = key === undefined ? undefined : gazetteer.byKey.get(key);
  return spelling === undefined || place === undefined ? undefined : { spelling, place };
}
