/**
 * The maps the site draws, and how each is set: frame, type sizes, how much surroundings a lone
 * pin keeps, how many country names. Sizes are SVG px: a map is drawn at its frame's size and the
 * page scales it, so each frame is about the width the page gives it.
 */

/** Where a map appears. */
export type MapKind = 'locator' | 'event' | 'overview' | 'place' | 'card';

/** How a kind of map is set. */
export interface KindPreset {
  width: number;
  height: number;
  /** Clear space round the pins, in px, for their labels. */
  margin: number;
  /** The least distance shown round the pins' centre, in km. */
  minRadiusKm: number;
  /** Shapes are cut this far outside the frame, in px (see ViewOptions). */
  bleed: number;
  /** Simplification: points whose triangle covers less than this many px² are dropped (simplify.ts). */
  pixelArea: number;
  /** Pin radius, in px. */
  pin: number;
  /** Place names, in px; country and sea names are set smaller. */
  fontSize: number;
  /** At most this many countries are named. */
  countryLabels: number;
  /** Whether seas are named. */
  seaLabels: boolean;
  /**
   * Snap the view to a grid (view.ts), so that nearby places share it and its background is drawn
   * once: for the maps there are many of (events, places, cards), not for the one-off ones.
   */
  snap: boolean;
  /** Literal colours for the share card (drawn by satori and resvg, where the site's CSS does not reach), and no text: the card sets its labels itself. */
  card: boolean;
}

/** Every kind's preset. */
export const KINDS: Readonly<Record<MapKind, KindPreset>> = {
  // The article's map: beside the text on wide screens (a column of about 360 px), full width on phones.
  locator: { width: 360, height: 400, margin: 28, minRadiusKm: 150, bleed: 2, pixelArea: 0.5, pin: 4, fontSize: 13, countryLabels: 4, seaLabels: true, snap: false, card: false },
  // An event page's map: small, under the event's text.
  event: { width: 360, height: 240, margin: 24, minRadiusKm: 220, bleed: 2, pixelArea: 0.5, pin: 4, fontSize: 13, countryLabels: 3, seaLabels: true, snap: true, card: false },
  // /places/: every place, across the page's measure.
  overview: { width: 608, height: 420, margin: 24, minRadiusKm: 300, bleed: 2, pixelArea: 0.5, pin: 4, fontSize: 12, countryLabels: 8, seaLabels: true, snap: false, card: false },
  // /places/<id>/: one place and its surroundings.
  place: { width: 480, height: 320, margin: 28, minRadiusKm: 280, bleed: 2, pixelArea: 0.5, pin: 5, fontSize: 14, countryLabels: 4, seaLabels: true, snap: true, card: false },
  // The share card's inset, in card px (the card is 1200 × 630).
  card: { width: 340, height: 340, margin: 36, minRadiusKm: 450, bleed: 0, pixelArea: 2, pin: 9, fontSize: 22, countryLabels: 2, seaLabels: false, snap: true, card: true },
};
