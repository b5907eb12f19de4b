/**
 * What a share card shows, as plain data. list.ts builds these from the site model; the templates
 * turn them into pictures. Nothing here knows about Astro.
 */
import { inQuotes } from './typography.ts';

/** The kinds of page that carry a card. `quote` is a pull quote's own page. */
export type CardKind = 'front' | 'article' | 'timeline' | 'glossary' | 'event' | 'term' | 'places' | 'place' | 'quote' | 'search' | 'corrections';

/** A place the card's locator inset pins. Plain data in the model, so the card's cache key covers it. */
export interface CardPin {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** A region or a sea: named in place, without a dot. */
  area?: boolean;
}

/** A card led by a headline: every page except a pull quote's. */
export interface HeadlineCard {
  kind: Exclude<CardKind, 'quote'>;
  /** The small line above the title: the section and, where it helps, a category. */
  kicker: string;
  title: string;
  /** One or two sentences under the title. */
  dek?: string;
  /** When, as readers write it: `6 April 2021`, `August 2014`. Shown opposite the kicker. */
  date?: string;
  /** The line opposite the site name at the bottom: a byline, places, a count. */
  credit?: string;
  /** Places for a locator inset beside the text (event and place cards), most important first. */
  pins?: CardPin[];
}

/** A pull quote's card: the words, who said them, and the article they come from. */
export interface QuoteCard {
  kind: 'quote';
  kicker: string;
  /** The quoted words, without quotation marks. */
  quote: string;
  /** Who said it, as the article credits them. */
  cite: string;
  /** The title of the article the quote comes from. */
  title: string;
  date?: string;
  credit?: string;
}

/** Any card. */
export type CardModel = HeadlineCard | QuoteCard;

/** The `og:image:alt` text: what the card shows, in the order a reader sees it. */
export function describeCard(model: CardModel): string {
  // "·" separates kicker parts on the card; screen readers read it out, so the alt text uses commas.
  const lead = [model.kicker.replaceAll(' · ', ', '), model.date].filter(Boolean).join(', ');
  if (model.kind === 'quote') return `${lead}: ${inQuotes(model.quote)} — ${model.cite}, in ${inQuotes(model.title)}.`;
  return [`${lead}: ${endSentence(model.title)}`, model.dek && endSentence(model.dek)].filter(Boolean).join(' ');
}

function endSentence(text: string): string {
  return /[.!?…”’"]$/.test(text) ? text : `${text}.`;
}
