/**
 * Which country a point lies in, on the prepared basemap (Crimea in Ukraine). Natural Earth's
 * 1:50m coast is generalised by a kilometre or so, so a port can fall just offshore: a tolerance
 * takes the nearest country within that distance.
 */
import { geoContains, geoDistance } from 'd3-geo';
import type { Position } from 'geojson';
import { capHolds } from './caps.ts';
import type { Basemap, Country } from './types.ts';

const EARTH_RADIUS_KM = 6371;

/** The index (in Basemap.countries) of the country that holds `point`, [lon, lat]; -1 for none. */
function holder(basemap: Basemap, point: Position): number {
  return basemap.shapes.countries.findIndex((polygons) => polygons.some(({ polygon, cap }) => capHolds(cap, point) && geoContains(polygon, point as [number, number])));
}

/** The index of the country with a vertex nearest `point` within `km`; -1 for none. */
function nearest(basemap: Basemap, point: Position, km: number): number {
  const reach = km / EARTH_RADIUS_KM;
  let best = -1;
  let bestDistance = reach;
  basemap.shapes.countries.forEach((polygons, index) => {
    for (const { polygon, cap } of polygons) {
      if (!capHolds({ center: cap.center, radius: cap.radius + reach }, point)) continue;
      for (const ring of polygon.coordinates) {
        for (const vertex of ring) {
          const distance = geoDistance(point as [number, number], vertex as [number, number]);
          if (distance <= bestDistance) [best, bestDistance] = [index, distance];
        }
      }
    }
  });
  return best;
}

/**
 * The country `point` ([lon, lat]) lies in, or the nearest within `toleranceKm` of it (0: the
 * point must be inside). Undefined at sea.
 */
export function countryAt(basemap: Basemap, point: Position, toleranceKm = 0): Country | undefined {
  const index = countryIndexAt(basemap, point, toleranceKm);
  return index < 0 ? undefined : basemap.countries[index];
}

/** Answers already found, per basemap: a build asks about the same few places for every map and card. */
const answers = new WeakMap<Basemap, Map<string, number>>();

/** As countryAt, but the country's index in Basemap.countries (-1 at sea). */
export function countryIndexAt(basemap: Basemap, point: Position, toleranceKm = 0): number {
  let known = answers.get(basemap);
  if (!known) answers.set(basemap, (known = new Map()));
  const key = `${point[0]},${point[1]},${toleranceKm}`;
  let index = known.get(key);
  if (index === undefined) {
    const inside = holder(basemap, point);
    index = inside >= 0 || toleranceKm <= 0 ? inside : nearest(basemap, point, toleranceKm);
    known.set(key, index);
  }
  return index;
}
