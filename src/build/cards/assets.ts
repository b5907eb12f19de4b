/** Everything a card is drawn with, loaded once per process (or worker): fonts, emoji, and what the fonts cover. */
import type { CardAssets } from '../../lib/cards/render.ts';
import { hasGlyph, type Repertoire } from '../../lib/cards/coverage.ts';
import { loadEmojiSet } from './emoji.ts';
import { loadCardFonts } from './fonts.ts';
import { loadRepertoire } from './repertoire.ts';

let loaded: CardAssets | undefined;

/** The card assets of this process. The fonts' character maps are read only if a card has a character like © or ❤. */
export function loadCardAssets(): CardAssets {
  if (!loaded) {
    let repertoire: Repertoire | undefined;
    loaded = {
      fonts: loadCardFonts(),
      emoji: loadEmojiSet(),
      hasGlyph: (codePoint) => hasGlyph((repertoire ??= loadRepertoire()), codePoint),
    };
  }
  return loaded;
}
