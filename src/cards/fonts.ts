/**
 * The fonts the cards are set in, taken from @fontsource packages (WOFF files; no network).
 *
 * Each of the two stacks covers the same scripts: Latin (with Vietnamese), Cyrillic, Greek,
 * Arabic and Hebrew. Source Serif 4 and Inter draw the first three; Amiri (Naskh) and IBM Plex
 * Sans Arabic draw Arabic; Frank Ruhl Libre and Noto Sans Hebrew draw Hebrew.
 *
 * satori uses only the first font it is given for a (family, weight, style), so the subsets of one
 * typeface cannot share a family name: the Cyrillic subset would never be reached and "Донбас"
 * would come out as boxes. Each subset gets a family of its own, and each stack names them in
 * order. satori then falls back to every other registered family, so a character missing from a
 * whole stack still comes from the other one (see coverage.ts).
 *
 * The Arabic fonts are ones whose letters carry their own dots: satori 0.63 places a glyph's
 * vertical offset upside down, which scatters the dots of fonts that position them as marks
 * (Noto Sans and Noto Naskh Arabic). See src/cards/README.md.
 */
import type { Font as FontOptions } from 'satori';

type Weight = 400 | 700;
type Style = 'normal' | 'italic';

/** One @fontsource typeface: the subsets the cards load, and whether it has a real italic. */
interface Typeface {
  family: string;
  package: string;
  subsets: readonly string[];
  /**
   * False for the Arabic and Hebrew faces: those scripts have no italic, so their upright face is
   * used in italic text (satori is told not to slant it, see frame.ts).
   */
  italic: boolean;
}

/** Each stack: its typefaces in the order satori should try them. */
const STACKS = {
  serif: [
    {
      family: 'Source Serif 4',
      package: 'source-serif-4',
      subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'],
      italic: true,
    },
    { family: 'Amiri', package: 'amiri', subsets: ['arabic'], italic: false },
    { family: 'Frank Ruhl Libre', package: 'frank-ruhl-libre', subsets: ['hebrew'], italic: false },
  ],
  sans: [
    {
      family: 'Inter',
      package: 'inter',
      subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'],
      italic: false,
    },
    { family: 'IBM Plex Sans Arabic', package: 'ibm-plex-sans-arabic', subsets: ['arabic'], italic: false },
    { family: 'Noto Sans Hebrew', package: 'noto-sans-hebrew', subsets: ['hebrew'], italic: false },
  ],
} as const satisfies Record<string, readonly Typeface[]>;

/** A font stack the templates use. */
export type StackName = keyof typeof STACKS;

/** The weights and styles the templates use; nothing else is loaded. */
const STYLES: readonly { stack: StackName; weight: Weight; style: Style }[] = [
  { stack: 'serif', weight: 700, style: 'normal' },
  { stack: 'serif', weight: 400, style: 'italic' },
  { stack: 'sans', weight: 400, style: 'normal' },
  { stack: 'sans', weight: 700, style: 'normal' },
];

/** One font file to load: where it is under node_modules, and how satori should know it. */
export interface FontFace {
  /** Path relative to node_modules: `@fontsource/inter/files/inter-cyrillic-700-normal.woff`. */
  file: string;
  family: string;
  weight: Weight;
  style: Style;
}

/** The family name of one subset: the typeface's own for its first (`Inter`, `Amiri`), else `Inter Cyrillic Ext`. */
function subsetFamily(typeface: Typeface, subset: string): string {
  if (subset === typeface.subsets[0]) return typeface.family;
  const words = subset.split('-').map((word) => word[0]!.toUpperCase() + word.slice(1));
  return [typeface.family, ...words].join(' ');
}

/** The families of a stack, in the order satori should try them. */
export function stackFamilies(stack: StackName): string[] {
  return STACKS[stack].flatMap((typeface) => typeface.subsets.map((subset) => subsetFamily(typeface, subset)));
}

/** Every font file the cards need, in the order satori registers them (serif, then sans; Latin first). */
export const FONT_FACES: readonly FontFace[] = uniqueFiles(
  STYLES.flatMap(({ stack, weight, style }) =>
    STACKS[stack].flatMap((typeface: Typeface) =>
      typeface.subsets.map((subset) => {
        // A face without an italic lends its upright face to italic text.
        const fileStyle = typeface.italic ? style : 'normal';
        return {
          file: `@fontsource/${typeface.package}/files/${typeface.package}-${subset}-${weight}-${fileStyle}.woff`,
          family: subsetFamily(typeface, subset),
          weight,
          style: fileStyle,
        };
      }),
    ),
  ),
);

function uniqueFiles(faces: FontFace[]): FontFace[] {
  return faces.filter((face, index) => faces.findIndex((other) => other.file === face.file) === index);
}

/**
 * The subsets of each stack's first typeface that every card is drawn with. satori parses every
 * font it is given, which costs far more than drawing a card, so the other subsets and typefaces
 * are given only to a card whose text needs them (see render.ts).
 */
const CORE_SUBSETS: readonly string[] = ['latin', 'latin-ext', 'cyrillic'];

/** The families of the core subsets, by stack. */
export const CORE_FAMILIES: Readonly<Record<StackName, readonly string[]>> = {
  serif: CORE_SUBSETS.map((subset) => subsetFamily(STACKS.serif[0], subset)),
  sans: CORE_SUBSETS.map((subset) => subsetFamily(STACKS.sans[0], subset)),
};

/** True for a font of the core subsets. */
export function isCoreFace(face: Pick<FontFace, 'family'>): boolean {
  return Object.values(CORE_FAMILIES).some((families) => families.includes(face.family));
}

/** Every family, in the order satori first meets it; after a stack's own, it tries the rest in this order. */
export const FAMILIES: readonly string[] = [...new Set(FONT_FACES.map((face) => face.family))];

/** The families satori tries for a character in text set in `stack`: the stack's own, then every other one. */
export function fallbackOrder(stack: StackName): string[] {
  const own = stackFamilies(stack);
  return [...own, ...FAMILIES.filter((family) => !own.includes(family))];
}

/** A `fontFamily` value naming a stack's families in fallback order. */
export function familyStack(stack: StackName): string {
  return stackFamilies(stack)
    .map((family) => `"${family}"`)
    .join(', ');
}

/** The npm packages the fonts come from, for error messages. */
export const FONT_PACKAGES: readonly string[] = Object.values(STACKS).flatMap((typefaces) => typefaces.map((typeface) => `@fontsource/${typeface.package}`));

/** satori's font list, given the bytes of each file in FONT_FACES (read by the caller, once). */
export function toSatoriFonts(read: (face: FontFace) => Uint8Array): FontOptions[] {
  return FONT_FACES.map((face) => {
    const bytes = read(face);
    // satori wants an ArrayBuffer or a Buffer; a view into a larger pool must be copied out.
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return { name: face.family, data, weight: face.weight, style: face.style };
  });
}
