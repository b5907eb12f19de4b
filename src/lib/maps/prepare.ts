/**
 * The basemap, prepared once per build from a Natural Earth countries topology (world-atlas):
 * borders set to the internationally recognised ones, Crimea redrawn as Ukraine's, every point
 * weighted for simplification (each map keeps what its scale can show).
 */
import type { GeometryObject, MultiPolygon, Objects, Polygon, Topology } from 'topojson-specification';
import { geoArea } from 'd3-geo';
import { feature, mergeArcs } from 'topojson-client';
import { presimplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import { redrawCrimea, UKRAINE_ID } from './crimea.ts';
import { buildShapes } from './shapes.ts';
import { displayName, MERGED_INTO } from './names.ts';
import type { Basemap, Country } from './types.ts';

type Area = Polygon | MultiPolygon;

function isArea(geometry: GeometryObject): geometry is Area {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

function nameOf(geometry: GeometryObject): string {
  const name = (geometry.properties as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : String(geometry.id ?? '');
}

/** The territories of MERGED_INTO folded into their sovereign countries, where the source has both. */
function mergeTerritories(topology: Topology, geometries: GeometryObject[]): GeometryObject[] {
  let result = geometries;
  for (const [from, into] of Object.entries(MERGED_INTO)) {
    const part = result.find((geometry) => nameOf(geometry) === from);
    const whole = result.find((geometry) => nameOf(geometry) === into);
    if (!part || !whole || !isArea(part) || !isArea(whole)) continue;
    const merged: MultiPolygon = { ...mergeArcs(topology, [whole, part]), id: whole.id, properties: whole.properties };
    result = result.flatMap((geometry) => (geometry === part ? [] : geometry === whole ? [merged] : [geometry]));
  }
  return result;
}

/** Each polygon of an area, as the arc lists of its rings. */
function polygonsOf(area: Area): number[][][] {
  return area.type === 'Polygon' ? [area.arcs] : area.arcs;
}

/** True when d3 reads the polygon as more than a hemisphere: it is wound the wrong way round. */
function isInsideOut(topology: Topology, rings: number[][]): boolean {
  const shape = feature(topology, { type: 'Polygon', arcs: rings });
  const outer = shape.geometry.coordinates[0] ?? [];
  // The cheap area first; d3's own, which decides how the polygon is drawn, only to confirm.
  return sphericalRingArea(outer as [number, number][], false) > 2 * Math.PI && geoArea(shape) > 2 * Math.PI;
}

/**
 * The area with every polygon wound the way d3 expects (clockwise outer rings). Natural Earth's
 * 1:10m Maldives is wound the other way and would otherwise cover every point on Earth.
 */
function wound(topology: Topology, area: Area): Area {
  const polygons = polygonsOf(area);
  if (!polygons.some((rings) => isInsideOut(topology, rings))) return area;
  const reversed = polygons.map((rings) => (isInsideOut(topology, rings) ? rings.map((ring) => [...ring].reverse().map((arc) => ~arc)) : rings));
  return { type: 'MultiPolygon', arcs: reversed, id: area.id, properties: area.properties };
}

/** Sorted by id, then name: some territories share their country's code, and three have none. */
function byIdThenName(a: Country, b: Country): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Prepares the basemap from a Natural Earth countries topology (world-atlas's countries-50m.json,
 * parsed). Throws when the topology is not one: no `countries`, no Ukraine or Russia, or no Crimea.
 */
export function prepareBasemap(topology: Topology): Basemap {
  const object = topology.objects['countries'];
  if (object?.type !== 'GeometryCollection') {
    throw new Error('The basemap has no `countries` collection: it must be a Natural Earth countries topology, such as world-atlas\'s countries-50m.json.');
  }
  // The properties Natural Earth gives (a name) are read with nameOf; the rest is arcs.
  const redrawn = redrawCrimea(topology, mergeTerritories(topology, object.geometries as GeometryObject[]));
  const entries = redrawn.geometries
    .filter(isArea)
    .map((area) => {
      const geometry = wound(topology, area);
      const name = nameOf(geometry);
      const country: Country = { id: geometry.id === undefined ? name : String(geometry.id), name, label: displayName(name) };
      return { country, geometry };
    })
    .sort((a, b) => byIdThenName(a.country, b.country));
  const shapes = buildShapes({
    topology: presimplify(topology as Topology<Objects>, sphericalTriangleArea),
    countries: entries.map((entry) => entry.geometry),
    crimea: redrawn.crimea,
    isthmus: redrawn.isthmus,
  });
  return {
    countries: entries.map((entry) => entry.country),
    ukraine: entries.findIndex((entry) => entry.country.id === UKRAINE_ID),
    shapes,
  };
}
