/**
 * Draws a map: fits a view to the places (view.ts), takes the basemap's shapes in view at that
 * scale (layers.ts), places the names (labelling.ts) and writes the SVG (svg.ts) with its title
 * and text alternative (alt.ts). Pure and deterministic: the same basemap and options give the
 * same bytes.
 */
import { geoContains } from 'd3-geo';
import { altText, defaultTitle } from './alt.ts';
import { KINDS, type KindPreset, type MapKind } from './kinds.ts';
import type { Box } from './labels.ts';
import { backgroundLabels, placeMapLabels, type LabelPin, type Pending } from './labelling.ts';
import { layersInView } from './layers.ts';
import { countryIndexAt } from './locate.ts';
import { inSentence } from './names.ts';
import { pathData, ringsArea, ringsBounds } from './projected.ts';
import { renderScene, sceneLayers, type MapLabel, type Scene, type SceneLayers, type ScenePaths } from './svg.ts';
import type { Basemap, MapPlace } from './types.ts';
import { fitView, type ProjectionName, type View } from './view.ts';

/** What to draw. */
export interface DrawOptions {
  /** The places to pin, most important first: earlier places choose their label's position first. */
  places: readonly MapPlace[];
  /** Where the map appears (kinds.ts); the article's locator by default. */
  kind?: MapKind | undefined;
  /** Prefixes the ids inside the SVG; give each map on a page its own. Defaults to one made from the kind and the places. */
  id?: string | undefined;
  /** The map's accessible name; defaults to the places' names. */
  title?: string | undefined;
  /** Overrides the kind's frame, in px. */
  width?: number | undefined;
  height?: number | undefined;
}

/** A place as drawn. */
export interface DrawnPlace {
  id: string;
  name: string;
  /** The pin's position, in px from the top left. */
  x: number;
  y: number;
  /** The country it lies in, as the map names it; undefined at sea. */
  country?: string | undefined;
  /** False when the map found no room for its name (the text alternative still names it). */
  labelled: boolean;
}

/** A drawn map. */
export interface DrawnMap {
  svg: string;
  /** The text alternative: every place, by country, and Crimea's status when it is in view. */
  alt: string;
  /** The accessible name. */
  title: string;
  width: number;
  height: number;
  kind: MapKind;
  projection: ProjectionName;
  places: DrawnPlace[];
  /** Every name placed, with its position: the card sets these itself (src/cards/map-inset.ts). */
  labels: MapLabel[];
  /** True when Crimea is in view (hatched, noted, and named in the text alternative). */
  crimea: boolean;
  /** The SVG's content in two layers: under the names and pins, and the rest (see SceneLayers). */
  layers: SceneLayers;
  /**
   * Names what `layers.under` draws when the view is a snapped one: maps with the same key have the
   * same layer under their pins, so the card draws it once (src/cards/map-inset.ts).
   */
  backgroundKey: string | undefined;
}

/** A port can fall just off Natural Earth's generalised coast: it still belongs to the country within this many km. */
const COAST_TOLERANCE_KM = 10;

/** Crimea is noted only when it covers at least this many square px. */
const CRIMEA_MIN_AREA = 12;

/** Throws when the places cannot be drawn: none, an id twice, or coordinates off the globe. */
export function checkPlaces(places: readonly MapPlace[]): void {
  if (places.length === 0) throw new Error('A map needs at least one place to pin.');
  const seen = new Set<string>();
  for (const place of places) {
    if (seen.has(place.id)) throw new Error(`The place \`${place.id}\` is given twice: pin each place once.`);
    seen.add(place.id);
    if (!(Number.isFinite(place.lat) && place.lat >= -90 && place.lat <= 90)) {
      throw new Error(`The place \`${place.id}\` has latitude \`${place.lat}\`: a latitude is a number from -90 (south) to 90 (north), in decimal degrees.`);
    }
    if (!(Number.isFinite(place.lon) && place.lon >= -180 && place.lon <= 180)) {
      throw new Error(`The place \`${place.id}\` has longitude \`${place.lon}\`: a longitude is a number from -180 (west) to 180 (east), in decimal degrees.`);
    }
  }
}

/** A short id made from the kind and the places (FNV-1a), so two maps on a page rarely share one. */
function defaultId(kind: MapKind, places: readonly MapPlace[]): string {
  let hash = 0x811c9dc5;
  for (const character of `${kind}:${places.map((place) => place.id).join(',')}`) {
    hash = Math.imul(hash ^ character.codePointAt(0)!, 0x01000193) >>> 0;
  }
  return `map-${hash.toString(36)}`;
}

/** The preset of `kind`, with the frame overridden where the options say. */
function presetOf(kind: MapKind, options: DrawOptions): KindPreset {
  return { ...KINDS[kind], ...(options.width ? { width: options.width } : {}), ...(options.height ? { height: options.height } : {}) };
}

/** Everything of a map but its pins and their names: drawn once per view on a snapped view. */
interface Background {
  paths: ScenePaths;
  /** Crimea's drawn bounds, when it is big enough to hatch and note. */
  crimea: Box | undefined;
  /** The names of countries and seas, not yet placed. */
  labels: Pending[];
}

/** Backgrounds of snapped views, per basemap, by kind, view and the countries holding pins. */
const backgrounds = new WeakMap<Basemap, Map<string, Background>>();

/** The background of `view`, the countries in `subjects` set apart. */
function drawBackground(basemap: Basemap, view: View, subjects: ReadonlySet<number>, preset: KindPreset): Background {
  const layers = layersInView(basemap, view, preset.pixelArea);
  const ringsOf = (subject: boolean) => [...layers.countries].filter(([index]) => subjects.has(index) === subject).flatMap(([, country]) => country.rings);
  const crimeaShown = ringsArea(layers.crimea) >= CRIMEA_MIN_AREA;
  return {
    paths: {
      land: pathData(ringsOf(false), true),
      subject: pathData(ringsOf(true), true),
      crimea: crimeaShown ? pathData(layers.crimea, true) : '',
      border: pathData(layers.borders, false),
      isthmus: crimeaShown ? pathData(layers.isthmus, false) : '',
    },
    crimea: crimeaShown ? ringsBounds(layers.crimea) : undefined,
    labels: backgroundLabels({ preset, projection: view.projection, layers, countries: basemap.countries, subjects }),
  };
}

/** A number for each basemap drawn on, so that keys made on two basemaps never meet. */
const basemapNumbers = new WeakMap<Basemap, number>();
let basemapsSeen = 0;

/**
 * What names a background: the basemap, the kind, the snapped view and the countries set apart;
 * undefined for a view that is not snapped.
 */
function backgroundKeyOf(basemap: Basemap, view: View, subjects: ReadonlySet<number>, kind: MapKind): string | undefined {
  if (view.key === undefined) return undefined;
  if (!basemapNumbers.has(basemap)) basemapNumbers.set(basemap, basemapsSeen++);
  return `${basemapNumbers.get(basemap)}|${kind}|${view.key}|${[...subjects].sort((a, b) => a - b).join(',')}`;
}

/** The background, from the cache when the view is a snapped one. */
function backgroundOf(basemap: Basemap, view: View, subjects: ReadonlySet<number>, key: string | undefined, preset: KindPreset): Background {
  if (key === undefined) return drawBackground(basemap, view, subjects, preset);
  let cache = backgrounds.get(basemap);
  if (!cache) backgrounds.set(basemap, (cache = new Map()));
  let background = cache.get(key);
  if (!background) cache.set(key, (background = drawBackground(basemap, view, subjects, preset)));
  return background;
}

/** Draws the map of `options.places` on `basemap`. */
export function drawMap(basemap: Basemap, options: DrawOptions): DrawnMap {
  const { places } = options;
  checkPlaces(places);
  const kind = options.kind ?? 'locator';
  const preset = presetOf(kind, options);
  const countryIndex = places.map((place) => countryIndexAt(basemap, [place.lon, place.lat], COAST_TOLERANCE_KM));
  const subjects = new Set(countryIndex.filter((index) => index >= 0));
  const view = fitView(
    places.map((place) => [place.lon, place.lat]),
    preset,
    preset.snap,
  );
  const backgroundKey = backgroundKeyOf(basemap, view, subjects, kind);
  const background = backgroundOf(basemap, view, subjects, backgroundKey, preset);

  const pins: LabelPin[] = places.map((place) => {
    const [x, y] = view.projection([place.lon, place.lat])!;
    const area = place.area === true;
    const inCrimea = area && background.crimea !== undefined && basemap.shapes.crimea.some(({ polygon }) => geoContains(polygon, [place.lon, place.lat]));
    return { id: place.id, name: place.name, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, area, inCrimea };
  });
  const labels = placeMapLabels(preset, pins, background.crimea, background.labels);
  const crimeaShown = background.crimea !== undefined;
  const countryOf = places.map((_place, i) => basemap.countries[countryIndex[i]!]?.label);
  const named = places.map((place, i) => ({ name: place.name, country: countryOf[i] && inSentence(countryOf[i]) }));
  const title = options.title ?? defaultTitle(named);
  const alt = altText(named, crimeaShown);
  const scene: Scene = {
    id: options.id ?? defaultId(kind, places),
    width: preset.width,
    height: preset.height,
    fontSize: preset.fontSize,
    pinRadius: preset.pin,
    card: preset.card,
    title,
    description: alt,
    paths: background.paths,
    pins: pins.map((pin, i) => ({ id: pin.id, name: pin.name, x: pin.x, y: pin.y, href: places[i]!.href, area: pin.area })),
    labels,
  };
  const layers = sceneLayers(scene);
  const labelled = new Set(labels.flatMap((label) => (label.placeId === undefined ? [] : [label.placeId])));
  return {
    svg: renderScene(scene, layers),
    alt,
    title,
    width: preset.width,
    height: preset.height,
    kind,
    projection: view.name,
    places: pins.map((pin, i) => ({ id: pin.id, name: pin.name, x: pin.x, y: pin.y, country: countryOf[i], labelled: labelled.has(pin.id) })),
    labels,
    crimea: crimeaShown,
    layers,
    backgroundKey,
  };
}
