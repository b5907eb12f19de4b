/**
 * Bounding caps: a centre and an angular radius that hold a shape. A map skips every shape whose
 * cap misses its own before projecting a single point, which keeps a map of Ukraine from walking
 * the coast of Chile. Caps work across the antimeridian and at the poles, where boxes do not, and
 * cost a few multiplications per point (no trigonometric sums), since every level of detail
 * computes one per shape.
 */
import type { Position } from 'geojson';
import type { Cap } from './types.ts';

/**
 * Slack added when testing caps, in radians (about 110 km). Edges are great-circle arcs between
 * the vertices and can bow out past the farthest vertex; the slack covers that.
 */
const SLACK = Math.PI / 180;

const RADIANS = Math.PI / 180;

/** The unit vector of [lon, lat]. */
function vector([lon, lat]: Position): [number, number, number] {
  const λ = lon! * RADIANS;
  const φ = lat! * RADIANS;
  const cosφ = Math.cos(φ);
  return [cosφ * Math.cos(λ), cosφ * Math.sin(λ), Math.sin(φ)];
}

/**
 * The cap around `points`: centred on their mean direction, reaching the farthest of them. Not the
 * smallest cap, but a tight one for any shape smaller than a hemisphere.
 */
export function capAround(points: readonly Position[]): Cap {
  const vectors = points.map(vector);
  let [x, y, z] = [0, 0, 0];
  for (const [vx, vy, vz] of vectors) [x, y, z] = [x + vx, y + vy, z + vz];
  const norm = Math.hypot(x, y, z);
  // Points spread evenly around the globe have no mean direction: hold everything.
  if (norm < 1e-9 * vectors.length || vectors.length === 0) return { center: [0, 0], radius: Math.PI };
  [x, y, z] = [x / norm, y / norm, z / norm];
  let nearest = 1;
  for (const [vx, vy, vz] of vectors) nearest = Math.min(nearest, vx * x + vy * y + vz * z);
  const center: Position = [Math.atan2(y, x) / RADIANS, Math.asin(Math.max(-1, Math.min(1, z))) / RADIANS];
  return { center, radius: Math.acos(Math.max(-1, nearest)) };
}

/** The angle between two points, in radians (a dot product: cheaper than d3's geoDistance, which sums exactly). */
function angleBetween(a: Position, b: Position): number {
  const [ax, ay, az] = vector(a);
  const [bx, by, bz] = vector(b);
  return Math.acos(Math.max(-1, Math.min(1, ax * bx + ay * by + az * bz)));
}

/** True when two caps overlap. */
export function capsMeet(a: Cap, b: Cap): boolean {
  return angleBetween(a.center, b.center) <= a.radius + b.radius + SLACK;
}

/** True when `point` ([lon, lat]) lies inside `cap`. */
export function capHolds(cap: Cap, point: Position): boolean {
  return angleBetween(cap.center, point) <= cap.radius + SLACK;
}
