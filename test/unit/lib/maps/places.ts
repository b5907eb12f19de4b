/**
 * Places to draw in the map tests: the fact sheet's coordinates (shared/facts.md §4) and a few
 * abroad. Crimea is an area place (labelled in place, no dot), as the article names it.
 */
import type { MapPlace } from '../../../../src/lib/maps/types.ts';

export const KYIV: MapPlace = { id: 'kyiv', name: 'Kyiv', lat: 50.45, lon: 30.52 };
export const DONETSK: MapPlace = { id: 'donetsk', name: 'Donetsk', lat: 48.0, lon: 37.81 };
export const LUHANSK: MapPlace = { id: 'luhansk', name: 'Luhansk', lat: 48.57, lon: 39.3 };
export const AVDIIVKA: MapPlace = { id: 'avdiivka', name: 'Avdiivka', lat: 48.15, lon: 37.75 };
export const ZOLOTE: MapPlace = { id: 'zolote', name: 'Zolote', lat: 48.69, lon: 38.52 };
export const SIMFEROPOL: MapPlace = { id: 'simferopol', name: 'Simferopol', lat: 44.95, lon: 34.1 };
export const SEVASTOPOL: MapPlace = { id: 'sevastopol', name: 'Sevastopol', lat: 44.6, lon: 33.53 };
export const MOSCOW: MapPlace = { id: 'moscow', name: 'Moscow', lat: 55.75, lon: 37.62 };
export const BRUSSELS: MapPlace = { id: 'brussels', name: 'Brussels', lat: 50.85, lon: 4.35 };
export const WASHINGTON: MapPlace = { id: 'washington', name: 'Washington', lat: 38.9, lon: -77.04 };
export const CRIMEA: MapPlace = { id: 'crimea', name: 'Crimea', lat: 45.3, lon: 34.4, area: true };

/** The article's six places, in the order the story names them. */
export const ARTICLE_PLACES: readonly MapPlace[] = [AVDIIVKA, DONETSK, ZOLOTE, LUHANSK, CRIMEA, KYIV];

/** Every test place, each a link to its page, as the /places/ overview draws them. */
export const ALL_PLACES: readonly MapPlace[] = [KYIV, DONETSK, LUHANSK, AVDIIVKA, ZOLOTE, SIMFEROPOL, MOSCOW, BRUSSELS, WASHINGTON].map((place) => ({
  ...place,
  href: `/places/${place.id}/`,
}));
