/**
 * The seas a map may name. Natural Earth's countries file has no sea names, so these are placed by
 * hand: each point lies in open water, near the middle of the sea, where its name reads best. A
 * map writes a sea's name only where the name fits on water (draw.ts checks).
 */

/** A named sea. */
export interface Sea {
  name: string;
  /** Where the name is centred, [lon, lat]. */
  at: [number, number];
}

/** The seas round Ukraine and between Europe and North America. */
export const SEAS: readonly Sea[] = [
  { name: 'Black Sea', at: [34, 43.2] },
  { name: 'Sea of Azov', at: [36.6, 46.1] },
  { name: 'Caspian Sea', at: [50.6, 42.2] },
  { name: 'Baltic Sea', at: [19, 56] },
  { name: 'North Sea', at: [3.5, 56] },
  { name: 'Mediterranean Sea', at: [18, 34.5] },
  { name: 'Atlantic Ocean', at: [-40, 42] },
];
