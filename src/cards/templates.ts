/**
 * The two card layouts inside the shared frame: a headline with its dek, and a pull quote with
 * its speaker and article. Each declares its text blocks' sizes; fit.ts picks among them.
 */
import { CARD, COLORS, type CardSize } from '../lib/constants.ts';
import { KINDS } from '../lib/maps/kinds.ts';
import type { CardElement } from './element.ts';
import type { TextFit, TextSetting } from './fit.ts';
import { BODY, cardFrame, CONTENT, FRAME_FITS, SANS, SERIF, textBlock } from './frame.ts';
import type { CardModel, HeadlineCard, QuoteCard } from './model.ts';
import { inQuotes } from './typography.ts';

const GAP = 24;

/** The height the headline's title and dek share, split so both at their most lines still fit. */
const TITLE_FIT: TextFit = { sizes: [72, 64, 56, 50, 44], leading: 1.12, maxHeight: 246 };
const DEK_FIT: TextFit = { sizes: [30, 27, 24], leading: 1.36, maxHeight: BODY.height - 246 - GAP };

const QUOTE_FIT: TextFit = { sizes: [60, 54, 48, 42, 38], leading: 1.2, maxHeight: 272 };
const CITE_FIT: TextFit = { sizes: [28, 25], leading: 1.25, maxHeight: 35 };
const SOURCE_FIT: TextFit = { sizes: [24, 22], leading: 1.3, maxHeight: BODY.height - 272 - 35 - GAP - 8 };

/** The locator inset's frame (a `card` map) and the gap that keeps the text clear of it. */
const INSET = { width: KINDS.card.width, height: KINDS.card.height, gap: 40 } as const;

/** Where a card with pins draws its inset: at the right of the body, centred in its height. */
export function insetPosition(size: CardSize = CARD): { x: number; y: number } {
  return { x: CONTENT.right - INSET.width, y: BODY.top + Math.round((BODY.height + size.height - CARD.height - INSET.height) / 2) };
}

/** The text blocks of a model's layout, with how each may be sized. */
export function textFits(model: CardModel): Record<string, TextFit> {
  if (model.kind === 'quote') return { ...FRAME_FITS, quote: QUOTE_FIT, cite: CITE_FIT, source: SOURCE_FIT };
  return { ...FRAME_FITS, title: TITLE_FIT, ...(model.dek ? { dek: DEK_FIT } : {}) };
}

/** The card's element tree with its text blocks set as `settings` says. */
export function cardElement(model: CardModel, settings: Record<string, TextSetting>): CardElement {
  const body = model.kind === 'quote' ? quoteBody(model, settings) : headlineBody(model, settings);
  const frame = { kicker: settings['kicker']!, credit: settings['credit']! };
  return cardFrame({ kicker: model.kicker, date: model.date, credit: model.credit, settings: frame, body });
}

function headlineBody(model: HeadlineCard, settings: Record<string, TextSetting>): CardElement[] {
  // With an inset, the text keeps to the left of it; the inset is drawn in after layout (render.ts).
  const width = model.pins?.length ? { width: BODY.width - INSET.width - INSET.gap } : {};
  const title = textBlock('title', model.title, settings['title']!, { fontFamily: SERIF, fontWeight: 700, color: COLORS.ink, ...width });
  if (!model.dek) return [title];
  const dek = textBlock('dek', model.dek, settings['dek']!, { fontFamily: SANS, color: COLORS.muted, marginTop: GAP, ...width });
  return [title, dek];
}

function quoteBody(model: QuoteCard, settings: Record<string, TextSetting>): CardElement[] {
  return [
    textBlock('quote', inQuotes(model.quote), settings['quote']!, {
      fontFamily: SERIF,
      fontStyle: 'italic',
      color: COLORS.ink,
      // The opening mark hangs in the margin, so the words line up with the kicker.
      textIndent: -Math.round(settings['quote']!.fontSize * 0.42),
    }),
    textBlock('cite', `— ${model.cite}`, settings['cite']!, { fontFamily: SANS, fontWeight: 700, color: COLORS.accent, marginTop: GAP }),
    textBlock('source', `in ${inQuotes(model.title)}`, settings['source']!, { fontFamily: SANS, color: COLORS.muted, marginTop: 8 }),
  ];
}
