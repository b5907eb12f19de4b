/**
 * GeoNames records as the proposal for a new place: `npm run new -- place "<name>"` looks the name
 * up, and the writer checks what comes back before publishing. The data itself is read by
 * src/node/gazetteer.ts; everything here is pure.
 */
import { distance } from 'fastest-levenshtein';
import { slugify } from '../content/entry-id.ts';
import { roundDegrees } from '../../schemas/coordinates.ts';
import type { PlaceKind } from '../../schemas/place-kinds.ts';
import { placeKey } from '../../schemas/place-names.ts';

/** One populated place from GeoNames. */
export interface GeoNamesPlace {
  /** The GeoNames id: its page is `https://www.geonames.org/<id>`. */
  id: number;
  /** GeoNames' English transliteration: `Avdiyivka`, `Kramators’k`. */
  name: string;
  /** Other names GeoNames records, if any. */
  altNames: readonly string[];
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** GeoNames feature code: `PPLC` a capital, `PPLA` the seat of a region, `PPL` any other place. */
  featureCode: string;
  /** 0 when GeoNames does not know it. */
  population: number;
  lat: number;
  lon: number;
}

/** The page of a GeoNames record, which the entry cites for its coordinates. */
export function geonamesUrl(id: number): string {
  return `https://www.geonames.org/${id}`;
}

/** A kind proposed from GeoNames, with the reason the writer should check. */
export interface ProposedKind {
  kind: PlaceKind;
  reason: string;
}

const POPULATION = new Intl.NumberFormat('en-GB');

/** City from 100,000 people or for a capital, town from 10,000, village below; the seat of a region when the population is unknown. */
export function kindFromGeoNames(place: Pick<GeoNamesPlace, 'featureCode' | 'population'>): ProposedKind {
  const people = place.population;
  if (place.featureCode === 'PPLC') return { kind: 'city', reason: 'GeoNames lists it as a national capital' };
  if (people > 0) {
    const kind = people >= 100_000 ? 'city' : people >= 10_000 ? 'town' : 'village';
    return { kind, reason: `GeoNames gives a population of ${POPULATION.format(people)}` };
  }
  const kind = place.featureCode === 'PPLA' ? 'city' : place.featureCode === 'PPLA2' ? 'town' : 'village';
  return { kind, reason: 'GeoNames does not know its population' };
}

/** The entry `npm run new -- place` proposes: the writer's spelling, GeoNames' point and page. */
export interface PlaceProposal {
  id: string;
  name: string;
  aliases: string[];
  lat: number;
  lon: number;
  kind: ProposedKind;
  country: string;
  source: { name: string; url: string; note: string };
}

/**
 * The proposal for a place the writer called `name`, from its GeoNames record. GeoNames' own
 * spelling becomes an alias when it differs (`Avdiyivka` for `Avdiivka`), so both resolve.
 */
export function proposePlace(name: string, place: GeoNamesPlace): PlaceProposal {
  const spelling = name.trim();
  const aliases = placeKey(place.name) === placeKey(spelling) ? [] : [place.name];
  return {
    id: slugify(spelling),
    name: spelling,
    aliases,
    lat: roundDegrees(place.lat),
    lon: roundDegrees(place.lon),
    kind: kindFromGeoNames(place),
    country: place.country,
    source: { name: 'GeoNames', url: geonamesUrl(place.id), note: 'coordinates' },
  };
}

/** The places in `records` that `query` may mean, best first: same name first, then near spellings; larger places first. */
export function findGeoNames(query: string, records: readonly GeoNamesPlace[], limit = 5): GeoNamesPlace[] {
  const wanted = placeKey(query);
  if (!wanted) return [];
  const keysOf = (place: GeoNamesPlace) => [place.name, ...place.altNames].map(placeKey);
  const byPopulation = (a: GeoNamesPlace, b: GeoNamesPlace) => b.population - a.population || a.id - b.id;
  const exact = records.filter((place) => keysOf(place).includes(wanted)).sort(byPopulation);
  if (exact.length) return exact.slice(0, limit);
  // A transliteration differs by a letter or two (Avdiivka, Avdiyivka); allow about one in four.
  const allowed = Math.max(1, Math.floor(wanted.length / 4));
  const near = records.flatMap((place) => {
    const score = Math.min(...keysOf(place).map((key) => (Math.abs(key.length - wanted.length) > allowed ? Infinity : distance(key, wanted))));
    return score <= allowed ? [{ place, score }] : [];
  });
  return near
    .sort((a, b) => a.score - b.score || byPopulation(a.place, b.place))
    .slice(0, limit)
    .map(({ place }) => place);
}
