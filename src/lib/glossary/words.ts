/**
 * How text is cut into words for glossary matching. Term names and article text go through the
 * same tokenizer, so "Donetsk People’s Republic" in a file and "Donetsk People's Republic" in the
 * text meet as the same words joined by the same separators.
 */

/** A word (letters, combining marks, digits) and where it sits in the text. */
export interface Word {
  /** The word as written. */
  text: string;
  /** Lowercased, for case-insensitive lookups. */
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const APOSTROPHES = /[\u2019\u02BC']/g;
const HYPHENS = /[\u2010\u2011-]/g;
const SPACES = /\s+/gu;

/** Every word of `text`, in order. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    words.push({ text: match[0], key: match[0].toLowerCase(), start, end: start + match[0].length });
  }
  return words;
}

/**
 * The text between two words, reduced to what matters for matching: any run of white space
 * (a line break in the source, a no-break space) is one space; curly and straight apostrophes are
 * one apostrophe (an opening ‘ is a quotation mark, not an apostrophe); hyphens are one hyphen.
 */
export function normalizeSeparator(text: string): string {
  return text.replace(SPACES, ' ').replace(APOSTROPHES, "'").replace(HYPHENS, '-');
}

/** True when `separator` (already normalized) joins two words into one, as in "pro-Russia" or "O'Brien". */
export function isGlue(separator: string): boolean {
  return separator === '-' || separator === "'";
}
