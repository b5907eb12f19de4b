/**
 * The share card's locator inset. The map (a `card` kind map: literal colours, no text) goes into
 * the card's SVG as a plain group, after satori has laid the card out, so that resvg draws it in
 * the card's own pass: an embedded SVG image costs resvg a separate canvas, several times as much.
 * The names are set as outlines in the card's fonts: satori sets each distinct line once and the
 * outline is kept, so a card costs only the filling of a few paths for its names.
 */
import type { Font as FontOptions } from 'satori';
import satori from 'satori';
import { SANS } from './frame.ts';
import { COLORS } from '../lib/constants.ts';
import type { DrawnMap } from '../lib/maps/draw.ts';
import { LINE } from '../lib/maps/labels.ts';
import { el, px } from '../lib/maps/markup.ts';
import type { MapLabel } from '../lib/maps/svg.ts';

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

/** The content of a map's SVG document, without its root element. */
function content(svg: string): string {
  return svg.slice(svg.indexOf('>') + 1, svg.lastIndexOf('</svg>'));
}

/**
 * The inset as an SVG group for a card: `map` (drawn with kind `card`) with its top left at
 * (`x`, `y`) in card pixels, its names set by `outline`. Add it to satori's SVG with withInset.
 */
export async function insetGroup(map: DrawnMap, x: number, y: number, outline: Outliner): Promise<string> {
  const names = await Promise.all(map.labels.map((label) => labelPaths(label, outline)));
  return el('g', { transform: `translate(${px(x)} ${px(y)})` }, content(map.svg) + names.join(''));
}

/** The card's SVG (from satori) with the inset group drawn over it, last. */
export function withInset(cardSvg: string, group: string): string {
  const end = cardSvg.lastIndexOf('</svg>');
  if (end < 0) throw new Error('The card is not an SVG document: it has no closing </svg>.');
  return cardSvg.slice(0, end) + group + cardSvg.slice(end);
}
