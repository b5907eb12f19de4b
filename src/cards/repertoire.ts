/** What the cards can draw, read from the font files and the emoji set on disk (for the validator and the renderer). */
import { repertoireOf } from './cmap.ts';
import type { Repertoire } from './coverage.ts';
import { FONT_FACES } from './fonts.ts';
import { readEmojiNames } from './emoji-set.ts';
import { readFontFiles } from './font-files.ts';

/** The repertoire of the installed card fonts and emoji set. */
export function loadRepertoire(root = process.cwd()): Repertoire {
  const files = readFontFiles(root);
  const fonts = FONT_FACES.map((face, index) => ({ family: face.family, bytes: files[index]! }));
  return repertoireOf(fonts, Object.keys(readEmojiNames(root)));
}
