/**
 * A cheap first cut in longitude and latitude, before d3 projects and clips. d3's clipping walks
 * every point of a polygon with trigonometry, and Russia's outline has thousands of points on
 * the far side of the map; cutting each shape to a box a little larger than the frame first, in
 * plain arithmetic, leaves d3 only the part in view. The cut's own edges lie outside the frame,
 * where d3's exact clip removes them. Longitudes are taken relative to the map's centre, so a box
 * never has to cross the antimeridian.
 */
import type { LineString, Polygon, Position } from 'geojson';

/** A box in degrees: longitudes relative to the map's centre meridian. */
export interface GeoBox {
  /** The map's centre meridian, in degrees. */
  origin: number;
  west: number;
  south: number;
  east: number;
  north: number;
}

/** A longitude relative to `origin`, in [-180, 180). */
function relative(lon: number, origin: number): number {
  return ((((lon - origin + 180) % 360) + 360) % 360) - 180;
}

/** The ring with relative longitudes; undefined when it runs across the far meridian, where a cut is unsafe. */
function unwrapped(ring: readonly Position[], origin: number): Position[] | undefined {
  const out: Position[] = [];
  for (const point of ring) {
    const lon = relative(point[0]!, origin);
    const last = out[out.length - 1];
    if (last && Math.abs(lon - last[0]!) > 180) return undefined;
    out.push(point.length > 2 ? [lon, point[1]!, point[2]!] : [lon, point[1]!]);
  }
  return out;
}

/** Relative longitudes back to absolute ones. */
function rewrapped(ring: readonly Position[], origin: number): Position[] {
  return ring.map((point) => [relative(point[0]! + origin, 0), point[1]!]);
}

type Edge = { inside: (point: Position) => boolean; cross: (a: Position, b: Position) => Position };

/** Where the segment a–b meets the line where coordinate `axis` equals `value`. */
function crossing(a: Position, b: Position, axis: 0 | 1, value: number): Position {
  const t = (value - a[axis]!) / (b[axis]! - a[axis]!);
  return axis === 0 ? [value, a[1]! + t * (b[1]! - a[1]!)] : [a[0]! + t * (b[0]! - a[0]!), value];
}

function edgesOf(box: GeoBox): Edge[] {
  return [
    { inside: (p) => p[0]! >= box.west, cross: (a, b) => crossing(a, b, 0, box.west) },
    { inside: (p) => p[0]! <= box.east, cross: (a, b) => crossing(a, b, 0, box.east) },
    { inside: (p) => p[1]! >= box.south, cross: (a, b) => crossing(a, b, 1, box.south) },
    { inside: (p) => p[1]! <= box.north, cross: (a, b) => crossing(a, b, 1, box.north) },
  ];
}

/** Sutherland–Hodgman: the closed ring cut to the box (it may run along the box's edges, outside the frame). */
function clipRing(ring: readonly Position[], box: GeoBox): Position[] {
  let points = ring.slice(0, -1);
  for (const edge of edgesOf(box)) {
    if (points.length === 0) break;
    const input = points;
    points = [];
    let previous = input[input.length - 1]!;
    for (const current of input) {
      const inCurrent = edge.inside(current);
      if (inCurrent !== edge.inside(previous)) points.push(edge.cross(previous, current));
      if (inCurrent) points.push(current);
      previous = current;
    }
  }
  return points.length >= 3 ? [...points, points[0]!] : [];
}

/** True when the ring lies wholly inside the box: nothing to cut. */
function within(ring: readonly Position[], box: GeoBox): boolean {
  return ring.every(([lon, lat]) => lon! >= box.west && lon! <= box.east && lat! >= box.south && lat! <= box.north);
}

/** The polygon cut to the box; undefined when nothing of it is left. */
export function clipPolygon(polygon: Polygon, box: GeoBox): Polygon | undefined {
  const rings: Position[][] = [];
  for (const [index, ring] of polygon.coordinates.entries()) {
    const local = unwrapped(ring, box.origin);
    if (!local) return polygon;
    if (within(local, box)) {
      rings.push(ring);
      continue;
    }
    const cut = clipRing(local, box);
    if (cut.length === 0) {
      if (index === 0) return undefined;
      continue;
    }
    rings.push(rewrapped(cut, box.origin));
  }
  return { type: 'Polygon', coordinates: rings };
}

/** True when the segment's bounding box meets the box. */
function segmentNear(a: Position, b: Position, box: GeoBox): boolean {
  return Math.max(a[0]!, b[0]!) >= box.west && Math.min(a[0]!, b[0]!) <= box.east && Math.max(a[1]!, b[1]!) >= box.south && Math.min(a[1]!, b[1]!) <= box.north;
}

/** The runs of the line whose segments come near the box. */
export function clipLine(line: LineString, box: GeoBox): LineString[] {
  const local = unwrapped(line.coordinates, box.origin);
  if (!local) return [line];
  const runs: LineString[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 2) runs.push({ type: 'LineString', coordinates: run.map((i) => line.coordinates[i]!) });
    run = [];
  };
  for (let i = 1; i < local.length; i++) {
    if (segmentNear(local[i - 1]!, local[i]!, box)) {
      if (run.length === 0) run.push(i - 1);
      run.push(i);
    } else {
      flush();
    }
  }
  flush();
  return runs;
}
