/**
 * The map as an SVG document: sea, land, Crimea's hatch, coasts, borders, the dashed isthmus,
 * names, then the pins on top. A site map is `role="img"` with a title and a description, styled
 * by its own small style sheet (theme.ts); the card inset has literal colours and no text (the
 * card sets the names with its own fonts: src/cards/map-inset.ts).
 */
import { baseline, LINE, type Anchor, type Box } from './labels.ts';
import { el, escapeXml, px } from './markup.ts';
import { CARD_PALETTE, MAP_CSS } from './theme.ts';

/** The kinds of text on a map. */
export type LabelRole = 'place' | 'country' | 'sea' | 'note';

/** A placed label. */
export interface MapLabel {
  role: LabelRole;
  /** The place a `place` label names (or an area place merged into Crimea's note). */
  placeId?: string | undefined;
  /** Its lines, top to bottom. */
  lines: string[];
  /** Each line's font size, in px. */
  sizes: number[];
  /** The anchor point: x as `anchor` says, y the first line's baseline. */
  x: number;
  y: number;
  anchor: Anchor;
  /** The box the text covers. */
  box: Box;
  /** A line from the pin to a label set away from it. */
  leader?: [number, number, number, number] | undefined;
  /** The hatch sample drawn left of Crimea's note when it is set as a legend. */
  swatch?: Box | undefined;
}

/** A pin as drawn. */
export interface ScenePin {
  id: string;
  name: string;
  x: number;
  y: number;
  href?: string | undefined;
  /** A region or sea: no dot. */
  area: boolean;
}

/** The drawn shapes, as SVG path data (empty when nothing of a layer is in view). */
export interface ScenePaths {
  land: string;
  subject: string;
  crimea: string;
  border: string;
  isthmus: string;
}

/** Everything an SVG map is made of. */
export interface Scene {
  id: string;
  width: number;
  height: number;
  fontSize: number;
  pinRadius: number;
  /** Literal colours and no text, for the share card. */
  card: boolean;
  title: string;
  description: string;
  paths: ScenePaths;
  pins: ScenePin[];
  labels: MapLabel[];
}

type Attributes = Record<string, string | number | undefined>;

/** How each layer is painted: a class on the site, literal attributes on the card. */
function layerAttributes(layer: keyof ScenePaths, scene: Scene): Attributes {
  const hatch = `url(#${scene.id}-hatch)`;
  if (!scene.card) return layer === 'crimea' ? { class: 'bgm-annexed', fill: hatch } : { class: `bgm-${layer}` };
  const line = { fill: 'none', 'stroke-linejoin': 'round', 'stroke-linecap': 'round' };
  // The land is outlined with the coast's line; borders are drawn over it, wider.
  const coast = { stroke: CARD_PALETTE.line, 'stroke-width': 1, 'stroke-linejoin': 'round' };
  const byLayer: Record<keyof ScenePaths, Attributes> = {
    land: { ...coast, fill: CARD_PALETTE.land },
    subject: { ...coast, fill: CARD_PALETTE.subject },
    crimea: { fill: hatch },
    border: { ...line, stroke: CARD_PALETTE.line, 'stroke-width': 1.6 },
    isthmus: { ...line, stroke: CARD_PALETTE.isthmus, 'stroke-width': 2.6, 'stroke-dasharray': '6 4', 'stroke-linecap': 'butt' },
  };
  return byLayer[layer];
}

/** The hatch: diagonal lines, in user space so they line up across Crimea's parts. */
function hatchPattern(scene: Scene): string {
  const size = scene.card ? 8 : 4.5;
  const stroke: Attributes = scene.card ? { stroke: CARD_PALETTE.line, 'stroke-width': 2 } : { class: 'bgm-hatch' };
  return el('pattern', { id: `${scene.id}-hatch`, width: size, height: size, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, el('path', { d: `M0 0V${size}`, ...stroke }));
}

const TEXT_CLASSES: Record<LabelRole, string | undefined> = { place: undefined, country: 'bgm-country', sea: 'bgm-sea-name', note: 'bgm-note' };

/** The distance between two baselines, for lines set at `above` and `below` px (see measure in labels.ts). */
function lineStep(above: number, below: number): number {
  return LINE * above + baseline(0, below) - baseline(0, above);
}

/**
 * A label's text: one `<text>`, a `<tspan>` per line after the first. A note of several lines
 * sets its first line (Crimea's name) at the place names' size and the rest as a note.
 */
function labelText(label: MapLabel): string {
  const [first = '', ...rest] = label.lines;
  const anchor = label.anchor === 'start' ? undefined : label.anchor;
  const headed = label.role === 'note' && rest.length > 0;
  const tspans = rest.map((line, i) => {
    const step = lineStep(label.sizes[i] ?? 0, label.sizes[i + 1] ?? 0);
    return el('tspan', { x: label.x, dy: px(step), class: headed ? 'bgm-note' : undefined }, escapeXml(line));
  });
  // A space between the lines, so the text reads as words ("Crimea annexed by…"), not "Crimeaannexed".
  return el('text', { x: label.x, y: label.y, 'text-anchor': anchor, class: headed ? undefined : TEXT_CLASSES[label.role] }, escapeXml(first) + (tspans.length ? ' ' : '') + tspans.join(''));
}

/** The leader, the hatch swatch of a legend, and the text of a label (no text on the card). */
function labelMarkup(label: MapLabel, scene: Scene): string {
  const leader = label.leader
    ? el('path', { d: `M${label.leader.map(px).slice(0, 2).join(' ')}L${label.leader.map(px).slice(2).join(' ')}`, ...(scene.card ? { stroke: CARD_PALETTE.ink, 'stroke-width': 1.5 } : { class: 'bgm-leader' }) })
    : '';
  const swatch = label.swatch
    ? el('rect', {
        x: label.swatch.x0,
        y: label.swatch.y0,
        width: label.swatch.x1 - label.swatch.x0,
        height: label.swatch.y1 - label.swatch.y0,
        fill: `url(#${scene.id}-hatch)`,
        ...(scene.card ? { stroke: CARD_PALETTE.line } : { class: 'bgm-swatch' }),
      })
    : '';
  return legendBackdrop(label, scene) + leader + swatch + (scene.card ? '' : labelText(label));
}

/** Room between a legend and the edge of its backdrop, in px. */
const BACKDROP_PAD = 4;

/**
 * On the card, a legend (Crimea's note in a corner) sits on a backdrop of the card's paper: its
 * names have no halo there (src/cards/map-inset.ts), and borders running through a line of text
 * would make it hard to read. On the site the text's own halo does this.
 */
function legendBackdrop(label: MapLabel, scene: Scene): string {
  if (!scene.card || !label.swatch) return '';
  const x0 = Math.min(label.swatch.x0, label.box.x0) - BACKDROP_PAD;
  const y0 = Math.min(label.swatch.y0, label.box.y0) - BACKDROP_PAD;
  const x1 = Math.max(label.swatch.x1, label.box.x1) + BACKDROP_PAD;
  const y1 = Math.max(label.swatch.y1, label.box.y1) + BACKDROP_PAD;
  return el('rect', { x: px(x0), y: px(y0), width: px(x1 - x0), height: px(y1 - y0), fill: CARD_PALETTE.halo, 'fill-opacity': 0.9 });
}

/** A pin, with its label; a link when the place has a page. */
function pinMarkup(pin: ScenePin, label: MapLabel | undefined, scene: Scene): string {
  const dot = pin.area
    ? ''
    : el('circle', { cx: pin.x, cy: pin.y, r: scene.pinRadius, ...(scene.card ? { fill: CARD_PALETTE.pin, stroke: CARD_PALETTE.halo, 'stroke-width': 3 } : { class: 'bgm-pin' }) });
  const content = (label ? labelMarkup(label, scene) : '') + dot;
  if (content === '') return '';
  // The link is named for the place even when the map found no room for its label; when the label
  // has more lines (Crimea's note), the name is all of its visible text, as the name must contain it.
  const name = label && label.lines[0] === pin.name ? label.lines.join(' ') : pin.name;
  return pin.href && !scene.card ? el('a', { href: pin.href, 'aria-label': name }, content) : el('g', {}, content);
}

/**
 * A scene's markup in two layers, both referring to `defs` (the hatch): what lies under the names
 * and pins (sea, land, Crimea, coasts, borders), which the views that share a background share,
 * and what lies over it (names, pins, the frame), which is each map's own.
 */
export interface SceneLayers {
  defs: string;
  under: string;
  over: string;
}

function linksPins(scene: Scene): boolean {
  return !scene.card && scene.pins.some((pin) => pin.href);
}

/** The markup of `scene`, in its two layers. */
export function sceneLayers(scene: Scene): SceneLayers {
  const layers = (['land', 'subject', 'crimea', 'border', 'isthmus'] as const)
    .filter((layer) => scene.paths[layer] !== '')
    .map((layer) => el('path', { ...layerAttributes(layer, scene), d: scene.paths[layer] }));
  const labelOf = new Map(scene.labels.filter((label) => label.placeId !== undefined).map((label) => [label.placeId!, label]));
  // Names of countries, seas, and Crimea's note when no place carries it, go under the pins. A map
  // of links hides them from assistive technology: its description already says all they say.
  const names = scene.labels.filter((label) => label.placeId === undefined).map((label) => labelMarkup(label, scene));
  const namesLayer = names.length === 0 ? '' : linksPins(scene) ? el('g', { 'aria-hidden': 'true' }, names.join('')) : names.join('');
  const pins = scene.pins.map((pin) => pinMarkup(pin, labelOf.get(pin.id), scene));
  // The card's frame lies inside the map's edges: its inset is drawn on a canvas of the map's size (src/cards/map-inset.ts).
  const frame = scene.card
    ? el('rect', { x: 1, y: 1, width: scene.width - 2, height: scene.height - 2, fill: 'none', stroke: CARD_PALETTE.frame, 'stroke-width': 2 })
    : el('rect', { width: scene.width, height: scene.height, class: 'bgm-frame' });
  const sea = el('rect', { width: scene.width, height: scene.height, ...(scene.card ? { fill: CARD_PALETTE.sea } : { class: 'bgm-sea' }) });
  return { defs: el('defs', {}, hatchPattern(scene)), under: sea + layers.join(''), over: namesLayer + pins.join('') + frame };
}

/**
 * The SVG document of `scene` (from its `layers`, when they are at hand). A site map is an image
 * (`role="img"`) named by its title and described by the text alternative; one whose pins are
 * links is a group with the same name and description, each pin a link named for its place, in
 * the order the places were given.
 */
export function renderScene(scene: Scene, layers: SceneLayers = sceneLayers(scene)): string {
  const linked = linksPins(scene);
  const head = scene.card
    ? ''
    : el('title', { id: `${scene.id}-title` }, escapeXml(scene.title)) + el('desc', { id: `${scene.id}-desc` }, escapeXml(scene.description)) + el('style', {}, MAP_CSS);
  const root: Attributes = scene.card
    ? { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${scene.width} ${scene.height}`, width: scene.width, height: scene.height }
    : {
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: `0 0 ${scene.width} ${scene.height}`,
        width: scene.width,
        height: scene.height,
        // An image cannot hold links (its content is presentational), so a map whose pins are links is a group.
        role: linked ? 'group' : 'img',
        'aria-labelledby': `${scene.id}-title`,
        'aria-describedby': `${scene.id}-desc`,
        class: 'bgm',
        'font-size': scene.fontSize,
        style: 'max-width:100%;height:auto',
      };
  return el('svg', root, head + layers.defs + layers.under + layers.over);
}
