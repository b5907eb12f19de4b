/** Label placement: boxes, leaders, candidates round a pin, and the greedy pass itself. */
import { describe, expect, test } from 'vitest';
import {
  candidateAt,
  gridCandidates,
  inside,
  measure,
  overlaps,
  pinCandidates,
  placeLabels,
  segmentHits,
  textWidth,
  type Box,
  type LabelRequest,
} from '../../../../src/lib/maps/labels.ts';

const box = (x0: number, y0: number, x1: number, y1: number): Box => ({ x0, y0, x1, y1 });
const FRAME = box(0, 0, 200, 100);

describe('boxes', () => {
  test.each<[string, Box, Box, boolean]>([
    ['apart', box(0, 0, 10, 10), box(20, 0, 30, 10), false],
    ['touching, within the padding', box(0, 0, 10, 10), box(11, 0, 20, 10), true],
    ['overlapping', box(0, 0, 10, 10), box(5, 5, 15, 15), true],
    ['one inside the other', box(0, 0, 30, 30), box(10, 10, 20, 20), true],
    ['one above the other', box(0, 0, 10, 10), box(0, 12, 10, 20), false],
  ])('%s: overlaps is %s', (_name, a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });

  test.each<[string, Box, boolean]>([
    ['well inside', box(10, 10, 50, 20), true],
    ['on the edge', box(0, 10, 50, 20), false],
    ['past the right', box(180, 10, 210, 20), false],
  ])('%s the frame: inside is %s', (_name, inner, expected) => {
    expect(inside(inner, FRAME)).toBe(expected);
  });

  test.each<[string, [number, number, number, number], boolean]>([
    ['through the middle', [-5, 5, 15, 5], true],
    ['ending inside', [-5, 5, 5, 5], true],
    ['passing above', [-5, -5, 15, -5], false],
    ['passing diagonally by the corner', [8, -5, 15, 2], false],
    ['a point inside', [5, 5, 5, 5], true],
  ])('a segment %s: segmentHits is %s', (_name, segment, expected) => {
    expect(segmentHits(segment, box(0, 0, 10, 10))).toBe(expected);
  });
});

describe('text size', () => {
  test.each<[string, number, boolean, number]>([
    ['Kyiv', 10, false, 22.4],
    ['UKRAINE', 10, true, 50.4],
    ['Донецьк', 10, false, 39.2],
    // Graphemes, not code units: a flag is one character wide.
    ['🇺🇦', 10, false, 5.6],
  ])('%s at %ipx (caps: %s) is estimated %f px wide', (text, size, caps, width) => {
    expect(textWidth(text, size, caps)).toBeCloseTo(width, 5);
  });

  test('two lines: as wide as the wider, as tall as both', () => {
    expect(measure([{ text: 'Crimea', size: 10 }, { text: 'annexed by Russia, 2014', size: 8 }])).toEqual({ size: 10, width: 23 * 8 * 0.56, height: 10 * 1.15 + 8 * 1.15 });
  });
});

describe('candidates', () => {
  const text = measure([{ text: 'Avdiivka', size: 10 }]);

  test('round a pin: right of it first, then left, then the diagonals, above and below, then farther out with leaders', () => {
    const candidates = pinCandidates(100, 50, 4, text);
    expect(candidates).toHaveLength(16);
    expect(candidates.slice(0, 8).map((candidate) => candidate.anchor)).toEqual(['start', 'end', 'start', 'start', 'end', 'end', 'middle', 'middle']);
    expect(candidates.slice(0, 8).every((candidate) => candidate.leader === undefined)).toBe(true);
    expect(candidates.slice(8).every((candidate) => candidate.leader !== undefined)).toBe(true);
    // Beside the pin, clear of its dot, centred on it vertically.
    const [right] = candidates;
    expect(right!.box.x0).toBeGreaterThan(104);
    expect((right!.box.y0 + right!.box.y1) / 2).toBeCloseTo(50, 5);
  });

  test('no candidate covers its own pin', () => {
    const pin = box(96, 46, 104, 54);
    expect(pinCandidates(100, 50, 4, text).filter((candidate) => overlaps(candidate.box, pin, 0))).toEqual([]);
  });

  test('on a grid, the centre first, then nearest first', () => {
    const candidates = gridCandidates(100, 50, text, 2);
    expect(candidates).toHaveLength(25);
    expect(candidates[0]!.box).toEqual(candidateAt(100, 50 - text.height / 2, 'middle', text).box);
    const distances = candidates.map((candidate) => Math.hypot((candidate.box.x0 + candidate.box.x1) / 2 - 100, (candidate.box.y0 + candidate.box.y1) / 2 - 50));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
});

describe('placing', () => {
  const label = (key: string, x: number, y: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({
    key,
    candidates: pinCandidates(x, y, 4, measure([{ text: key, size: 10 }])),
    ...extra,
  });
  const pin = (x: number, y: number) => box(x - 4, y - 4, x + 4, y + 4);

  test('a crowded cluster: every label placed clears the pins, the frame and every other label', () => {
    const pins: [number, number][] = [[60, 50], [64, 56], [70, 48], [58, 60], [75, 58], [66, 40]];
    const placed = placeLabels(FRAME, pins.map(([x, y]) => pin(x, y)), pins.map(([x, y], i) => label(`Place ${i}`, x, y)));
    const boxes = [...placed.values()].map((candidate) => candidate.box);
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    for (const [i, a] of boxes.entries()) {
      expect(inside(a, FRAME)).toBe(true);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      for (const [x, y] of pins) expect(overlaps(a, pin(x, y))).toBe(false);
    }
  });

  test('earlier labels choose first: the second takes what the first left', () => {
    // Lviv's label to the left would cover Kyiv's, which chose first.
    const placed = placeLabels(FRAME, [pin(50, 50), pin(100, 50)], [label('Kyiv', 50, 50), label('Lviv', 100, 50)]);
    expect(placed.get('Kyiv')!.anchor).toBe('start');
    expect(placed.get('Lviv')!.anchor).not.toBe('end');
  });

  test('a pin at the right edge gets its label on the left', () => {
    const placed = placeLabels(FRAME, [pin(195, 50)], [label('Luhansk', 195, 50)]);
    expect(placed.get('Luhansk')!.anchor).toBe('end');
  });

  test('a label that fits nowhere is left out', () => {
    const placed = placeLabels(box(0, 0, 20, 20), [pin(10, 10)], [label('Avdiivka', 10, 10)]);
    expect(placed.size).toBe(0);
  });

  test('`fits` turns candidates down; a group limit stops placing after that many', () => {
    const text = measure([{ text: 'UKRAINE', size: 8, caps: true }]);
    const requests: LabelRequest[] = [30, 90, 150, 210].map((x, i) => ({ key: `country ${i}`, candidates: gridCandidates(x, 50, text, 0), group: 'country' }));
    requests[0]!.fits = () => false;
    const placed = placeLabels(box(0, 0, 300, 100), [], requests, { country: 2 });
    expect([...placed.keys()]).toEqual(['country 1', 'country 2']);
  });

  test('a leader may not cross another label', () => {
    const text = measure([{ text: 'Zolote', size: 10 }]);
    // Everything near the pin is taken, so only a leader is left, and the only free leader runs left.
    const blocker = box(60, 20, 140, 80);
    const candidates = pinCandidates(100, 50, 4, text).filter((candidate) => candidate.leader !== undefined);
    const placed = placeLabels(FRAME, [blocker], [{ key: 'Zolote', candidates }]);
    for (const candidate of placed.values()) expect(segmentHits(candidate.leader!, box(61, 21, 139, 79))).toBe(false);
  });
});
