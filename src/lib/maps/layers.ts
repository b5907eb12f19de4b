/**
 * The shapes one map draws: the basemap's shapes whose caps meet the frame's and that are at least
 * a pixel or two across at its scale, simplified for that scale and projected into screen rings.
 */
import type { LineString, Polygon } from 'geojson';
import { capsMeet } from './caps.ts';
import { clipLine, clipPolygon } from './geoclip.ts';
import type { Box } from './labels.ts';
import { projectLines, projectPolygons, ringsBounds, type Ring } from './projected.ts';
import { minWeightAt, simplifyLine, simplifyPolygon } from './simplify.ts';
import type { Basemap, Cap, CappedLine, CappedPolygon } from './types.ts';
import type { View } from './view.ts';

/** Shapes smaller than this across, in px, are left out: an island that would be a speck. */
const SPECK_PX = 2;

/** A country on screen. */
export interface ScreenCountry {
  rings: Ring[];
  bounds: Box;
}

/** What a map draws, on screen. */
export interface Layers {
  /** Each country in view, by its index in Basemap.countries. */
  countries: Map<number, ScreenCountry>;
  borders: Ring[];
  crimea: Ring[];
  isthmus: Ring[];
}

/** True when a shape with this cap is in the view and big enough to see. */
function visible(cap: Cap, view: View): boolean {
  return 2 * cap.radius * view.pxPerRadian >= SPECK_PX && capsMeet(cap, view.cap);
}

function polygonsIn(shapes: readonly CappedPolygon[], view: View, minWeight: number): Polygon[] {
  return shapes.flatMap(({ polygon, cap }) => {
    if (!visible(cap, view)) return [];
    const simplified = simplifyPolygon(polygon, minWeight);
    const cut = simplified && view.box ? clipPolygon(simplified, view.box) : simplified;
    return cut ? [cut] : [];
  });
}

function linesIn(shapes: readonly CappedLine[], view: View, minWeight: number): LineString[] {
  return shapes.flatMap(({ line, cap }) => {
    if (!visible(cap, view)) return [];
    const simplified = simplifyLine(line, minWeight);
    return view.box ? clipLine(simplified, view.box) : [simplified];
  });
}

/** The shapes `view` draws, simplified to triangles of `pixelArea` px² (simplify.ts). */
export function layersInView(basemap: Basemap, view: View, pixelArea?: number): Layers {
  const minWeight = minWeightAt(view.pxPerRadian, pixelArea);
  const { shapes } = basemap;
  const { projection } = view;
  const countries = new Map<number, ScreenCountry>();
  shapes.countries.forEach((polygons, index) => {
    const rings = projectPolygons(projection, polygonsIn(polygons, view, minWeight));
    const bounds = ringsBounds(rings);
    if (bounds) countries.set(index, { rings, bounds });
  });
  return {
    countries,
    borders: projectLines(projection, linesIn(shapes.borders, view, minWeight)),
    crimea: projectPolygons(projection, polygonsIn(shapes.crimea, view, minWeight)),
    isthmus: projectLines(projection, linesIn(shapes.isthmus, view, minWeight)),
  };
}
