/**
 * The shapes the map engine works with. Coordinates are GeoJSON order, [longitude, latitude], in
 * degrees; screen positions are SVG user units (px) from the map's top left.
 */
import type { LineString, Polygon, Position } from 'geojson';

/** A place to pin on a map. */
export interface MapPlace {
  /** The place's id (its entry's file name); keys the pin, the link and the label. */
  id: string;
  /** The name the label shows and the text alternative reads. */
  name: string;
  /** WGS84 latitude in decimal degrees, north positive. */
  lat: number;
  /** WGS84 longitude in decimal degrees, east positive. */
  lon: number;
  /** Makes the pin a link (the `/places/` overview links each pin to its page). */
  href?: string | undefined;
  /** A region or a sea: labelled in place, without a dot. */
  area?: boolean | undefined;
}

/** A spherical cap that holds a shape: cheap to test before projecting the shape itself. */
export interface Cap {
  /** The cap's centre, [lon, lat]. */
  center: Position;
  /** Its angular radius in radians: to the farthest vertex (tests add slack for the edges between). */
  radius: number;
}

/** One polygon of a country, with its bounding cap. */
export interface CappedPolygon {
  polygon: Polygon;
  cap: Cap;
}

/** One line of a border or coast, with its bounding cap. */
export interface CappedLine {
  line: LineString;
  cap: Cap;
}

/** A country on the basemap, as the map shows it. */
export interface Country {
  /** ISO 3166-1 numeric code as Natural Earth gives it ("804"), or the name when it has none (N. Cyprus, Kosovo). */
  id: string;
  /** Natural Earth's name ("Ukraine", "Bosnia and Herz."). */
  name: string;
  /** The name labels and text alternatives use ("Bosnia and Herzegovina"). */
  label: string;
}

/**
 * The basemap's shapes at full detail. Each position is [lon, lat, weight]: the weight (in
 * steradians) is the area of the smallest triangle the point forms while the line is simplified
 * (Visvalingam), so a map keeps the points heavier than a pixel at its scale.
 */
export interface Shapes {
  /** Each country's polygons, in the order of Basemap.countries. */
  countries: CappedPolygon[][];
  /** Land borders between countries (the internationally recognised ones). */
  borders: CappedLine[];
  /** Crimea: drawn inside Ukraine, hatched as annexed. */
  crimea: CappedPolygon[];
  /** Crimea's boundary with the rest of Ukraine, across the isthmus: drawn dashed. */
  isthmus: CappedLine[];
}

/** The prepared basemap: built once per build by prepareBasemap, then shared by every map. */
export interface Basemap {
  /** Every country, sorted by id so that output never depends on the source file's order. */
  countries: Country[];
  /** The index of Ukraine in `countries` (it holds Crimea). */
  ukraine: number;
  /** Every shape, at full detail, with the weights that simplify it. */
  shapes: Shapes;
}
