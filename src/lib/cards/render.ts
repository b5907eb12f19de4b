/**
 * Card model → SVG (satori, fitting the text) → PNG. Pure apart from the native rasterizer: no
 * file system, no network; the caller loads the fonts once and passes them in.
 */
import type { Font as FontOptions, SatoriNode } from 'satori';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD } from '../site.ts';
import type { CardElement } from './element.ts';
import { largestSizes, nextFitStep, settingsFor, type SizeChoice } from './fit.ts';
import type { CardModel } from './model.ts';
import { cardElement, textFits } from './templates.ts';

/** Lays out `element` at card size; reports each named block's height to `onBlock`. */
async function layout(element: CardElement, fonts: FontOptions[], onBlock?: (key: string, height: number) => void): Promise<string> {
  const onNodeDetected = onBlock
    ? (node: SatoriNode) => {
        if (node.key !== undefined) onBlock(String(node.key), node.height);
      }
    : undefined;
  // satori's types ask for a React node; the element tree has that shape without React.
  const root = element as unknown as Parameters<typeof satori>[0];
  return satori(root, { width: CARD.width, height: CARD.height, fonts, ...(onNodeDetected ? { onNodeDetected } : {}) });
}

/** The card as an SVG, its text shrunk to fit and clamped when even the smallest size is too long. */
export async function renderCardSvg(model: CardModel, fonts: FontOptions[]): Promise<string> {
  const fits = textFits(model);
  let choice: SizeChoice<string> = largestSizes(fits);
  // Each pass either finishes or moves at least one block one size down, so this ends.
  for (;;) {
    const heights: Record<string, number> = {};
    const svg = await layout(cardElement(model, settingsFor(fits, choice, false)), fonts, (key, height) => {
      heights[key] = height;
    });
    const step = nextFitStep(fits, choice, heights);
    if (step.next === 'done') return svg;
    if (step.next === 'clamp') return layout(cardElement(model, settingsFor(fits, choice, true)), fonts);
    choice = step.choice;
  }
}

/** The PNG of an SVG card, byte for byte the same on every run. */
export async function rasterize(svg: string): Promise<Uint8Array> {
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

/** The finished card: model in, PNG bytes out. */
export async function renderCardPng(model: CardModel, fonts: FontOptions[]): Promise<Uint8Array> {
  return rasterize(await renderCardSvg(model, fonts));
}
