/**
 * WGS84 coordinates in decimal degrees, as the gazetteer stores them: latitude positive north of
 * the equator, longitude positive east of Greenwich.
 */

/** The range of each axis, with the words an error message uses for its ends. */
export const AXES = {
  lat: { name: 'latitude', min: -90, max: 90, positive: 'N', negative: 'S', ends: '-90 (the South Pole) to 90 (the North Pole)' },
  lon: { name: 'longitude', min: -180, max: 180, positive: 'E', negative: 'W', ends: '-180 to 180 (west of Greenwich is negative)' },
} as const;

/** `lat` or `lon`, as the fields are named. */
export type Axis = keyof typeof AXES;

/** A reading of text such as `50°27′00″N`: the decimal value, and the axis its hemisphere letter names. */
export interface ParsedDegrees {
  value: number;
  axis?: Axis;
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const DEGREES_TEXT = new RegExp(
  String.raw`^([+-]?)\s*${NUMBER}\s*(?:°|º|deg)?\s*(?:${NUMBER}\s*['′’]\s*)?(?:${NUMBER}\s*(?:["″”]|'')\s*)?([NSEW])?$`,
  'i',
);

/**
 * Reads coordinates written the way maps and encyclopedias print them, so an error can offer the
 * decimal form: `50°27′00″N` → 50.45, `0°17′W` → -0.2833, `50,45` → 50.45. Undefined for anything else.
 */
export function parseDegrees(text: string): ParsedDegrees | undefined {
  const match = DEGREES_TEXT.exec(text.trim());
  if (!match) return undefined;
  const [, sign, degrees, minutes, seconds, hemisphere] = match;
  const number = (part: string | undefined) => (part === undefined ? 0 : Number(part.replace(',', '.')));
  if (number(minutes) >= 60 || number(seconds) >= 60) return undefined;
  const magnitude = number(degrees) + number(minutes) / 60 + number(seconds) / 3600;
  const letter = hemisphere?.toUpperCase();
  const negative = sign === '-' || letter === 'S' || letter === 'W';
  const value = roundDegrees(negative ? -magnitude : magnitude);
  if (!letter) return { value };
  return { value, axis: letter === 'N' || letter === 'S' ? 'lat' : 'lon' };
}

/** Rounds to 4 decimals (about 11 metres), the finest precision the gazetteer keeps. */
export function roundDegrees(value: number, decimals = 4): number {
  const factor = 10 ** decimals;
  // Adding a tiny epsilon keeps 50.85045 from rounding down through its binary representation.
  return Math.round(value * factor + Math.sign(value) * 1e-9) / factor + 0;
}

/** True when `value` lies inside the range of `axis`. */
export function inRange(value: number, axis: Axis): boolean {
  return Number.isFinite(value) && value >= AXES[axis].min && value <= AXES[axis].max;
}

/** `50.4547° N, 30.5238° E`: coordinates as readers see them on a place page. */
export function formatCoordinates(lat: number, lon: number): string {
  const part = (value: number, axis: Axis) =>
    `${String(Math.abs(value))}° ${value < 0 ? AXES[axis].negative : AXES[axis].positive}`;
  return `${part(lat, 'lat')}, ${part(lon, 'lon')}`;
}
