/**
 * The emoji set the cards draw emoji from: Twemoji, from @iconify-json/twemoji (graphics CC BY 4.0,
 * see src/cards/README.md). Its character list is small and read at once; its icons, a much larger file,
 * are read only when a card first needs a picture.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { iconSvg, type EmojiSet, type IconifySet } from './emoji.ts';

const PACKAGE = '@iconify-json/twemoji';

/** The emoji set's files: `chars.json` (key → icon name) and `icons.json` (the pictures). */
export function emojiFiles(root = process.cwd()): { chars: string; icons: string } {
  const require = createRequire(path.join(root, 'package.json'));
  try {
    return { chars: require.resolve(`${PACKAGE}/chars.json`), icons: require.resolve(`${PACKAGE}/icons.json`) };
  } catch {
    throw new Error(`The card emoji set \`${PACKAGE}\` is missing.\n  Run \`npm install\`: the cards draw emoji from it.`);
  }
}

/** Icon names by emoji key (`1f1fa-1f1e6` → `flag-ukraine`). */
export function readEmojiNames(root = process.cwd()): Record<string, string> {
  return JSON.parse(readFileSync(emojiFiles(root).chars, 'utf8')) as Record<string, string>;
}

/** The emoji set, its pictures read on first use and each one built once. */
export function loadEmojiSet(root = process.cwd()): EmojiSet {
  const names = readEmojiNames(root);
  let icons: IconifySet | undefined;
  const pictures = new Map<string, string>();
  return {
    has: (key) => Object.hasOwn(names, key),
    svg(key) {
      let picture = pictures.get(key);
      if (picture === undefined) {
        icons ??= JSON.parse(readFileSync(emojiFiles(root).icons, 'utf8')) as IconifySet;
        picture = iconSvg(icons, names[key]!);
        pictures.set(key, picture);
      }
      return picture;
    },
  };
}
