/**
 * Frontmatter text is shown beside Markdown text (an event's title above its summary), and the
 * Markdown is curled by SmartyPants; so the display fields get the same treatment, once, for the
 * pages, the cards and the feeds alike. Values stay as written in the files.
 */
import type { ArticleData, Correction, GlossaryTermData, TimelineEventData } from '../../schemas/index.ts';
import { smartQuotes } from './plain-text.ts';

/** An article's display fields with curled quotes. */
export function typesetArticle<T extends ArticleData>(data: T): T {
  return {
    ...data,
    title: smartQuotes(data.title),
    dek: smartQuotes(data.dek),
    credit: smartQuotes(data.credit),
    keyPoints: data.keyPoints.map(smartQuotes),
    corrections: typesetCorrections(data.corrections),
  };
}

/** An event's title and corrections with curled quotes. */
export function typesetEvent<T extends TimelineEventData>(data: T): T {
  return { ...data, title: smartQuotes(data.title), corrections: typesetCorrections(data.corrections) };
}

/** A term's definition and corrections with curled quotes. */
export function typesetTerm<T extends GlossaryTermData>(data: T): T {
  return { ...data, short: smartQuotes(data.short), corrections: typesetCorrections(data.corrections) };
}

/** Corrections quote what an entry said, so their quotation marks are curled like the entry's. */
function typesetCorrections(corrections: readonly Correction[]): Correction[] {
  return corrections.map((correction) => ({ ...correction, text: smartQuotes(correction.text) }));
}
