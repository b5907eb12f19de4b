/**
 * The share card's locator inset. The map (a `card` kind map: literal colours, no text) is drawn
 * apart from the card, in two layers, and put into the card's pixels (render.ts):
 * - under the names and pins: sea, land, Crimea, borders. Cards whose views share a background
 *   share this layer, so each worker draws it once per view, not once per card;
 * - over it: the names, set as outlines in the card's fonts (satori sets each distinct line once
 *   and the outline is kept), the pins and the frame, on a clear ground.
 * Two small canvases cost resvg less than the map drawn into the whole card, and an embedded
 * image (an SVG or a PNG) would cost it more: it draws each into a layer of its own.
 */
import type { Font as FontOptions } from 'satori';
import satori from 'satori';
import { SANS } from './frame.ts';
import { COLORS } from '../lib/constants.ts';
import type { DrawnMap } from '../lib/maps/draw.ts';
import { LINE } from '../lib/maps/labels.ts';
import { el, px } from '../lib/maps/markup.ts';
import type { MapLabel } from '../lib/maps/svg.ts';
import { drawOver, paste, type Pixels } from './pixels.ts';

/** One line of a name, as the card sets it. */
export interface LineStyle {
  text: string;
  size: number;
  /** Country names: capitals, letter-spaced, in the muted colour. */
  caps: boolean;
}

/** A line set in the card's fonts: its outline (SVG path data from its box's top left) and its advance. */
export interface Outline {
  d: string;
  width: number;
}

/** Sets a line of text as outlines. */
export type Outliner = (line: LineStyle) => Promise<Outline>;

/** The room satori is given to set a line: more than any name needs, so it never wraps. */
const ROOM = 1000;

/** satori's text as path data (all of its paths, which are the glyphs of one line). */
function glyphPaths(svg: string): string {
  return [...svg.matchAll(/<path[^>]* d="([^"]+)"/g)].map((match) => match[1]).join('');
}

/**
 * An outliner that sets lines with satori in `fonts` (the card's core fonts) and keeps each one,
 * by text, size and style, for the life of the outliner (a build, or a card worker).
 */
export function makeOutliner(fonts: FontOptions[]): Outliner {
  const kept = new Map<string, Promise<Outline>>();
  return (line) => {
    const key = `${line.size}|${line.caps}|${line.text}`;
    let outline = kept.get(key);
    if (!outline) {
      outline = setLine(line, fonts);
      kept.set(key, outline);
    }
    return outline;
  };
}

async function setLine(line: LineStyle, fonts: FontOptions[]): Promise<Outline> {
  let width = 0;
  const text = {
    type: 'div',
    key: 'line',
    props: {
      style: {
        display: 'flex',
        whiteSpace: 'nowrap',
        fontFamily: SANS,
        fontSize: line.size,
        lineHeight: `${line.size * LINE}px`,
        color: COLORS.ink,
        ...(line.caps ? { letterSpacing: line.size * 0.12 } : {}),
      },
      children: line.text,
    },
  };
  const root = { type: 'div', props: { style: { display: 'flex', alignItems: 'flex-start' }, children: [text] } };
  const svg = await satori(root as never, {
    width: ROOM,
    height: Math.ceil(line.size * LINE * 2),
    fonts,
    onNodeDetected: (node) => {
      if (node.key === 'line') width = node.width;
    },
  });
  return { d: glyphPaths(svg), width };
}

/** The x where a line of `width` starts, for a label anchored at `x`. */
function lineStart(x: number, width: number, anchor: MapLabel['anchor']): number {
  return anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
}

/**
 * The outlines of a label, each line where the map placed it. No halo, unlike the site's maps:
 * stroking the letters' outlines cost resvg about as much as the rest of the inset, and on the
 * card's light fills the names read without one.
 */
async function labelPaths(label: MapLabel, outline: Outliner): Promise<string> {
  const caps = label.role === 'country';
  let top = label.box.y0;
  let paths = '';
  for (const [i, text] of label.lines.entries()) {
    const size = label.sizes[i] ?? label.sizes[0] ?? 0;
    const set = await outline({ text, size, caps });
    // A legend's text starts after its hatch sample, at the label's x.
    paths += el('path', {
      transform: `translate(${px(lineStart(label.x, set.width, label.anchor))} ${px(top)})`,
      d: set.d,
      fill: caps ? COLORS.muted : COLORS.ink,
    });
    top += size * LINE;
  }
  return paths;
}

/** The inset's two layers as SVG documents of the map's size (see the top of this file). */
export interface InsetDocuments {
  under: string;
  over: string;
}

/** An SVG document of the map's size holding `content`. */
function insetDocument(map: DrawnMap, content: string): string {
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${map.width} ${map.height}`, width: map.width, height: map.height }, content);
}

// Both layers refer to the hatch: Crimea's shape under the pins, the legend's swatch over them.
function underDocument(map: DrawnMap): string {
  return insetDocument(map, map.layers.defs + map.layers.under);
}

async function overDocument(map: DrawnMap, outline: Outliner): Promise<string> {
  const names = await Promise.all(map.labels.map((label) => labelPaths(label, outline)));
  return insetDocument(map, map.layers.defs + map.layers.over + names.join(''));
}

/** The layers of `map` (drawn with kind `card`) as documents, its names set by `outline`. */
export async function insetDocuments(map: DrawnMap, outline: Outliner): Promise<InsetDocuments> {
  return { under: underDocument(map), over: await overDocument(map, outline) };
}

/** The layers under the pins that this process has drawn, by the map's background key. */
const undersDrawn = new Map<string, Pixels>();

/** At most this many are kept (each 340 × 340 px is 0.45 MB); the oldest goes first. */
const UNDERS_KEPT = 64;

/** The layer under the pins of `map`: kept from an earlier map with the same background, or drawn by `draw` (and kept). */
function underPixels(map: DrawnMap, draw: (svg: string) => Pixels): Pixels {
  const key = map.backgroundKey;
  const kept = key === undefined ? undefined : undersDrawn.get(key);
  if (kept) return kept;
  const drawn = draw(underDocument(map));
  if (key !== undefined) {
    if (undersDrawn.size >= UNDERS_KEPT) undersDrawn.delete(undersDrawn.keys().next().value!);
    undersDrawn.set(key, drawn);
  }
  return drawn;
}

/**
 * Draws the inset of `map` into `card` (in place), its top left at `at`: the layer under the pins
 * (drawn by `draw` once per background, then kept), and the layer over it, drawn for this map.
 */
export async function drawInset(card: Pixels, map: DrawnMap, at: { x: number; y: number }, outline: Outliner, draw: (svg: string) => Pixels): Promise<void> {
  paste(card, underPixels(map, draw), at.x, at.y);
  drawOver(card, draw(await overDocument(map, outline)), at.x, at.y);
}
