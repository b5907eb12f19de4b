import { describe, expect, test } from 'vitest';
import { emojiKey, emojiPictures, graphemeImages, iconSvg, isEmojiPicture, type EmojiSet, type IconifySet } from '../../../src/cards/emoji.ts';

describe('emojiKey', () => {
  test.each([
    ['😀', '1f600'],
    ['❤', '2764'],
    ['❤️', '2764'],
    ['❤︎', '2764'],
    ['©', '00a9'],
    ['#️⃣', '0023-20e3'],
    ['🇺🇦', '1f1fa-1f1e6'],
    ['👍🏽', '1f44d-1f3fd'],
    ['🏳️‍🌈', '1f3f3-200d-1f308'],
    ['🏴󠁧󠁢󠁳󠁣󠁴󠁿', '1f3f4-e0067-e0062-e0073-e0063-e0074-e007f'],
  ])('%s → %s', (grapheme, key) => {
    expect(emojiKey(grapheme)).toBe(key);
  });
});

/** A set that has these keys; its pictures name the key. */
function setOf(...keys: string[]): EmojiSet {
  return { has: (key) => keys.includes(key), svg: (key) => `<svg xmlns="http://www.w3.org/2000/svg"><title>${key}</title></svg>` };
}

const SET = setOf('1f600', '2764', '00a9', '2122', '0023-20e3', '1f1fa-1f1e6', '1f44d-1f3fd', '1f3f3-200d-1f308');
/** The fonts have © and ™ but no heart. */
const FONTS_HAVE = new Set([0xa9, 0x2122]);
const hasGlyph = (codePoint: number) => FONTS_HAVE.has(codePoint);

describe('isEmojiPicture', () => {
  test.each([
    ['an emoji by default', '😀', true],
    ['a flag', '🇺🇦', true],
    ['a skin tone', '👍🏽', true],
    ['a joined sequence', '🏳️‍🌈', true],
    ['a keycap', '#️⃣', true],
    ['a text-style character no font has: like a browser, the emoji', '❤', true],
    ['a text-style character asking for the emoji', '❤️', true],
    ['a text-style character a font has stays text', '©', false],
    ['… unless it asks for the emoji', '©️', true],
    ['asking for text, with a font: text', '™︎', false],
    ['asking for text, no font: still the picture, as browsers fall back', '❤︎', true],
    ['a letter', 'A', false],
    ['an emoji the set lacks', '🫨', false],
  ])('%s: %s → %s', (_name, grapheme, expected) => {
    expect(isEmojiPicture(grapheme, SET, hasGlyph)).toBe(expected);
  });
});

describe('emojiPictures', () => {
  test('finds each picture once, in order, across texts', () => {
    expect(emojiPictures(['Kyiv 🇺🇦 ❤ © 🇺🇦', 'Донбас 😀 🫨', 'no emoji here'], SET, hasGlyph)).toEqual(['🇺🇦', '❤', '😀']);
  });

  test('text without a candidate character never asks the fonts', () => {
    const asked: number[] = [];
    expect(emojiPictures(['Київ, ґанок', 'שלום', 'مرحبا'], SET, (codePoint) => (asked.push(codePoint), true))).toEqual([]);
    expect(asked).toEqual([]);
  });
});

describe('graphemeImages', () => {
  test('each picture becomes an SVG data URL of its key', () => {
    const images = graphemeImages(['🇺🇦'], SET);
    expect(Object.keys(images)).toEqual(['🇺🇦']);
    const [prefix, data] = images['🇺🇦']!.split(',');
    expect(prefix).toBe('data:image/svg+xml;base64');
    expect(atob(data!)).toContain('<title>1f1fa-1f1e6</title>');
  });
});

describe('iconSvg', () => {
  const icons: IconifySet = {
    width: 36,
    height: 36,
    icons: { 'red-heart': { body: '<path d="M0 0h36v36z"/>' }, wide: { body: '<g/>', width: 72 } },
    aliases: { heart: { parent: 'red-heart' } },
  };

  test.each([
    ['an icon', 'red-heart', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><path d="M0 0h36v36z"/></svg>'],
    ['an alias', 'heart', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><path d="M0 0h36v36z"/></svg>'],
    ['an icon with its own width', 'wide', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 36"><g/></svg>'],
  ])('%s', (_name, name, svg) => {
    expect(iconSvg(icons, name)).toBe(svg);
  });

  test('an unknown name is an error that names it', () => {
    expect(() => iconSvg(icons, 'unicorn')).toThrow('The emoji set has no icon `unicorn`.');
  });
});
