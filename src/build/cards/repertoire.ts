/** What the cards can draw, read from the font files and the emoji set on disk (for the validator and the renderer). */
import { repertoireOf } from '../../lib/cards/cmap.ts';
import type { Repertoire } from '../../lib/cards/coverage.ts';
import { FONT_FACES } from '../../lib/cards/fonts.ts';
import { readEmojiNames } from './emoji.ts';
import { readFontFiles } from './fonts.ts';

/** The repertoire of the installed card fonts and emoji set. */
export function loadRepertoire(root = process.cwd()): Repertoire {
  const files = readFontFiles(root);
  const fonts = FONT_FACES.map((face, index) => ({ family: face.family, bytes: files[index]! }));
  return repertoireOf(fonts, Object.keys(readEmojiNames(root)));
}
