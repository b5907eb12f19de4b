/**
 * Checks each place's point against its `country` on the map's own borders (Crimea in Ukraine), so
 * a swapped `lat`/`lon`, a dropped minus sign or a wrong country code fails before a map shows it.
 */
import { iso31661NumericToAlpha2 } from 'iso-3166';
import type { Problem } from '../content/problems.ts';
import { countryAt } from '../maps/locate.ts';
import type { Basemap, Country } from '../maps/types.ts';
import { countryName } from '../../schemas/countries.ts';
import { formatCoordinates } from '../../schemas/coordinates.ts';
import { PLACE_KINDS, type PlaceKind } from '../../schemas/place-kinds.ts';
import type { PlaceEntry } from './gazetteer.ts';

/** What the country check reads of a place entry. */
export interface PlacePoint {
  name: string;
  aliases: readonly string[];
  lat: number;
  lon: number;
  kind: PlaceKind;
  country?: string | undefined;
}

/**
 * A town on the coast can fall just off the map's generalised shoreline: it still counts as in
 * its country within this distance. An area's point is well inside it, so it gets no tolerance.
 */
export const COAST_TOLERANCE_KM = 10;

/** The ISO alpha-2 code of a country on the basemap, or undefined for one without a code (Kosovo, in Natural Earth). */
export function alpha2Of(country: Country): string | undefined {
  return iso31661NumericToAlpha2[country.id];
}

/** The alpha-2 codes of every country the basemap draws. */
function mappedCodes(basemap: Basemap): Set<string> {
  return new Set(basemap.countries.flatMap((country) => alpha2Of(country) ?? []));
}

/** A problem for every place whose point lies outside its `country` on `basemap`. Water, and countries too small for the map, are not checked. */
export function countryProblems(places: readonly PlaceEntry<PlacePoint>[], basemap: Basemap): Problem[] {
  const mapped = mappedCodes(basemap);
  return places.flatMap((place): Problem[] => {
    const { data } = place;
    if (data.country === undefined || PLACE_KINDS[data.kind].water || !mapped.has(data.country)) return [];
    const tolerance = PLACE_KINDS[data.kind].area ? 0 : COAST_TOLERANCE_KM;
    const found = countryAt(basemap, [data.lon, data.lat], tolerance);
    const foundCode = found && alpha2Of(found);
    if (foundCode === data.country) return [];
    const point = `\`${data.lat}, ${data.lon}\` (${formatCoordinates(data.lat, data.lon)})`;
    const expected = `\`${data.country}\` (${countryName(data.country) ?? data.country})`;
    const where = found ? `in ${found.label}` : tolerance ? `at sea, more than ${tolerance} km from any coast` : 'at sea';
    return [
      {
        file: place.file,
        ...(place.lineOf ? { line: place.lineOf(['lat']) } : {}),
        field: 'lat',
        message: `${data.name} is at ${point}, which lies ${where} on the map, but \`country\` is ${expected}.`,
        hint: [
          'Check the point against the source: `lat` is north–south, `lon` east–west, and a place west of Greenwich has a negative `lon`.',
          `If the point is right, correct \`country\`${foundCode ? ` (the map puts it in \`${foundCode}\`)` : ''}. Borders are the internationally recognised ones, so places in Crimea are \`UA\`.`,
        ].join('\n'),
      },
    ];
  });
}
