/**
 * What a map shows and how: the projection, fitted to its pins. A region (pins within about
 * 50° of longitude and 30° of latitude: Ukraine, Europe) gets a conformal conic centred on the
 * pins, with standard parallels at a sixth and five sixths of the latitudes shown, as national
 * mapping agencies draw Europe: shapes and angles stay true, so a town's place against a border
 * reads right. Anything wider (Washington and Kyiv) gets Equal Earth centred on the pins: a
 * world-map look whose areas stay true, where a conic would fan out into empty Arctic.
 */
import { geoCircle, geoConicConformal, geoDistance, geoEqualEarth, type GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';
import type { GeoBox } from './geoclip.ts';
import type { Cap } from './types.ts';

/** The projections the engine uses. */
export type ProjectionName = 'conic-conformal' | 'equal-earth';

/** The frame of a map and how much of the world it must at least show. */
export interface ViewOptions {
  width: number;
  height: number;
  /** Space kept clear around the pins, in px, for their labels. */
  margin: number;
  /** The map shows at least this far around the pins' centre, in km: a lone pin keeps its surroundings. */
  minRadiusKm: number;
  /**
   * Shapes are cut this far outside the frame, in px, so their cut edges fall outside the picture;
   * 0 when nothing clips the map to its frame afterwards (a card inset is drawn straight onto the card).
   */
  bleed: number;
}

/** A fitted view. */
export interface View {
  /** The projection, fitted to the frame and clipped to it. */
  projection: GeoProjection;
  name: ProjectionName;
  /** The scale at the centre: how many px one radian of a great circle covers there. */
  pxPerRadian: number;
  /** A cap holding everything the frame shows. */
  cap: Cap;
  /** A box holding everything the frame shows, when there is one (not on a map of the whole world). */
  box?: GeoBox | undefined;
  /** The centre of the view, [lon, lat]. */
  center: Position;
  /** Names a snapped view: views with the same key draw the same background. */
  key?: string | undefined;
}

const EARTH_RADIUS_KM = 6371;
const DEGREES = 180 / Math.PI;

/** Pins spread wider than this get the world-map projection. */
const REGION = { lon: 50, lat: 30 } as const;

/** The longitudes' smallest covering arc: its middle and width, across the antimeridian if shorter. */
export function longitudeSpan(longitudes: readonly number[]): { center: number; span: number } {
  const sorted = [...new Set(longitudes.map((lon) => ((((lon + 180) % 360) + 360) % 360) - 180))].sort((a, b) => a - b);
  if (sorted.length <= 1) return { center: sorted[0] ?? 0, span: 0 };
  // The widest gap between neighbouring longitudes (the last wraps round to the first) is what the map leaves out.
  let gapEnd = 0;
  let widest = sorted[0]! + 360 - sorted[sorted.length - 1]!;
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i]! - sorted[i - 1]!;
    if (gap > widest) [widest, gapEnd] = [gap, i];
  }
  const span = 360 - widest;
  let center = sorted[gapEnd]! + span / 2;
  if (center > 180) center -= 360;
  return { center, span };
}

/** The points the frame must hold: the pins, and a circle of the least radius round their centre. */
function targetPoints(pins: readonly Position[], center: Position, minRadiusKm: number): Position[] {
  const circle = geoCircle()
    .center(center as [number, number])
    .radius((minRadiusKm / EARTH_RADIUS_KM) * DEGREES)
    .precision(15)();
  return [...pins, ...(circle.coordinates[0] ?? [])];
}

/** The local scale of `projection` at `at`, in px per radian: from a step of 0.1° north. */
function localScale(projection: GeoProjection, [lon, lat]: Position): number {
  const step = lat! > 89 ? -0.1 : 0.1;
  const a = projection([lon!, lat!]);
  const b = projection([lon!, lat! + step]);
  if (!a || !b) return projection.scale();
  return Math.hypot(b[0] - a[0], b[1] - a[1]) / (Math.abs(step) / DEGREES);
}

/** Slack round the frame's box, in degrees: its edges curve between the points sampled. */
const BOX_SLACK = 1;

/**
 * A cap and a box round everything inside the frame, from points along its edges. When a point
 * of the frame is off the globe (a world map's corners), the cap is the whole sphere and there is
 * no box.
 */
function frameBounds(projection: GeoProjection, center: Position, width: number, height: number): { cap: Cap; box?: GeoBox } {
  const steps = 8;
  const origin = center[0]!;
  let radius = 0;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    for (const [x, y] of [[t * width, 0], [t * width, height], [0, t * height], [width, t * height]] as const) {
      const point = projection.invert?.([x, y]);
      const back = point && projection(point);
      if (!point || !back || Math.hypot(back[0] - x, back[1] - y) > 1) return { cap: { center, radius: Math.PI } };
      radius = Math.max(radius, geoDistance(center as [number, number], point));
      const lon = ((((point[0] - origin + 180) % 360) + 360) % 360) - 180;
      [west, south, east, north] = [Math.min(west, lon), Math.min(south, point[1]), Math.max(east, lon), Math.max(north, point[1])];
    }
  }
  // The frame's middle bulges past its edges on a conic's curved parallels: allow a little more.
  const cap: Cap = { center, radius: Math.min(Math.PI, radius * 1.05) };
  const pole = [90, -90].some((lat) => {
    const at = projection([origin, lat]);
    return at !== null && at[0] >= 0 && at[0] <= width && at[1] >= 0 && at[1] <= height;
  });
  if (pole) return { cap };
  const pad = BOX_SLACK + 0.1 * Math.max(east - west, north - south);
  return { cap, box: { origin, west: west - pad, south: Math.max(-90, south - pad), east: east + pad, north: Math.min(90, north + pad) } };
}

/** Clips a projection to the frame (and `bleed` px beyond) and turns resampling off. */
function clipped(projection: GeoProjection, { width, height, bleed }: ViewOptions): GeoProjection {
  // No adaptive resampling: it costs more than the rest of the map, and the edges simplification
  // keeps are short enough that their curvature stays under a pixel.
  return projection
    .clipExtent([
      [-bleed, -bleed],
      [width + bleed, height + bleed],
    ])
    .precision(0);
}

/** The view a projection gives. */
function viewOf(projection: GeoProjection, name: ProjectionName, center: Position, options: ViewOptions, key?: string): View {
  return { projection, name, pxPerRadian: localScale(projection, center), ...frameBounds(projection, center, options.width, options.height), center, key };
}

/** The projection fitted exactly: the target points fill the frame inside its margin. */
function fitted(name: ProjectionName, lon: number, target: readonly Position[], options: ViewOptions): GeoProjection {
  let projection: GeoProjection;
  if (name === 'equal-earth') {
    projection = geoEqualEarth().rotate([-lon, 0]);
  } else {
    const lats = target.map((point) => point[1]!);
    const [low, high] = [Math.min(...lats), Math.max(...lats)];
    const sixth = (high - low) / 6;
    projection = geoConicConformal()
      .rotate([-lon, 0])
      .parallels([low + sixth, high - sixth]);
  }
  const { width, height, margin } = options;
  projection.fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    { type: 'MultiPoint', coordinates: [...target] },
  );
  return clipped(projection, options);
}

/** Zoom steps of a snapped view: four to a doubling, so snapping zooms out by at most 19%. */
const ZOOM_STEPS = 4;

/**
 * The projection centred on (lon, lat) at `scale`, everything else derived from those three, so
 * that equal inputs give the same projection (and the same cached background).
 */
function centred(name: ProjectionName, lon: number, lat: number, scale: number, options: ViewOptions): GeoProjection {
  const { width, height } = options;
  const base = name === 'equal-earth' ? geoEqualEarth() : geoConicConformal();
  if (name === 'conic-conformal') {
    // Standard parallels at a sixth and five sixths of the latitudes the frame shows.
    const half = (height / 2 / scale) * DEGREES;
    const clamp = (value: number) => Math.max(-85, Math.min(85, value));
    (base as ReturnType<typeof geoConicConformal>).parallels([clamp(lat - (2 * half) / 3), clamp(lat + (2 * half) / 3)]);
  }
  return clipped(
    base
      .rotate([-lon, 0])
      .center([0, lat])
      .scale(scale)
      .translate([width / 2, height / 2]),
    options,
  );
}

/** True when every pin lies inside the frame, half the margin in from its edges. */
function holdsPins(projection: GeoProjection, pins: readonly Position[], options: ViewOptions): boolean {
  const inset = options.margin / 2;
  return pins.every((pin) => {
    const at = projection(pin as [number, number]);
    return at !== null && at[0] >= inset && at[0] <= options.width - inset && at[1] >= inset && at[1] <= options.height - inset;
  });
}

/**
 * The fitted view moved onto a grid: its scale down to the next zoom step, its centre to the
 * nearest grid point (an eighth of the frame's width apart). Nearby places then share a view, and
 * the map's background (everything but the pins) is drawn once for all of them. Undefined when
 * the pins would not stay inside the frame.
 */
function snapped(fit: GeoProjection, name: ProjectionName, pins: readonly Position[], options: ViewOptions): View | undefined {
  const middle = fit.invert?.([options.width / 2, options.height / 2]);
  if (!middle) return undefined;
  const exponent = Math.floor(Math.log2(fit.scale()) * ZOOM_STEPS);
  for (let step = 0; step < 3; step++) {
    const scale = 2 ** ((exponent - step) / ZOOM_STEPS);
    const grid = 2 ** Math.round(Math.log2(((options.width / scale) * DEGREES) / 8));
    const [lon, lat] = [Math.round(middle[0] / grid) * grid, Math.round(middle[1] / grid) * grid];
    const projection = centred(name, lon, lat, scale, options);
    if (holdsPins(projection, pins, options)) {
      return viewOf(projection, name, [lon, lat], options, `${name}|${lon}|${lat}|${exponent - step}|${options.width}x${options.height}`);
    }
  }
  return undefined;
}

/**
 * The view of `pins` ([lon, lat] each) in a frame of `options.width` × `options.height` px:
 * fitted exactly, or snapped to a grid when `snap` is set (see snapped).
 */
export function fitView(pins: readonly Position[], options: ViewOptions, snap = false): View {
  const lon = longitudeSpan(pins.map((pin) => pin[0]!));
  const lats = pins.map((pin) => pin[1]!);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const center: Position = [lon.center, (south + north) / 2];
  const target = targetPoints(pins, center, options.minRadiusKm);
  const name: ProjectionName = lon.span > REGION.lon || north - south > REGION.lat ? 'equal-earth' : 'conic-conformal';
  const projection = fitted(name, lon.center, target, options);
  return (snap ? snapped(projection, name, pins, options) : undefined) ?? viewOf(projection, name, center, options);
}
