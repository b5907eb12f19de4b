/**
 * The basemap's shapes: countries, borders and Crimea, at full detail and each with its
 * bounding cap, built once. Every point keeps its simplification weight, so each map drops the
 * points too light to see at its own scale (simplify.ts) without rebuilding anything. Weights come
 * from the topology, so a border shared by two countries simplifies the same way on both sides and
 * no slivers open between them.
 */
import type { LineString, MultiLineString, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { capAround } from './caps.ts';
import type { CappedLine, CappedPolygon, Shapes } from './types.ts';

/** A country's geometry in the topology. */
type Area = TopoPolygon | MultiPolygon;

/** The presimplified topology and the objects the shapes are built from. */
export interface ShapeSource {
  /** The topology after presimplify: absolute coordinates, each point carrying its weight. */
  topology: Topology;
  /** The countries, in the order of Basemap.countries. */
  countries: Area[];
  crimea: MultiPolygon;
  isthmus: GeometryCollection;
}

/** The polygons of an area, each with its cap. */
function cappedPolygons(topology: Topology, object: Area): CappedPolygon[] {
  const polygons: Position[][][] = object.type === 'Polygon' ? [feature(topology, object).geometry.coordinates] : feature(topology, object).geometry.coordinates;
  return polygons.map((coordinates) => {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    return { polygon, cap: capAround(coordinates[0] ?? []) };
  });
}

/** The lines of a mesh, each with its cap. */
function cappedLines(lines: MultiLineString): CappedLine[] {
  return lines.coordinates.map((coordinates) => {
    const line: LineString = { type: 'LineString', coordinates };
    return { line, cap: capAround(coordinates) };
  });
}

/** The shapes of the basemap. */
export function buildShapes(source: ShapeSource): Shapes {
  const { topology } = source;
  const collection: GeometryCollection = { type: 'GeometryCollection', geometries: source.countries };
  return {
    countries: source.countries.map((object) => cappedPolygons(topology, object)),
    borders: cappedLines(mesh(topology, collection, (a, b) => a !== b)),
    crimea: cappedPolygons(topology, source.crimea),
    isthmus: cappedLines(mesh(topology, source.isthmus, (a, b) => a !== b)),
  };
}
