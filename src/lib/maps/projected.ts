/**
 * Shapes in screen space. Each map projects its shapes once (d3 clips them to the frame) into
 * rings of points in tenths of a pixel; the SVG path data, areas, centroids and point-in-shape
 * tests for label placement all work on those rings, in plain arithmetic. Path data is written
 * with relative moves, which are about half the size of d3's absolute ones.
 */
import { geoStream, type GeoProjection } from 'd3-geo';
import type { LineString, Polygon } from 'geojson';
import type { Box } from './labels.ts';

/** A ring or a line: points in tenths of a pixel, so that every later step is exact. */
export type Ring = [number, number][];

/** Projects `shapes` and collects the rings (or lines) d3 hands on after clipping. */
function collect(projection: GeoProjection, shapes: readonly (Polygon | LineString)[], minPoints: number): Ring[] {
  const rings: Ring[] = [];
  let current: Ring = [];
  const sink = {
    point(x: number, y: number) {
      const point: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
      const last = current[current.length - 1];
      if (!last || last[0] !== point[0] || last[1] !== point[1]) current.push(point);
    },
    lineStart() {
      current = [];
    },
    lineEnd() {
      if (current.length >= minPoints) rings.push(current);
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  const stream = projection.stream(sink);
  for (const shape of shapes) geoStream(shape, stream);
  return rings;
}

/** The rings of `polygons` on screen (clipped to the frame). */
export function projectPolygons(projection: GeoProjection, polygons: readonly Polygon[]): Ring[] {
  return collect(projection, polygons, 3);
}

/** The lines on screen (clipped to the frame). */
export function projectLines(projection: GeoProjection, lines: readonly LineString[]): Ring[] {
  return collect(projection, lines, 2);
}

/** A length in tenths of a pixel, as the shortest SVG number: 12 → "1.2", -5 → "-.5". */
function tenths(value: number): string {
  if (value === 0) return '0';
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  const whole = Math.floor(magnitude / 10);
  const fraction = magnitude % 10;
  return `${sign}${whole === 0 ? '' : whole}${fraction === 0 ? '' : `.${fraction}`}`;
}

/**
 * Numbers joined as SVG path data allows: a minus sign separates on its own, and so does the
 * point of ".5" after a number that already has one ("1.5.5" is 1.5 then .5).
 */
function joinNumbers(numbers: readonly string[]): string {
  let out = '';
  let decimal = false;
  for (const number of numbers) {
    const bare = out === '' || number.startsWith('-') || (decimal && number.startsWith('.'));
    out += bare ? number : ` ${number}`;
    decimal = number.includes('.');
  }
  return out;
}

/** SVG path data for the rings (closed, for fills) or lines (open). */
export function pathData(rings: readonly Ring[], closed: boolean): string {
  let data = '';
  let [x, y] = [0, 0];
  for (const ring of rings) {
    const [first, ...rest] = ring;
    if (!first) continue;
    // Each ring starts with a relative move from where the last ended, which is shorter than an absolute one.
    const move = data === '' ? `M${joinNumbers([tenths(first[0]), tenths(first[1])])}` : `m${joinNumbers([tenths(first[0] - x), tenths(first[1] - y)])}`;
    [x, y] = first;
    const steps: string[] = [];
    for (const [px, py] of rest) {
      steps.push(tenths(px - x), tenths(py - y));
      [x, y] = [px, py];
    }
    data += move + (steps.length > 0 ? `l${joinNumbers(steps)}` : '') + (closed ? 'z' : '');
    // After "z" the current point is the ring's first point again.
    if (closed) [x, y] = first;
  }
  return data;
}

/** The signed area of a ring, in px² (positive when clockwise on screen). */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return sum / 200;
}

/** The area the rings cover, in px² (holes wound the other way take theirs off). */
export function ringsArea(rings: readonly Ring[]): number {
  return Math.abs(rings.reduce((sum, ring) => sum + signedArea(ring), 0));
}

/** The centre of mass of the rings, in px; undefined when they cover nothing. */
export function ringsCentroid(rings: readonly Ring[]): [number, number] | undefined {
  let [area, cx, cy] = [0, 0, 0];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x0, y0] = ring[j]!;
      const [x1, y1] = ring[i]!;
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
  }
  if (area === 0) return undefined;
  return [cx / (3 * area) / 10, cy / (3 * area) / 10];
}

/** The rings' bounding box, in px; undefined when there are none. */
export function ringsBounds(rings: readonly Ring[]): Box | undefined {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  }
  return x0 === Infinity ? undefined : { x0: x0 / 10, y0: y0 / 10, x1: x1 / 10, y1: y1 / 10 };
}

/** True when (x, y), in px, lies inside the rings (even–odd: a hole's point is outside). */
export function ringsContain(rings: readonly Ring[], x: number, y: number): boolean {
  const [px, py] = [x * 10, y * 10];
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
