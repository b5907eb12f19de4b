/**
 * Synthetic places: invented town names with points in a box well inside Ukraine's borders, so
 * the validator's country check passes and every map has a real coast and border around it.
 */
import { slugify } from '../../../src/lib/content/entry-id.ts';
import type { Random } from './random.ts';
import { capitalise, inventSentence, inventWord } from './words.ts';

/** A box inside Ukraine on the map: clear of Moldova, Belarus and Russia by tens of kilometres. */
const BOX = { lat: [48.3, 50.0], lon: [28.5, 35.5] } as const;

/** One place per this many entries: 1000 entries → 50 places. */
export const ENTRIES_PER_PLACE = 20;

/** A place to generate: its id and name, which events list. */
export interface PlaceSeed {
  id: string;
  name: string;
}

/** `count` places with unique names and ids, and their entries. */
export function inventPlaces(random: Random, count: number) {
  const ids = new Set<string>();
  return Array.from({ length: count }, () => {
    let name: string;
    let id: string;
    do {
      name = capitalise(inventWord(random, random.int(2, 3)));
      id = slugify(name);
    } while (ids.has(id));
    ids.add(id);
    const lat = Math.round((BOX.lat[0] + random.next() * (BOX.lat[1] - BOX.lat[0])) * 1e4) / 1e4;
    const lon = Math.round((BOX.lon[0] + random.next() * (BOX.lon[1] - BOX.lon[0])) * 1e4) / 1e4;
    const data = { name, lat, lon, kind: 'town', country: 'UA', sources: [{ name: 'GeoNames', url: `https://example.org/places/${id}` }] };
    return { id, name, path: `places/${id}.mdx`, data, body: inventSentence(random, 8, 14) };
  });
}
