/** Everything a card is drawn with, loaded once per process (or worker): fonts, emoji, and what the fonts cover. */
import type { Font as FontOptions } from 'satori';
import { repertoireOf } from './cmap.ts';
import { coreCodePoints, hasGlyph, type Repertoire } from './coverage.ts';
import { FONT_FACES, isCoreFace } from './fonts.ts';
import type { CardAssets } from './render.ts';
import { loadEmojiSet } from './emoji-set.ts';
import { loadCardFonts } from './font-files.ts';
import { makeOutliner } from './map-inset.ts';
import { loadBasemap } from '../node/basemap.ts';
import type { Basemap } from '../lib/maps/types.ts';

/** What `fonts` draw, read from their own bytes. */
function repertoireOfFonts(fonts: readonly FontOptions[]): Repertoire {
  return repertoireOf(
    fonts.map((font) => ({ family: font.name, bytes: new Uint8Array(font.data as ArrayBuffer) })),
    [],
  );
}

let loaded: CardAssets | undefined;

/**
 * The card assets of this process. The core fonts' character maps are read with the first card;
 * all of them only if a card has a character such as © or ❤, which may be text or a picture.
 */
export function loadCardAssets(): CardAssets {
  if (!loaded) {
    const fonts = loadCardFonts();
    const coreFonts = fonts.filter((_font, index) => isCoreFace(FONT_FACES[index]!));
    let core: ReadonlySet<number> | undefined;
    let all: Repertoire | undefined;
    let basemap: Basemap | undefined;
    loaded = {
      fonts,
      coreFonts,
      coreCodePoints: () => (core ??= coreCodePoints(repertoireOfFonts(coreFonts).families)),
      emoji: loadEmojiSet(),
      hasGlyph: (codePoint) => hasGlyph((all ??= repertoireOfFonts(fonts)), codePoint),
      // Prepared once per worker, on its first card with an inset, and shared by all its cards.
      basemap: () => (basemap ??= loadBasemap()),
      outline: makeOutliner(coreFonts),
    };
  }
  return loaded;
}
