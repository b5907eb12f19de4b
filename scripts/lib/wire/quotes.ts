/**
 * Quotation marks that scans and re-keying get wrong: a quote opened with `"` and closed with `'`
 * (or the reverse), `''` for `"`, and a stray `'` before a closing `"`. Curly marks are
 * straightened first so that each quotation can be paired.
 */

/** One mended quotation mark, as the report shows it. */
export interface QuoteFix {
  /** What was changed, for the report: `"…Russia,' said" → "…Russia," said"`. */
  before: string;
  after: string;
}

/** A text with its quotation marks mended. */
export interface QuoteResult {
  text: string;
  fixes: QuoteFix[];
  /** Curly marks straightened. */
  straightened: number;
}

const CURLY = /[‘’“”]/g;
const OPENS_AFTER = /^$|[\s([{—–/-]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PUNCTUATION = /[,.!?;:]/;

/** Fixes the quotation marks of one paragraph (or headline). */
export function normaliseQuotes(input: string): QuoteResult {
  let straightened = 0;
  let text = input.replace(CURLY, (mark) => {
    straightened++;
    return mark === '“' || mark === '”' ? '"' : "'";
  });
  const fixes: QuoteFix[] = [];
  if (text.includes("''")) {
    const fixed = text.replace(/''/g, '"');
    fixes.push(...excerpts(text, fixed, /''/g));
    text = fixed;
  }
  const paired = pairMarks(text);
  return { text: paired.text, fixes: [...fixes, ...paired.fixes], straightened };
}

/**
 * Walks the marks left to right, tracking the open double and single quotation, and mends a
 * quotation whose closing mark does not match its opening one.
 */
function pairMarks(text: string): { text: string; fixes: QuoteFix[] } {
  const chars = [...text];
  const fixes: QuoteFix[] = [];
  let double: number | undefined;
  let single: number | undefined;
  const change = (index: number, mark: string) => {
    const before = chars.join('');
    chars[index] = mark;
    fixes.push({ before: around(before, index), after: around(chars.join(''), index) });
  };
  for (let i = 0; i < chars.length; i++) {
    const mark = chars[i];
    if (mark !== '"' && mark !== "'") continue;
    const prev = chars.slice(0, i).findLast((c) => c !== '') ?? '';
    const next = chars[i + 1] ?? '';
    const opening = OPENS_AFTER.test(prev) && next !== '' && !/\s/.test(next);
    if (mark === '"') {
      if (opening && double === undefined) {
        double = i;
      } else if (double !== undefined) {
        double = single = undefined;
      } else if (single !== undefined) {
        change(single, '"'); // opened with ', closed with ": 'to express … violations."
        single = undefined;
      }
    } else if (LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) {
      // an apostrophe: Russia's
    } else if (opening) {
      if (!/\d/.test(next)) single = i; // '90s is an apostrophe
    } else if (single !== undefined) {
      single = undefined;
    } else if (double !== undefined && next === '"') {
      change(i, ''); // a stray ' before the closing ": Crimea'"
    } else if (double !== undefined && PUNCTUATION.test(prev)) {
      change(i, '"'); // opened with ", closed with ': "…Russia,' said
      double = undefined;
    }
  }
  return { text: chars.join(''), fixes };
}

/** True when every `"` in `text` has a partner. */
export function quotesBalance(text: string): boolean {
  return (text.match(/"/g)?.length ?? 0) % 2 === 0;
}

function around(text: string, index: number): string {
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, index - 12)));
  const endSpace = text.indexOf(' ', index + 8);
  return `${start > 0 ? '…' : ''}${text.slice(start, endSpace === -1 ? undefined : endSpace).trim()}${endSpace === -1 ? '' : '…'}`;
}

function excerpts(before: string, after: string, pattern: RegExp): QuoteFix[] {
  return [...before.matchAll(pattern)].map((m, k) => ({ before: around(before, m.index), after: around(after, m.index - k) }));
}
