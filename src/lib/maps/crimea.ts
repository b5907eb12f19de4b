/**
 * Crimea as the internationally recognised border has it (UN General Assembly resolution 68/262):
 * Ukraine's territory, annexed by Russia in 2014. Natural Earth's countries file draws the de facto
 * line and puts the peninsula in Russia's MultiPolygon; this moves it back into Ukraine's outline
 * and keeps it as a shape of its own, for the hatch and for the dashed line across the isthmus.
 */
import { geoBounds, geoContains } from 'd3-geo';
import type { Position } from 'geojson';
import { feature, mergeArcs } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';

/** Simferopol, Crimea's capital (fact sheet §4). */
export const SIMFEROPOL: Position = [34.1, 44.95];
/** Sevastopol, on the peninsula's south-west tip (44°36′N 33°32′E). */
export const SEVASTOPOL: Position = [33.53, 44.6];

/** ISO 3166-1 numeric codes, as Natural Earth keys its countries. */
export const UKRAINE_ID = '804';
export const RUSSIA_ID = '643';

/** Where Crimea lies: a polygon reaching past this is not the peninsula alone. */
const PENINSULA = { west: 32, south: 44, east: 37, north: 46.5 } as const;

/** A country's geometry in the topology: one polygon or several. */
type Area = Polygon | MultiPolygon;

/** The countries with Crimea moved, and what the map needs to mark it. */
export interface CrimeaRedrawn {
  /** The countries, Ukraine's outline including Crimea, Russia's without it. */
  geometries: GeometryObject[];
  /** Crimea alone, for the hatch. */
  crimea: MultiPolygon;
  /** Mainland Ukraine and Crimea: the arc they share is the boundary at the isthmus. */
  isthmus: GeometryCollection;
}

/** Each polygon of an area, as the arc lists of a Polygon. */
function polygonsOf(area: Area): number[][][] {
  return area.type === 'Polygon' ? [area.arcs] : area.arcs;
}

function isArea(geometry: GeometryObject | undefined): geometry is Area {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

/** The country with ISO code `id`, or an error that says what the basemap lacks. */
function countryById(geometries: GeometryObject[], id: string, name: string): Area {
  const found = geometries.find((geometry) => String(geometry.id) === id);
  if (!isArea(found)) throw new Error(`The basemap has no ${name} (ISO 3166-1 ${id}) in its \`countries\` object: it must be a Natural Earth countries file, such as world-atlas's countries-50m.json.`);
  return found;
}

/** True when the polygon (as arcs) holds Simferopol or Sevastopol. */
function holdsCrimea(topology: Topology, arcs: number[][]): boolean {
  const shape = feature(topology, { type: 'Polygon', arcs });
  return geoContains(shape, SIMFEROPOL as [number, number]) || geoContains(shape, SEVASTOPOL as [number, number]);
}

/** Throws unless the polygons are the peninsula alone: a polygon joined to the mainland cannot be hatched on its own. */
function checkPeninsula(topology: Topology, polygons: number[][][]): void {
  if (polygons.length === 0) throw new Error('No polygon of Russia or Ukraine in the basemap holds Simferopol (44.95 N, 34.10 E): the map cannot draw Crimea.');
  const [[west, south], [east, north]] = geoBounds(feature(topology, { type: 'MultiPolygon', arcs: polygons }));
  if (west < PENINSULA.west || south < PENINSULA.south || east > PENINSULA.east || north > PENINSULA.north) {
    throw new Error(`The basemap's polygon around Simferopol reaches ${west.toFixed(1)}–${east.toFixed(1)} E, ${south.toFixed(1)}–${north.toFixed(1)} N: it is not Crimea alone, so the map cannot draw the isthmus.`);
  }
}

/**
 * Moves Crimea into Ukraine. Works whichever country the source assigns it to; the dashed line
 * comes from the arcs Crimea shares with mainland Ukraine.
 */
export function redrawCrimea(topology: Topology, geometries: GeometryObject[]): CrimeaRedrawn {
  const ukraine = countryById(geometries, UKRAINE_ID, 'Ukraine');
  const russia = countryById(geometries, RUSSIA_ID, 'Russia');
  const split = (area: Area) => {
    const polygons = polygonsOf(area);
    return { crimea: polygons.filter((arcs) => holdsCrimea(topology, arcs)), rest: polygons.filter((arcs) => !holdsCrimea(topology, arcs)) };
  };
  const fromRussia = split(russia);
  const fromUkraine = split(ukraine);
  const crimeaPolygons = [...fromRussia.crimea, ...fromUkraine.crimea];
  checkPeninsula(topology, crimeaPolygons);
  const crimea: MultiPolygon = { type: 'MultiPolygon', arcs: crimeaPolygons };
  const mainland: MultiPolygon = { type: 'MultiPolygon', arcs: fromUkraine.rest };
  // mergeArcs drops the arcs the two share, so no border is drawn through the isthmus.
  const merged = mergeArcs(topology, [mainland, crimea]);
  const newUkraine: MultiPolygon = { ...merged, id: ukraine.id, properties: ukraine.properties };
  const newRussia: MultiPolygon = { type: 'MultiPolygon', arcs: fromRussia.rest, id: russia.id, properties: russia.properties };
  const replaced = geometries.map((geometry) => (geometry === ukraine ? newUkraine : geometry === russia ? newRussia : geometry));
  return { geometries: replaced, crimea, isthmus: { type: 'GeometryCollection', geometries: [mainland, crimea] } };
}
