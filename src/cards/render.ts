/**
 * Card model → SVG (satori, fitting the text) → PNG. Pure apart from the native rasterizer: no
 * file system, no network; the caller loads the fonts and the emoji set once and passes them in.
 */
import type { Font as FontOptions, SatoriNode } from 'satori';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD, type CardSize } from '../lib/constants.ts';
import { isInvisible, needsMoreThanCore } from './coverage.ts';
import { drawnText } from './drawn-text.ts';
import type { CardElement } from './element.ts';
import { emojiPictures, graphemeImages, type EmojiSet } from './emoji.ts';
import { largestSizes, nextFitStep, overflowingBlocks, settingsFor, type SizeChoice, type TextSetting } from './fit.ts';
import type { CardModel, CardPin } from './model.ts';
import { encodeOpaquePng } from './png.ts';
import { cardElement, insetPosition, textFits } from './templates.ts';
import { drawInset, type Outliner } from './map-inset.ts';
import type { Pixels } from './pixels.ts';
import { drawMap } from '../lib/maps/draw.ts';
import type { Basemap } from '../lib/maps/types.ts';

/** Where a text block landed, in px from the card's top left, and how it was set. */
export interface BlockBox {
  left: number;
  top: number;
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  /** True when even the smallest size was too long and the text ends in an ellipsis. */
  clamped: boolean;
}

/** A finished layout: the SVG and the box of every text block. */
export interface CardLayout {
  svg: string;
  blocks: Record<string, BlockBox>;
}

/** What the cards are drawn with: loaded once per process by the caller (src/cards/assets.ts). */
export interface CardAssets {
  /** Every card font, in the order of FONT_FACES. */
  fonts: FontOptions[];
  /** The core fonts only (see isCoreFace): all a card in Latin and Cyrillic needs, and all satori then parses. */
  coreFonts: FontOptions[];
  /** The code points the core fonts draw in both stacks (see coreCodePoints). */
  coreCodePoints(): ReadonlySet<number>;
  /** The emoji pictures. */
  emoji: EmojiSet;
  /** True when a card font has a glyph for `codePoint`; asked only about characters such as © that are text by default. */
  hasGlyph(codePoint: number): boolean;
  /** The prepared map data for locator insets, read on first use and kept for the process (or worker). */
  basemap(): Basemap;
  /** Sets the insets' place names as outlines in the core fonts, keeping each line it has set. */
  outline: Outliner;
}

/** Options for laying out a card. */
export interface LayoutOptions {
  /** The image's size: the 1200×630 card by default, or a taller crop (an article's 4:3 and 1:1). */
  size?: CardSize;
  /**
   * Called with each grapheme that no font and no emoji picture can draw, which satori would
   * draw as a missing-glyph box. Asking costs time, so the build does not; tests do.
   */
  onMissingGlyph?: (grapheme: string) => void;
}

/** What satori needs besides the element: the fonts and the emoji pictures of this card. */
interface LayoutInputs extends LayoutOptions {
  fonts: FontOptions[];
  images: Record<string, string>;
}

/** Lays out `element` at `size` and records where each named block went. */
async function layout(element: CardElement, inputs: LayoutInputs, size: CardSize): Promise<{ svg: string; boxes: Map<string, SatoriNode> }> {
  const { fonts, images, onMissingGlyph } = inputs;
  const boxes = new Map<string, SatoriNode>();
  const onNodeDetected = (node: SatoriNode) => {
    if (node.key !== undefined && node.key !== null) boxes.set(String(node.key), node);
  };
  // satori asks for what no font has: emoji (which have their pictures already) and real gaps.
  const loadAdditionalAsset = async (_code: string, text: string) => {
    for (const { segment } of graphemes.segment(text)) if (!images[segment] && !isInvisible(segment)) onMissingGlyph!(segment);
    return [];
  };
  // satori's types ask for a React node; the element tree has that shape without React.
  const root = element as unknown as Parameters<typeof satori>[0];
  const options = { width: size.width, height: size.height, fonts, graphemeImages: images, onNodeDetected };
  const svg = await satori(root, onMissingGlyph ? { ...options, loadAdditionalAsset } : options);
  return { svg, boxes };
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Every text of a model, as the card draws it. */
function modelTexts(model: CardModel): string[] {
  return Object.values(model).flatMap((value) => (typeof value === 'string' ? [drawnText(value)] : []));
}

/** The fonts the model's text needs, and a picture for each emoji in it. */
function layoutInputs(model: CardModel, assets: CardAssets, options: LayoutOptions): LayoutInputs {
  const texts = modelTexts(model);
  const pictures = emojiPictures(texts, assets.emoji, assets.hasGlyph);
  // Any character the core fonts might not draw as the full set would brings in the full set.
  const fonts = needsMoreThanCore(texts, pictures, assets.coreCodePoints()) ? assets.fonts : assets.coreFonts;
  return { ...options, fonts, images: graphemeImages(pictures, assets.emoji) };
}

/**
 * The card laid out with its text shrunk to fit, and clamped when even the smallest size is too
 * long. A taller `size` (an article's 4:3 and 1:1 crops) sets the text as on the 1200×630 card and
 * gives the extra height to the space around it.
 */
export async function layoutCard(model: CardModel, assets: CardAssets, options: LayoutOptions = {}): Promise<CardLayout> {
  const inputs = layoutInputs(model, assets, options);
  const size = options.size ?? CARD;
  const fits = textFits(model);
  let choice: SizeChoice<string> = largestSizes(fits);
  // Each pass either finishes or moves at least one block one size down, so this ends.
  for (;;) {
    const settings = settingsFor(fits, choice, false);
    const { svg, boxes } = await layout(cardElement(model, settings), inputs, size);
    const heights = Object.fromEntries([...boxes].map(([key, node]) => [key, node.height]));
    const step = nextFitStep(fits, choice, heights);
    if (step.next === 'shrink') {
      choice = step.choice;
      continue;
    }
    if (step.next === 'done') return { svg, blocks: blocksOf(boxes, settings, []) };
    const clamped = settingsFor(fits, choice, true);
    const final = await layout(cardElement(model, clamped), inputs, size);
    return { svg: final.svg, blocks: blocksOf(final.boxes, clamped, overflowingBlocks(fits, choice, heights)) };
  }
}

function blocksOf(boxes: Map<string, SatoriNode>, settings: Record<string, TextSetting>, clamped: string[]): Record<string, BlockBox> {
  const entries = Object.entries(settings).map(([key, setting]) => {
    const node = boxes.get(key)!;
    const box: BlockBox = { left: node.left, top: node.top, width: node.width, height: node.height, fontSize: setting.fontSize, lineHeight: setting.lineHeight, clamped: clamped.includes(key) };
    return [key, box] as const;
  });
  return Object.fromEntries(entries);
}

/** The pixels of an SVG, as resvg draws them (premultiplied RGBA). */
export function drawSvg(svg: string): Pixels {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { data: image.pixels, width: image.width, height: image.height };
}

/**
 * zlib level for a card stored as RGB (one with more than 256 colours). resvg's own encoder spends
 * more CPU than drawing the card; level 3 costs less, and the files come out smaller.
 */
const PNG_COMPRESSION = 3;

/** The PNG of opaque pixels (a card), byte for byte the same on every run; see encodeOpaquePng() for `tryPalette`. */
export function encodeCard({ data, width, height }: Pixels, options: { tryPalette?: boolean } = {}): Uint8Array {
  return encodeOpaquePng(data, width, height, PNG_COMPRESSION, options);
}

/** The PNG of an SVG card, byte for byte the same on every run. */
export async function rasterize(svg: string): Promise<Uint8Array> {
  return encodeCard(drawSvg(svg));
}

/** The places an event's or a place's card pins on its locator inset; undefined when the card has no inset. */
export function insetPins(model: CardModel): CardPin[] | undefined {
  return model.kind !== 'quote' && model.pins?.length ? model.pins : undefined;
}

/** Draws the locator inset of `pins` into the pixels of a card of `size` (in place), where its template leaves room for it. */
export async function drawCardInset(card: Pixels, pins: CardPin[], assets: CardAssets, size: CardSize = CARD): Promise<void> {
  const map = drawMap(assets.basemap(), { kind: 'card', places: pins });
  await drawInset(card, map, insetPosition(size), assets.outline, drawSvg);
}

/**
 * The finished card: model in, PNG bytes out. An event's or a place's card gets its locator
 * inset, drawn apart and put into the card's pixels (map-inset.ts).
 */
export async function renderCardPng(model: CardModel, assets: CardAssets, size: CardSize = CARD): Promise<Uint8Array> {
  const card = drawSvg((await layoutCard(model, assets, { size })).svg);
  const pins = insetPins(model);
  if (pins) await drawCardInset(card, pins, assets, size);
  // An inset's hatch and anti-aliased coasts give the card about a thousand colours, far more than
  // a palette holds, so such a card goes straight to RGB (the same pixels, without the failed try).
  return encodeCard(card, { tryPalette: !pins });
}
