/**
 * The maps the pages show, drawn at build time from the places' points on the basemap, which is
 * prepared once per process. The SVG comes without inline style, for the pages' CSP (embed.ts).
 */
import { countryName } from '../schemas/countries.ts';
import { PLACE_KINDS } from '../schemas/place-kinds.ts';
import { drawMap, type DrawnMap } from '../lib/maps/draw.ts';
import { forPage } from '../lib/maps/embed.ts';
import type { MapKind } from '../lib/maps/kinds.ts';
import type { MapPlace } from '../lib/maps/types.ts';
import { loadBasemap } from '../node/basemap.ts';
import type { Place } from './site.ts';


/** How to draw a page's map. */
export interface PageMapOptions {
  kind: MapKind;
  /** Unique on the page: prefixes the ids inside the SVG. */
  id: string;
  title?: string | undefined;
  /** Make each pin a link to its place's page (the overview). */
  links?: boolean;
}

/** The place as the map engine takes it. */
export function mapPlace(place: Place, links = false): MapPlace {
  return { id: place.id, name: place.data.name, lat: place.data.lat, lon: place.data.lon, area: PLACE_KINDS[place.data.kind].area, ...(links ? { href: place.url } : {}) };
}

/** The map of `places`, most important first. */
export function pageMap(places: readonly Place[], options: PageMapOptions): DrawnMap {
  const map = drawMap(loadBasemap(), { kind: options.kind, id: options.id, title: options.title, places: places.map((place) => mapPlace(place, options.links)) });
  return { ...map, svg: forPage(map.svg) };
}

/** `Town in Ukraine`, `Sea`: what a list beside a map says of each place. */
export function placeLine(place: Place): string {
  const country = place.data.country && countryName(place.data.country);
  return [PLACE_KINDS[place.data.kind].label, country && `in ${country}`].filter(Boolean).join(' ');
}
