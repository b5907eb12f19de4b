/**
 * The fonts the cards are set in, taken from the @fontsource packages (WOFF files; no network).
 *
 * satori uses only the first font it is given for a (family, weight, style), so the Latin,
 * Latin Extended and Cyrillic subsets of one typeface cannot share a family name: the Cyrillic
 * subset would never be reached and "Донбас" would come out as boxes. Each subset gets a family
 * of its own, and the stacks below name them in order so satori falls back from one to the next.
 */
import type { Font as FontOptions } from 'satori';

/** The subsets of each typeface the cards load: enough for English, Ukrainian and Russian names. */
export const SUBSETS = [
  { id: 'latin', suffix: '' },
  { id: 'latin-ext', suffix: ' Latin Ext' },
  { id: 'cyrillic', suffix: ' Cyrillic' },
] as const;

const TYPEFACES = {
  serif: { family: 'Source Serif 4', package: 'source-serif-4' },
  sans: { family: 'Inter', package: 'inter' },
} as const;

type Typeface = keyof typeof TYPEFACES;

/** The weights and styles the templates use; nothing else is loaded. */
const STYLES: readonly { typeface: Typeface; weight: 400 | 700; style: 'normal' | 'italic' }[] = [
  { typeface: 'serif', weight: 700, style: 'normal' },
  { typeface: 'serif', weight: 400, style: 'italic' },
  { typeface: 'sans', weight: 400, style: 'normal' },
  { typeface: 'sans', weight: 700, style: 'normal' },
];

/** One font file to load: where it is under node_modules, and how satori should know it. */
export interface FontFace {
  /** Path relative to node_modules: `@fontsource/inter/files/inter-cyrillic-700-normal.woff`. */
  file: string;
  family: string;
  weight: 400 | 700;
  style: 'normal' | 'italic';
}

/** Every font file the cards need, in fallback order (Latin first). */
export const FONT_FACES: readonly FontFace[] = STYLES.flatMap(({ typeface, weight, style }) =>
  SUBSETS.map(({ id, suffix }) => {
    const { family, package: pkg } = TYPEFACES[typeface];
    return { file: `@fontsource/${pkg}/files/${pkg}-${id}-${weight}-${style}.woff`, family: family + suffix, weight, style };
  }),
);

/** A `fontFamily` value naming a typeface's subsets in fallback order. */
export function familyStack(typeface: Typeface): string {
  return SUBSETS.map(({ suffix }) => `"${TYPEFACES[typeface].family}${suffix}"`).join(', ');
}

/** satori's font list, given the bytes of each file in FONT_FACES (read by the caller, once). */
export function toSatoriFonts(read: (face: FontFace) => Uint8Array): FontOptions[] {
  return FONT_FACES.map((face) => {
    const bytes = read(face);
    // satori wants an ArrayBuffer or a Buffer; a view into a larger pool must be copied out.
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return { name: face.family, data, weight: face.weight, style: face.style };
  });
}
