/** Dropped letters that turn one word into another, which a spell checker cannot catch. */

/** One fixed typo, as the report shows it. */
export interface TypoFix {
  before: string;
  after: string;
}

/**
 * "sovereignty an territorial integrity": `an` before a consonant is almost always `and` missing
 * its `d`. Words starting with h, x or y are left alone (an hour, an x-ray), and so are
 * capitalised words and acronyms (an MP, an NGO), which are often read with a vowel sound.
 */
const AN_BEFORE_CONSONANT = /\ban ([bcdfgjklmnpqrstvwz][a-z]*)\b/g;

/** Fixes likely dropped letters in `text`. */
export function fixTypos(text: string): { text: string; fixes: TypoFix[] } {
  const fixes: TypoFix[] = [];
  const fixed = text.replace(AN_BEFORE_CONSONANT, (match, word: string) => {
    fixes.push({ before: match, after: `and ${word}` });
    return `and ${word}`;
  });
  return { text: fixed, fixes };
}
