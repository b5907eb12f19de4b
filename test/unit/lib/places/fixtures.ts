/** A small gazetteer shared by the place tests: the spellings that matter, not the coordinates. */
import type { PlaceEntry } from '../../../../src/lib/places/gazetteer.ts';

/** A place entry as the validator would hand it over. */
export function placeEntry(id: string, name: string, aliases: string[] = [], draft?: boolean): PlaceEntry {
  return { id, file: `content/places/${id}.mdx`, data: { name, aliases, draft }, lineOf: (path) => (path[0] === 'aliases' ? 3 : 2) };
}

export const PLACES = [
  placeEntry('kyiv', 'Kyiv', ['Kiev']),
  placeEntry('luhansk', 'Luhansk', ['Lugansk']),
  placeEntry('luhansk-oblast', 'Luhansk Oblast', ['Lugansk region']),
  placeEntry('donetsk', 'Donetsk'),
  placeEntry('donetsk-oblast', 'Donetsk Oblast'),
  placeEntry('donetsk-airport', 'Donetsk airport', ['Donetsk International Airport']),
  placeEntry('benouville', 'Bénouville'),
  placeEntry('kramatorsk', 'Kramatorsk'),
  placeEntry('washington', 'Washington', ['Washington, D.C.']),
  placeEntry('zolote', 'Zolote', ['Zolote-4']),
];
