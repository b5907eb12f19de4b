/**
 * How a card prepares a text before satori draws it: the characters it draws, and which way a
 * block of text runs. The coverage check reads the same characters, so it judges what is drawn.
 */

/**
 * The Arabic vowel marks (tashkil: fathatan to sukun) and the superscript alef. satori 0.63 places
 * a mark's vertical offset upside down, so it would draw them inside or below the letters. News
 * text is written without them, so the card leaves them out: Arabic reads fully without them.
 */
const ARABIC_VOWEL_MARKS = /[\u064B-\u0652\u0670]/gu;

/**
 * The text as the card draws it: composed (NFC, so `е` + U+0301 and `é` are the same and a
 * precomposed glyph is used where the font has one), without Arabic vowel marks.
 */
export function drawnText(text: string): string {
  return text.normalize('NFC').replace(ARABIC_VOWEL_MARKS, '');
}

/** Letters of the scripts written right to left (bidi classes R and AL), and the right-to-left mark. */
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\u200F]/u;

/** A letter of any script, or a direction mark: what decides a paragraph's direction. */
const STRONG = /[\p{L}\u200E\u200F]/u;

/**
 * The direction of a block of text, as a browser decides it for `dir="auto"`: that of its first
 * letter. A title in Arabic or Hebrew runs from the right; one that starts in Latin, Cyrillic or
 * Greek runs from the left, with any Arabic or Hebrew words in it still read right to left.
 */
export function baseDirection(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    if (STRONG.test(char)) return RIGHT_TO_LEFT.test(char) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}
