/**
 * Simplification at draw time: a map keeps the points whose weight (see Shapes) covers at least
 * PIXEL_AREA square pixels at its scale, and drops the rings that leaves with nothing inside.
 */
import type { LineString, Polygon, Position } from 'geojson';
import { sphericalRingArea } from 'topojson-simplify';

/**
 * A point stays on the map when the triangle it forms with its neighbours covers at least this
 * many square pixels: below that the eye cannot see it go.
 */
export const PIXEL_AREA = 0.5;

/** The least weight (steradians) a point needs to be drawn at `pxPerRadian`, keeping triangles of `pixelArea` px² or more. */
export function minWeightAt(pxPerRadian: number, pixelArea = PIXEL_AREA): number {
  return pixelArea / pxPerRadian ** 2;
}

/** Rings this short are where simplification can turn an island inside out. */
const FEW_POINTS = 8;

function kept(points: Position[], minWeight: number): Position[] {
  // Arc ends weigh Infinity, so every ring stays closed; a point without a weight is always kept.
  return points.filter((point) => !((point[2] ?? Infinity) < minWeight));
}

/**
 * True when a ring still encloses something. Simplification keeps each arc's ends, so a small
 * island can shrink to two or three points, which enclose nothing.
 */
function isRing(ring: Position[]): boolean {
  if (ring.length < 4) return false;
  const [x, y] = ring[0]!;
  const other = ring.find(([lon, lat]) => lon !== x || lat !== y);
  return other !== undefined && ring.some(([lon, lat]) => (lon !== x || lat !== y) && (lon !== other[0] || lat !== other[1]));
}

/** The polygon without its light points, or undefined when nothing of it is left to see. */
export function simplifyPolygon(polygon: Polygon, minWeight: number): Polygon | undefined {
  const [outer, ...holes] = polygon.coordinates.map((ring) => kept(ring, minWeight));
  if (!outer || !isRing(outer)) return undefined;
  const simplified: Polygon = { type: 'Polygon', coordinates: [outer, ...holes.filter(isRing)] };
  // A tiny ring can come out wound the other way, and d3 would fill the whole map with it.
  if (outer.length <= FEW_POINTS && sphericalRingArea(outer as [number, number][], false) > 2 * Math.PI) return undefined;
  return simplified;
}

/** The line without its light points. */
export function simplifyLine(line: LineString, minWeight: number): LineString {
  return { type: 'LineString', coordinates: kept(line.coordinates, minWeight) };
}
