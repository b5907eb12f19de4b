/**
 * The maps' colours. On the site every colour is one of its tokens (src/styles/tokens.css), so a
 * map follows light, dark and print with the page; the fallbacks are the light tokens, for an SVG
 * opened on its own. In forced-colors mode the map is drawn in system colours: outlines and
 * hatching carry it, not fills. The share card, which satori and resvg draw without the site's
 * CSS, gets literal colours from the card palette (COLORS in src/lib/constants.ts).
 */
import { COLORS } from '../constants.ts';

/** The style sheet every site map carries. Classes start with `bgm-` so they cannot meet the site's own. */
export const MAP_CSS = [
  '.bgm{font-family:var(--font-ui,system-ui,sans-serif)}',
  '.bgm-sea{fill:var(--color-accent,#0b5cad);fill-opacity:.08}',
  // The land is outlined with the coast's line; borders are drawn over it, wider.
  '.bgm-land,.bgm-subject{stroke:var(--color-muted,#5c5c5c);stroke-width:.5;stroke-linejoin:round}',
  '.bgm-land{fill:var(--color-surface,#f1eee6)}',
  '.bgm-subject{fill:var(--color-paper,#fbfaf7)}',
  '.bgm-border,.bgm-isthmus,.bgm-leader{fill:none;stroke-linejoin:round;stroke-linecap:round}',
  '.bgm-border{stroke:var(--color-muted,#5c5c5c);stroke-width:.9}',
  '.bgm-isthmus{stroke:var(--color-ink,#1a1a1a);stroke-width:1.3;stroke-dasharray:3 2.5;stroke-linecap:butt}',
  '.bgm-hatch{stroke:var(--color-muted,#5c5c5c);stroke-width:1.1}',
  '.bgm-leader{stroke:var(--color-ink,#1a1a1a);stroke-width:.8}',
  '.bgm-pin{fill:var(--color-accent,#0b5cad);stroke:var(--color-paper,#fbfaf7);stroke-width:1.5}',
  '.bgm-swatch{stroke:var(--color-muted,#5c5c5c);stroke-width:.75}',
  '.bgm text{fill:var(--color-ink,#1a1a1a);stroke:var(--color-paper,#fbfaf7);stroke-width:3px;stroke-linejoin:round;paint-order:stroke}',
  '.bgm .bgm-country{fill:var(--color-muted,#5c5c5c);font-size:.78em;letter-spacing:.12em}',
  '.bgm .bgm-sea-name{fill:var(--color-accent,#0b5cad);font-size:.85em;font-style:italic}',
  '.bgm .bgm-note{font-size:.8em}',
  '.bgm-frame{fill:none;stroke:var(--color-rule,#d9d5cc)}',
  // A focused or hovered pin gets a ring in the focus colour and its name is underlined, instead
  // of the browser's outline round the link's whole box.
  '.bgm a{outline:none}',
  '.bgm a:hover .bgm-pin,.bgm a:focus-visible .bgm-pin{stroke:var(--color-focus,#0b5cad);stroke-width:3}',
  '.bgm a:hover text,.bgm a:focus-visible text{text-decoration:underline}',
  '@media (forced-colors:active){' +
    '.bgm-sea,.bgm-land,.bgm-subject{fill:Canvas;fill-opacity:1}' +
    '.bgm-land,.bgm-subject,.bgm-border,.bgm-isthmus,.bgm-hatch,.bgm-leader,.bgm-frame,.bgm-swatch{stroke:CanvasText}' +
    '.bgm-pin{fill:CanvasText;stroke:Canvas}' +
    '.bgm a .bgm-pin{fill:LinkText}' +
    '.bgm a:focus-visible .bgm-pin{stroke:Highlight}' +
    '.bgm text,.bgm .bgm-country,.bgm .bgm-sea-name{fill:CanvasText;stroke:Canvas}' +
    '.bgm a text{fill:LinkText}' +
    '}',
].join('');

/** `#rrggbb` → [r, g, b]. */
function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** The colour `amount` of the way from `from` to `to`, as `#rrggbb`. */
export function mix(from: string, to: string, amount: number): string {
  const a = channels(from);
  const b = channels(to);
  return `#${a.map((channel, i) => Math.round(channel + (b[i]! - channel) * amount).toString(16).padStart(2, '0')).join('')}`;
}

/** The card inset's colours: the card palette, with the sea and the neighbours mixed from it. */
export const CARD_PALETTE = {
  sea: mix(COLORS.paper, COLORS.accent, 0.1),
  land: mix(COLORS.paper, COLORS.rule, 0.6),
  subject: COLORS.paper,
  line: COLORS.muted,
  isthmus: COLORS.ink,
  pin: COLORS.accent,
  halo: COLORS.paper,
  ink: COLORS.ink,
  frame: COLORS.rule,
} as const;
