/**
 * The kinds of place a gazetteer entry can be. The kind tells the map how to draw the place: a
 * settlement or a site is a point where it stands; an area's coordinates are a representative
 * point, so a map may label the area rather than pin it.
 */

/** How a kind of place is drawn and described. */
export interface PlaceKindInfo {
  /** The word readers see: `City`. */
  readonly label: string;
  /** What the kind covers, in the writers' words, for the guide and error messages. */
  readonly description: string;
  /** True when the place covers an area and its coordinates are a representative point. */
  readonly area: boolean;
  /** True for water, which lies between countries, so `country` may be left out. */
  readonly water: boolean;
}

/** Every kind, in the order the writers' guide lists them. */
export const PLACE_KINDS = {
  city: { label: 'City', description: 'a city, usually 100,000 people or more, or a capital', area: false, water: false },
  town: { label: 'Town', description: 'a town, usually 10,000 to 100,000 people', area: false, water: false },
  village: { label: 'Village', description: 'a village or small settlement', area: false, water: false },
  site: { label: 'Site', description: 'one spot: an airport, a building, a base, a crash site', area: false, water: false },
  region: { label: 'Region', description: 'an oblast, province or historical region', area: true, water: false },
  country: { label: 'Country', description: 'a whole country', area: true, water: false },
  peninsula: { label: 'Peninsula', description: 'a peninsula, such as Crimea', area: true, water: false },
  island: { label: 'Island', description: 'an island', area: true, water: false },
  sea: { label: 'Sea', description: 'a sea, gulf or bay', area: true, water: true },
  strait: { label: 'Strait', description: 'a strait or channel between two seas', area: true, water: true },
} as const satisfies Record<string, PlaceKindInfo>;

/** One of the kinds: `city`, `region`, `strait`… */
export type PlaceKind = keyof typeof PLACE_KINDS;

/** The kind names, for `z.enum`. */
export const PLACE_KIND_NAMES = Object.keys(PLACE_KINDS) as [PlaceKind, ...PlaceKind[]];

/** True when `value` names a kind of place. */
export function isPlaceKind(value: unknown): value is PlaceKind {
  return typeof value === 'string' && Object.hasOwn(PLACE_KINDS, value);
}

/** Words writers reach for that are not kinds, and the kind that covers them. */
const KIND_SYNONYMS: Readonly<Record<string, PlaceKind>> = {
  capital: 'city',
  metropolis: 'city',
  settlement: 'village',
  hamlet: 'village',
  'urban-type-settlement': 'town',
  oblast: 'region',
  province: 'region',
  state: 'region',
  raion: 'region',
  district: 'region',
  krai: 'region',
  republic: 'region',
  territory: 'region',
  airport: 'site',
  base: 'site',
  building: 'site',
  battlefield: 'site',
  landmark: 'site',
  gulf: 'sea',
  bay: 'sea',
  ocean: 'sea',
  channel: 'strait',
  nation: 'country',
};

/** The kind a writer most likely meant by `input` (`oblast` → `region`), if it is a known synonym. */
export function kindForSynonym(input: string): PlaceKind | undefined {
  const key = input.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const plural = key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.replace(/s$/, '');
  if (isPlaceKind(key)) return key;
  if (isPlaceKind(plural)) return plural;
  return KIND_SYNONYMS[key] ?? KIND_SYNONYMS[plural];
}
