/**
 * Places in groups that each make a readable map. One map of places from Washington to Luhansk
 * shrinks the Donbas to a few pixels, where its pins' names cannot fit; the /places/ overview can
 * draw one map per group instead (Europe, North America; or the Donbas apart from the rest).
 */
import { geoDistance } from 'd3-geo';
import type { MapPlace } from './types.ts';

const EARTH_RADIUS_KM = 6371;

/**
 * The places in groups: two places closer than `km` share a group, and so, in a chain, do their
 * neighbours (single linkage). Groups come largest first (then in the order of their first
 * place); each keeps its places in the order given.
 */
export function clusterPlaces<P extends MapPlace>(places: readonly P[], km: number): P[][] {
  const parent = places.map((_place, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
  for (let i = 0; i < places.length; i++) {
    for (let j = i + 1; j < places.length; j++) {
      const a = places[i]!;
      const b = places[j]!;
      if (geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM <= km) parent[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
    }
  }
  const groups = new Map<number, P[]>();
  places.forEach((place, index) => groups.set(root(index), [...(groups.get(root(index)) ?? []), place]));
  return [...groups.values()].sort((a, b) => b.length - a.length || places.indexOf(a[0]!) - places.indexOf(b[0]!));
}
