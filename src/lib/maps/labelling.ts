/**
 * What a map writes, and where: Crimea's note first (the border claim the map must make), then
 * each place's name, then country names, then seas, each placed clear of what came before
 * (labels.ts). A country's name must lie inside that country and a sea's on open water; both are
 * tested on the shapes the map draws.
 */
import type { GeoProjection } from 'd3-geo';
import { type Box, type Candidate, candidateAt, gridCandidates, type LabelRequest, measure, overlaps, pinCandidates, placeLabels, type TextSize } from './labels.ts';
import type { KindPreset } from './kinds.ts';
import type { Layers, ScreenCountry } from './layers.ts';
import { ringsArea, ringsCentroid, ringsContain } from './projected.ts';
import { SEAS } from './seas.ts';
import type { MapLabel } from './svg.ts';
import type { Country } from './types.ts';

/** Crimea's note, as the map writes it beside the peninsula. */
export const CRIMEA_NOTE = 'annexed by Russia, 2014';
/** The note as a one-line legend, when there is no room beside the peninsula. */
export const CRIMEA_LEGEND = 'Crimea: annexed by Russia, 2014';

/** Relative sizes of the smaller texts (the style sheet sets the same on the site). */
export const SCALE = { country: 0.78, sea: 0.85, note: 0.8 } as const;

/** A pin as the labeller sees it. */
export interface LabelPin {
  id: string;
  name: string;
  x: number;
  y: number;
  area: boolean;
  /** True for an area place inside Crimea: its name heads Crimea's note. */
  inCrimea: boolean;
}

/** What the names of the background (countries, seas) are placed from. */
export interface BackgroundContext {
  preset: KindPreset;
  projection: GeoProjection;
  layers: Layers;
  countries: readonly Country[];
  /** Countries holding a pin: named first. */
  subjects: ReadonlySet<number>;
}

/** A label request and how to turn its chosen candidate into a MapLabel. */
export interface Pending {
  request: LabelRequest;
  finish: (candidate: Candidate) => MapLabel;
}

/**
 * The test with each answer kept: a background's names are tested once, however many maps
 * (share cards on the same view) place them.
 */
function remembered(fits: (box: Box) => boolean): (box: Box) => boolean {
  const answers = new WeakMap<Box, boolean>();
  return (box) => {
    let answer = answers.get(box);
    if (answer === undefined) answers.set(box, (answer = fits(box)));
    return answer;
  };
}

const SAMPLES = [0.5, 0.1, 0.9] as const;

/** Points spread over a box, in px, its middle first. */
function samplesOf(box: Box): [number, number][] {
  const points: [number, number][] = [];
  for (const fy of SAMPLES) for (const fx of SAMPLES) points.push([box.x0 + (box.x1 - box.x0) * fx, box.y0 + (box.y1 - box.y0) * fy]);
  return points;
}

/** True when the point (px) lies on the country as drawn. */
function onCountry(country: ScreenCountry, [x, y]: [number, number]): boolean {
  const { bounds } = country;
  return x >= bounds.x0 && x <= bounds.x1 && y >= bounds.y0 && y <= bounds.y1 && ringsContain(country.rings, x, y);
}

/** The label a request's chosen candidate becomes. */
function labelFrom(candidate: Candidate, role: MapLabel['role'], lines: string[], sizes: number[], placeId?: string): MapLabel {
  return { role, placeId, lines, sizes, x: candidate.x, y: candidate.y, anchor: candidate.anchor, box: candidate.box, leader: candidate.leader };
}

/**
 * Crimea's note: beside the peninsula (under it first, on the Black Sea), or failing that a legend
 * in a corner. An area place inside Crimea (`merged`) gives the note its name, and its link.
 */
function crimeaNote(bounds: Box, preset: KindPreset, merged: LabelPin | undefined): Pending {
  const { fontSize } = preset;
  const frame: Box = { x0: 0, y0: 0, x1: preset.width, y1: preset.height };
  const lines = [merged?.name ?? 'Crimea', CRIMEA_NOTE];
  const sizes = [fontSize, fontSize * SCALE.note];
  const text = measure(lines.map((line, i) => ({ text: line, size: sizes[i]! })));
  const cx = (bounds.x0 + bounds.x1) / 2;
  const cy = (bounds.y0 + bounds.y1) / 2;
  const beside = [
    candidateAt(cx, bounds.y1 + 2, 'middle', text),
    candidateAt(bounds.x0 - 3, cy - text.height / 2, 'end', text),
    candidateAt(bounds.x1 + 3, cy - text.height / 2, 'start', text),
    candidateAt(bounds.x0, bounds.y1 + 2, 'middle', text),
    candidateAt(bounds.x1, bounds.y1 + 2, 'middle', text),
    candidateAt(cx, cy - text.height / 2, 'middle', text),
    candidateAt(cx, bounds.y0 - 2 - text.height, 'middle', text),
  ];
  const legendSize = fontSize * SCALE.note;
  const legendText = measure([{ text: CRIMEA_LEGEND, size: legendSize }]);
  const swatch = legendSize;
  const gap = 4;
  const legendWidth = swatch + gap + legendText.width;
  const inset = 6;
  const corners: [number, number][] = [
    [frame.x0 + inset, frame.y1 - inset - legendText.height],
    [frame.x1 - inset - legendWidth, frame.y1 - inset - legendText.height],
    [frame.x0 + inset, frame.y0 + inset],
    [frame.x1 - inset - legendWidth, frame.y0 + inset],
  ];
  // Corners clear of the peninsula first, so the legend does not sit on the hatch it explains.
  const legends = corners
    .map(([x, top]) => {
      const candidate = candidateAt(x + swatch + gap, top, 'start', legendText);
      return { ...candidate, box: { ...candidate.box, x0: x } };
    })
    .sort((a, b) => Number(overlaps(a.box, bounds, 0)) - Number(overlaps(b.box, bounds, 0)));
  // Cut by the frame, the peninsula's visible part is no place for its name: the legend says it.
  const cut = bounds.x0 <= frame.x0 || bounds.y0 <= frame.y0 || bounds.x1 >= frame.x1 || bounds.y1 >= frame.y1;
  return {
    request: { key: 'note:crimea', candidates: cut ? legends : [...beside, ...legends] },
    finish: (candidate) => {
      if (!legends.includes(candidate)) return labelFrom(candidate, 'note', lines, sizes, merged?.id);
      const top = candidate.box.y0 + (legendText.height - swatch) / 2;
      const legend = labelFrom(candidate, 'note', [CRIMEA_LEGEND], [legendSize], merged?.id);
      return { ...legend, swatch: { x0: candidate.box.x0, y0: top, x1: candidate.box.x0 + swatch, y1: top + swatch } };
    },
  };
}

/** A place's name: beside its pin, or on an area place's point. */
function placeLabel(pin: LabelPin, preset: KindPreset): Pending {
  const { fontSize, pin: radius } = preset;
  const text = measure([{ text: pin.name, size: fontSize }]);
  const candidates = pin.area ? gridCandidates(pin.x, pin.y, text, 1) : pinCandidates(pin.x, pin.y, radius, text);
  return { request: { key: `place:${pin.id}`, candidates }, finish: (candidate) => labelFrom(candidate, 'place', [pin.name], [fontSize], pin.id) };
}

/** Country names: the countries holding pins first, then the others by the room they have. */
function countryLabels(context: BackgroundContext): Pending[] {
  const size = context.preset.fontSize * SCALE.country;
  const visible = [...context.layers.countries].map(([index, country]) => ({ index, country, area: ringsArea(country.rings), centroid: ringsCentroid(country.rings) }));
  visible.sort((a, b) => Number(context.subjects.has(b.index)) - Number(context.subjects.has(a.index)) || b.area - a.area || a.index - b.index);
  return visible.flatMap(({ index, country, area, centroid }) => {
    const name = context.countries[index]!.label.toUpperCase();
    const text: TextSize = measure([{ text: name, size, caps: true }]);
    // Room for the name twice over, or the country is too small to name.
    if (!centroid || !(area > text.width * text.height * 2)) return [];
    const fits = remembered((box) => samplesOf(box).every((point) => onCountry(country, point)));
    const request: LabelRequest = { key: `country:${index}`, candidates: gridCandidates(centroid[0], centroid[1], text, 3), fits, group: 'country' };
    return [{ request, finish: (candidate: Candidate) => labelFrom(candidate, 'country', [name], [size]) }];
  });
}

/** Sea names, where they fit on open water. */
function seaLabels(context: BackgroundContext): Pending[] {
  const { projection, preset } = context;
  const frame: Box = { x0: 0, y0: 0, x1: preset.width, y1: preset.height };
  const size = preset.fontSize * SCALE.sea;
  const land = [...context.layers.countries.values()];
  return SEAS.flatMap((sea) => {
    const at = projection(sea.at);
    if (!at || at[0] < frame.x0 || at[0] > frame.x1 || at[1] < frame.y0 || at[1] > frame.y1) return [];
    const text = measure([{ text: sea.name, size }]);
    const fits = remembered((box) => samplesOf(box).every((point) => !land.some((country) => onCountry(country, point))));
    const request: LabelRequest = { key: `sea:${sea.name}`, candidates: gridCandidates(at[0], at[1], text, 2), fits };
    return [{ request, finish: (candidate: Candidate) => labelFrom(candidate, 'sea', [sea.name], [size]) }];
  });
}

/** The names of the background, not yet placed: countries, then seas (if the kind names seas). */
export function backgroundLabels(context: BackgroundContext): Pending[] {
  return [...countryLabels(context), ...(context.preset.seaLabels ? seaLabels(context) : [])];
}

/**
 * Every label of a map, placed: Crimea's note (when `crimea`, its drawn bounds, is given), the
 * places' names, then the background's names.
 */
export function placeMapLabels(preset: KindPreset, pins: readonly LabelPin[], crimea: Box | undefined, background: readonly Pending[]): MapLabel[] {
  const { width, height, pin: radius } = preset;
  const frame: Box = { x0: 0, y0: 0, x1: width, y1: height };
  const obstacles = pins.filter((pin) => !pin.area).map((pin) => ({ x0: pin.x - radius, y0: pin.y - radius, x1: pin.x + radius, y1: pin.y + radius }));
  const merged = pins.find((pin) => pin.inCrimea);
  const note = crimea ? crimeaNote(crimea, preset, merged) : undefined;
  const pending: Pending[] = [...(note ? [note] : []), ...pins.filter((pin) => !pin.inCrimea || !note).map((pin) => placeLabel(pin, preset)), ...background];
  const placed = placeLabels(
    frame,
    obstacles,
    pending.map((item) => item.request),
    { country: preset.countryLabels },
  );
  return pending.flatMap((item) => {
    const candidate = placed.get(item.request.key);
    return candidate ? [item.finish(candidate)] : [];
  });
}
