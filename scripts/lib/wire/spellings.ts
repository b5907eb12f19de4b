/**
 * The site's spelling policy. An article keeps its source's spellings (the wire copy is quoted,
 * not rewritten); the site's own prose uses the second spelling of each pair; the glossary
 * explains the variants. The writers' guide lists these pairs, and a test keeps it in step.
 */
export const SPELLING_VARIANTS: readonly (readonly [source: string, site: string])[] = [
  ['Kiev', 'Kyiv'],
  ['Donbass', 'Donbas'],
  ['Lugansk', 'Luhansk'],
  ['Zelenskiy', 'Zelensky'],
  ['Zelenskyy', 'Zelensky'],
];

/** How often each source spelling occurs in `text`, for the import report: `Kiev (3×)`. */
export function countSourceSpellings(text: string): { spelling: string; site: string; count: number }[] {
  return SPELLING_VARIANTS.flatMap(([spelling, site]) => {
    const count = text.match(new RegExp(`\\b${spelling}\\b`, 'g'))?.length ?? 0;
    return count ? [{ spelling, site, count }] : [];
  });
}
