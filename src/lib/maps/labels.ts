/**
 * Label placement: each label offers candidate positions in order of preference, and takes the
 * first that stays inside the frame and clear of every pin and every label placed before it
 * (greedy, in the order given, so the most important labels choose first). A label too crowded
 * for its pin's side gets a leader line from farther out; one that fits nowhere is left out (the
 * map's text alternative and the list beside it still name the place).
 */

/** A box in px: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where a text starts: SVG's text-anchor. */
export type Anchor = 'start' | 'middle' | 'end';

/** One place a label could go. */
export interface Candidate {
  /** The box the text covers. */
  box: Box;
  /** The text's anchor point: x as `anchor` says, y the first line's baseline. */
  x: number;
  y: number;
  anchor: Anchor;
  /** A line from the pin's edge to the label, for labels set away from their pin. */
  leader?: [number, number, number, number] | undefined;
}

/** A label to place. */
export interface LabelRequest {
  key: string;
  /** In order of preference. */
  candidates: Candidate[];
  /** A further test a candidate must pass (a country's name must lie inside the country). */
  fits?: ((box: Box) => boolean) | undefined;
  /** Labels of one group share a limit on how many are placed (countries: a few). */
  group?: string | undefined;
}

/** Space kept between a label and anything else, in px. */
export const LABEL_PAD = 1.5;

/** True when the two boxes overlap, counting `pad` around each. */
export function overlaps(a: Box, b: Box, pad = LABEL_PAD): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

/** True when `inner` lies inside `outer`, `pad` in from its edges. */
export function inside(inner: Box, outer: Box, pad = LABEL_PAD): boolean {
  return inner.x0 >= outer.x0 + pad && inner.y0 >= outer.y0 + pad && inner.x1 <= outer.x1 - pad && inner.y1 <= outer.y1 - pad;
}

/** True when the segment crosses the box (Liang–Barsky clipping). */
export function segmentHits([x0, y0, x1, y1]: readonly [number, number, number, number], box: Box): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, x0 - box.x0],
    [dx, box.x1 - x0],
    [-dy, y0 - box.y0],
    [dy, box.y1 - y0],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

/** True when the candidate is inside the frame and clear of everything taken. */
function isClear(candidate: Candidate, frame: Box, taken: readonly Box[]): boolean {
  if (!inside(candidate.box, frame)) return false;
  if (taken.some((box) => overlaps(candidate.box, box))) return false;
  const leader = candidate.leader;
  // A leader starts at its own pin's edge, so it may touch that pin's box; it must miss the rest.
  return !leader || !taken.some((box) => segmentHits(leader, shrink(box, 1)) && !touches(box, leader));
}

function shrink(box: Box, by: number): Box {
  return { x0: box.x0 + by, y0: box.y0 + by, x1: box.x1 - by, y1: box.y1 - by };
}

/** True when the leader starts inside `box` (its own pin). */
function touches(box: Box, [x, y]: readonly [number, number, number, number]): boolean {
  return x >= box.x0 - LABEL_PAD && x <= box.x1 + LABEL_PAD && y >= box.y0 - LABEL_PAD && y <= box.y1 + LABEL_PAD;
}

/**
 * Places the labels in order. `obstacles` (the pins) are avoided by every label; `limits` caps
 * how many labels of a group are placed. Returns the chosen candidate of each label that found a
 * place, by key.
 */
export function placeLabels(frame: Box, obstacles: readonly Box[], requests: readonly LabelRequest[], limits: Readonly<Record<string, number>> = {}): Map<string, Candidate> {
  const taken: Box[] = [...obstacles];
  const placed = new Map<string, Candidate>();
  const counts = new Map<string, number>();
  for (const request of requests) {
    const group = request.group;
    if (group !== undefined && (counts.get(group) ?? 0) >= (limits[group] ?? Infinity)) continue;
    const chosen = request.candidates.find((candidate) => isClear(candidate, frame, taken) && (!request.fits || request.fits(candidate.box)));
    if (!chosen) continue;
    placed.set(request.key, chosen);
    taken.push(chosen.box);
    if (group !== undefined) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return placed;
}

/** How a label is set: its size and how wide and tall it comes out. */
export interface TextSize {
  /** Font size in px. */
  size: number;
  /** The widest line, in px (estimated: see textWidth). */
  width: number;
  /** Lines × line height, in px. */
  height: number;
}

/** Average advance of a character, in ems: the UI sans fonts' lower case, with room to spare. */
const ADVANCE = 0.56;
/** Capitals, as country names are set, with their letter spacing. */
const CAPS_ADVANCE = 0.72;
/** Line height in ems. */
export const LINE = 1.15;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The width of `text` set at `size` px. The map cannot measure the reader's font, so this is an
 * estimate that errs wide: a label gets a little more room than it needs, never less.
 */
export function textWidth(text: string, size: number, caps = false): number {
  const graphemes = [...segmenter.segment(text)].length;
  return graphemes * size * (caps ? CAPS_ADVANCE : ADVANCE);
}

/** The size of a label of `lines` (each with its own font size). */
export function measure(lines: readonly { text: string; size: number; caps?: boolean }[]): TextSize {
  const width = Math.max(...lines.map((line) => textWidth(line.text, line.size, line.caps)));
  const height = lines.reduce((sum, line) => sum + line.size * LINE, 0);
  return { size: lines[0]?.size ?? 0, width, height };
}

/** The baseline of a first line set in a box whose top is `top`. */
export function baseline(top: number, size: number): number {
  return top + size * 0.86;
}

/** A candidate whose box has its `anchor` point at (x, top). */
export function candidateAt(x: number, top: number, anchor: Anchor, text: TextSize, leader?: Candidate['leader']): Candidate {
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - text.width : x - text.width / 2;
  return { box: { x0, y0: top, x1: x0 + text.width, y1: top + text.height }, x, y: baseline(top, text.size), anchor, leader };
}

/** Directions round a pin, in order of preference: right first, as the eye reads on. */
const DIRECTIONS = [
  [1, 0],
  [-1, 0],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
  [0, -1],
  [0, 1],
] as const;

/**
 * Where a pin's label may go: beside the pin in each direction, then the same farther out with a
 * leader line from the pin's edge.
 */
export function pinCandidates(x: number, y: number, radius: number, text: TextSize): Candidate[] {
  const near = radius + 2.5;
  const far = radius + text.size * 2.2;
  const around = (distance: number, leader: boolean) =>
    DIRECTIONS.map(([dx, dy]) => {
      const diagonal = dx !== 0 && dy !== 0 ? Math.SQRT1_2 : 1;
      const ax = x + dx * distance * diagonal;
      const ay = y + dy * distance * diagonal;
      const anchor: Anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
      const top = dy < 0 ? ay - text.height : dy > 0 ? ay : ay - text.height / 2;
      const line: Candidate['leader'] = leader ? [x + dx * radius * diagonal, y + dy * radius * diagonal, ax, dy === 0 ? ay : dy < 0 ? ay - 1 : ay + 1] : undefined;
      return candidateAt(ax, top, anchor, text, line);
    });
  return [...around(near, false), ...around(far, true)];
}

/** Candidates centred on (x, y), then stepped away from it on a grid, nearest first. */
export function gridCandidates(x: number, y: number, text: TextSize, steps: number): Candidate[] {
  const offsets: [number, number][] = [];
  for (let i = -steps; i <= steps; i++) for (let j = -steps; j <= steps; j++) offsets.push([i, j]);
  const stepX = Math.max(text.width / 3, 6);
  const stepY = Math.max(text.height / 2, 6);
  offsets.sort(([ai, aj], [bi, bj]) => Math.hypot(ai * stepX, aj * stepY) - Math.hypot(bi * stepX, bj * stepY) || ai - bi || aj - bj);
  return offsets.map(([i, j]) => candidateAt(x + i * stepX, y + j * stepY - text.height / 2, 'middle', text));
}
