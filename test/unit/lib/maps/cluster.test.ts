/** Grouping places into maps that stay readable. */
import { expect, test } from 'vitest';
import { clusterPlaces } from '../../../../src/lib/maps/cluster.ts';
import { drawMap } from '../../../../src/lib/maps/draw.ts';
import type { MapPlace } from '../../../../src/lib/maps/types.ts';
import { loadBasemap } from '../../../../src/node/basemap.ts';
import { ALL_PLACES, AVDIIVKA, BRUSSELS, DONETSK, KYIV, LUHANSK, MOSCOW, WASHINGTON, ZOLOTE } from './places.ts';

const ids = (groups: MapPlace[][]) => groups.map((group) => group.map((place) => place.id));

test.each<[string, MapPlace[], number, string[][]]>([
  ['one place', [KYIV], 1000, [['kyiv']]],
  ['Europe and North America, at 2,000 km', [WASHINGTON, KYIV, BRUSSELS, MOSCOW, DONETSK], 2000, [['kyiv', 'brussels', 'moscow', 'donetsk'], ['washington']]],
  ['the Donbas apart, at 150 km', [KYIV, AVDIIVKA, DONETSK, ZOLOTE, LUHANSK, MOSCOW], 150, [['avdiivka', 'donetsk', 'zolote', 'luhansk'], ['kyiv'], ['moscow']]],
  ['a chain: each within reach of the next', [AVDIIVKA, ZOLOTE, LUHANSK], 90, [['avdiivka', 'zolote', 'luhansk']]],
])('%s', (_name, places, km, expected) => {
  expect(ids(clusterPlaces(places, km))).toEqual(expected);
});

test('each group of the overview’s places is a map where every place is named', () => {
  const basemap = loadBasemap();
  for (const group of clusterPlaces(ALL_PLACES, 1500)) {
    const map = drawMap(basemap, { kind: 'overview', places: group });
    expect(map.places.filter((place) => !place.labelled).map((place) => place.id)).toEqual([]);
  }
});
