/**
 * Which characters the cards can draw, worked out from the fonts' own character maps and the
 * emoji set, the way satori picks a font: for each grapheme, the first family in the stack's
 * fallback order that has its first code point draws the whole grapheme, so that family must
 * have its combining marks too. Pure: the caller reads the font files (src/cards/repertoire.ts).
 */
import { isEmojiPicture } from './emoji.ts';
import { CORE_FAMILIES, fallbackOrder } from './fonts.ts';
import { drawnText } from './drawn-text.ts';

/** What the card fonts and the emoji set can draw. */
export interface Repertoire {
  /** The code points each font family has a glyph for, by family name. */
  families: ReadonlyMap<string, ReadonlySet<number>>;
  /** The keys of the emoji sequences the emoji set has pictures of (see emojiKey). */
  emoji: ReadonlySet<string>;
}

/** The fallback order of each stack; a grapheme must draw in both, since a field can be set in either. */
const ORDERS: readonly (readonly string[])[] = (['serif', 'sans'] as const).map(fallbackOrder);

/** True when some card font has a glyph for `codePoint`: satori falls back to every registered font. */
export function hasGlyph(repertoire: Repertoire, codePoint: number): boolean {
  for (const codePoints of repertoire.families.values()) if (codePoints.has(codePoint)) return true;
  return false;
}

/** Characters that draw nothing (joiners, direction marks, variation selectors, the soft hyphen): HarfBuzz hides them. */
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\t\n\r]$/u;

/** True when every character of `text` draws nothing, so no font needs a glyph for it. */
export function isInvisible(text: string): boolean {
  return [...text].every((char) => INVISIBLE.test(char));
}

/** True when `grapheme` is drawn with its real glyphs, or as an emoji picture, in both stacks. */
export function canDraw(grapheme: string, repertoire: Repertoire): boolean {
  const emoji = { has: (key: string) => repertoire.emoji.has(key) };
  if (isEmojiPicture(grapheme, emoji, (codePoint) => hasGlyph(repertoire, codePoint))) return true;
  // satori never draws these with a font: it wants a picture for them.
  if (/[\uFE0F\u20E3]/u.test(grapheme)) return false;
  const [first, ...rest] = [...grapheme].filter((char) => !INVISIBLE.test(char)).map((char) => char.codePointAt(0)!);
  if (first === undefined) return true;
  return ORDERS.every((order) => {
    const family = order.find((name) => repertoire.families.get(name)?.has(first));
    const codePoints = family === undefined ? undefined : repertoire.families.get(family);
    return codePoints !== undefined && rest.every((codePoint) => codePoints.has(codePoint));
  });
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** canDraw's answers by grapheme, for each repertoire: a build asks about the same few hundred characters over and over. */
const answers = new WeakMap<Repertoire, Map<string, boolean>>();

/** The graphemes of `text` that a card cannot draw, each once, in order, as the card sets the text (see drawnText). */
export function undrawableGraphemes(text: string, repertoire: Repertoire): string[] {
  let known = answers.get(repertoire);
  if (!known) answers.set(repertoire, (known = new Map()));
  const found = new Set<string>();
  for (const { segment } of graphemes.segment(drawnText(text))) {
    let drawn = known.get(segment);
    if (drawn === undefined) known.set(segment, (drawn = canDraw(segment, repertoire)));
    if (!drawn) found.add(segment);
  }
  return [...found];
}

/** True when `grapheme` looks like an emoji, so a message can name the emoji set rather than the fonts. */
export function isEmojiLike(grapheme: string): boolean {
  return /[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u20E3]/u.test(grapheme);
}

/**
 * The code points that the core fonts draw in both stacks. Each stack tries its core families
 * first, so a character in this set is drawn by a core font whatever else is registered: a card
 * whose text has only these draws the same with the core fonts alone. `families` needs only the
 * core families.
 */
export function coreCodePoints(families: ReadonlyMap<string, ReadonlySet<number>>): Set<number> {
  const union = (names: readonly string[]) => new Set(names.flatMap((name) => [...(families.get(name) ?? [])]));
  const [serif, sans] = [union(CORE_FAMILIES.serif), union(CORE_FAMILIES.sans)];
  return new Set([...serif].filter((codePoint) => sans.has(codePoint)));
}

/** True when `texts`, less their emoji pictures, need a font beyond the core ones (`core`: see coreCodePoints). */
export function needsMoreThanCore(texts: readonly string[], pictures: readonly string[], core: ReadonlySet<number>): boolean {
  return texts.some((text) => {
    const letters = pictures.reduce((rest, picture) => rest.replaceAll(picture, ''), text);
    for (const char of letters) if (!core.has(char.codePointAt(0)!) && !INVISIBLE.test(char)) return true;
    return false;
  });
}
