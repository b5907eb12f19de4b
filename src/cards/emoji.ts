/**
 * Emoji on the cards: which graphemes are drawn as pictures from the bundled emoji set (Twemoji,
 * from @iconify-json/twemoji), and those pictures as satori's `graphemeImages`. Browsers draw an
 * emoji as a picture when it asks to be one (an emoji sequence, U+FE0F, or a character that is an
 * emoji by default, like 😀), and a character such as © or ™ as text when a font has it; so do
 * the cards.
 */

/** The pictures of an emoji set, by key (see emojiKey). */
export interface EmojiSet {
  /** True when the set has a picture for `key`. */
  has(key: string): boolean;
  /** The picture of `key` as a standalone SVG document; only asked for keys the set has. */
  svg(key: string): string;
}

const VARIATION_SELECTORS = new Set([0xfe0e, 0xfe0f]);

/**
 * The name of an emoji sequence in the set: its code points in lowercase hex, at least four
 * digits, joined by `-`, without the variation selectors (`❤️` and `❤` are both `2764`).
 */
export function emojiKey(grapheme: string): string {
  return [...grapheme]
    .map((char) => char.codePointAt(0)!)
    .filter((codePoint) => !VARIATION_SELECTORS.has(codePoint))
    .map((codePoint) => codePoint.toString(16).padStart(4, '0'))
    .join('-');
}

/**
 * True when `grapheme` is drawn as a picture. `hasGlyph` says whether a card font has a code
 * point; it is only asked about characters that are text by default, such as ©, ™ and ❤.
 */
export function isEmojiPicture(grapheme: string, emoji: Pick<EmojiSet, 'has'>, hasGlyph: (codePoint: number) => boolean): boolean {
  if (!emoji.has(emojiKey(grapheme))) return false;
  // U+FE0F and a keycap ask for the emoji; U+FE0E asks for text.
  if (/[\uFE0F\u20E3]/u.test(grapheme)) return true;
  const textFirst = grapheme.includes('\uFE0E') || ([...grapheme].length === 1 && !/\p{Emoji_Presentation}/u.test(grapheme));
  // A flag, a skin tone or a joined sequence is a picture; a text-style character is one only when no font has it.
  return !textFirst || !hasGlyph(grapheme.codePointAt(0)!);
}

/** A character that may start or be part of an emoji; text without one needs no look-up at all. */
const EMOJI_CANDIDATE = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3\uFE0F]/u;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The graphemes of `texts` that are drawn as pictures, each once, in order. */
export function emojiPictures(texts: readonly string[], emoji: Pick<EmojiSet, 'has'>, hasGlyph: (codePoint: number) => boolean): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (!EMOJI_CANDIDATE.test(text)) continue;
    for (const { segment } of graphemes.segment(text)) {
      if (EMOJI_CANDIDATE.test(segment) && isEmojiPicture(segment, emoji, hasGlyph)) found.add(segment);
    }
  }
  return [...found];
}

/** satori's `graphemeImages`: each picture as an SVG data URL, by grapheme. */
export function graphemeImages(pictures: readonly string[], emoji: EmojiSet): Record<string, string> {
  const dataUrl = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
  return Object.fromEntries(pictures.map((grapheme) => [grapheme, dataUrl(emoji.svg(emojiKey(grapheme)))]));
}

/** An icon set in Iconify's JSON format, as @iconify-json/* packages ship it (the parts used here). */
export interface IconifySet {
  icons: Record<string, { body: string; width?: number; height?: number }>;
  aliases?: Record<string, { parent: string }>;
  width?: number;
  height?: number;
}

/** The standalone SVG of icon `name` (or of the icon an alias points to). */
export function iconSvg(set: IconifySet, name: string): string {
  const icon = set.icons[name] ?? set.icons[set.aliases?.[name]?.parent ?? ''];
  if (!icon) throw new Error(`The emoji set has no icon \`${name}\`.`);
  const width = icon.width ?? set.width ?? 16;
  const height = icon.height ?? set.height ?? 16;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${icon.body}</svg>`;
}
