/**
 * Text fitting. Each text block has a few font sizes, largest first, and a height it may fill.
 * The card is laid out with every block at its current size and no clamping; satori reports how
 * tall each block came out, which is exact (it is the same layout that gets drawn). A block that
 * is too tall steps down a size and the card is laid out again. A block that is still too tall at
 * its smallest size is clamped to the lines that fit, ending in an ellipsis. Clamping drops
 * whole lines, so no glyph is ever cut, and every block stays inside its height.
 */

/** How one text block may be sized. */
export interface TextFit {
  /** Font sizes in px to try, largest first. */
  sizes: readonly number[];
  /** Line height as a multiple of the font size. */
  leading: number;
  /** The most height in px the block may take. */
  maxHeight: number;
}

/** How one text block is set: its size, its line height in whole px, and a clamp when it is too long. */
export interface TextSetting {
  fontSize: number;
  lineHeight: number;
  /** The most lines to show; set only on the final layout, where it is a no-op for text that fits. */
  lineClamp?: number;
}

/** A size index per block. */
export type SizeChoice<K extends string> = Record<K, number>;

/** What to do after a layout: keep it, shrink some blocks and lay out again, or clamp at the smallest sizes. */
export type FitStep<K extends string> = { next: 'done' } | { next: 'shrink'; choice: SizeChoice<K> } | { next: 'clamp' };

/** Line height in whole px: satori rounds line heights to pixels, so the arithmetic must too. */
export function lineHeightOf(fit: TextFit, index: number): number {
  return Math.round(fit.sizes[index]! * fit.leading);
}

/** How many lines of the block fit in its height at size `index` (always at least one). */
export function linesAllowed(fit: TextFit, index: number): number {
  return Math.max(1, Math.floor(fit.maxHeight / lineHeightOf(fit, index)));
}

/** Every block at its largest size. */
export function largestSizes<K extends string>(fits: Record<K, TextFit>): SizeChoice<K> {
  return Object.fromEntries(Object.keys(fits).map((key) => [key, 0])) as SizeChoice<K>;
}

/** The settings for a choice of sizes; with `clamp`, each block is also clamped to the lines that fit. */
export function settingsFor<K extends string>(fits: Record<K, TextFit>, choice: SizeChoice<K>, clamp: boolean): Record<K, TextSetting> {
  const entries = (Object.keys(fits) as K[]).map((key) => {
    const fit = fits[key];
    const index = choice[key];
    const setting: TextSetting = { fontSize: fit.sizes[index]!, lineHeight: lineHeightOf(fit, index) };
    if (clamp) setting.lineClamp = linesAllowed(fit, index);
    return [key, setting] as const;
  });
  return Object.fromEntries(entries) as Record<K, TextSetting>;
}

/** The blocks taller than their height allows at their current size (`heights` in px, by key, as satori measured them). */
export function overflowingBlocks<K extends string>(fits: Record<K, TextFit>, choice: SizeChoice<K>, heights: Partial<Record<K, number>>): K[] {
  return (Object.keys(fits) as K[]).filter((key) => {
    const height = heights[key];
    if (height === undefined) throw new Error(`The card layout has no text block named \`${key}\` to measure.`);
    const lines = Math.round(height / lineHeightOf(fits[key], choice[key]));
    return lines > linesAllowed(fits[key], choice[key]);
  });
}

/** Decides the next step after a layout: overflowing blocks step down a size; at their smallest, they clamp. */
export function nextFitStep<K extends string>(fits: Record<K, TextFit>, choice: SizeChoice<K>, heights: Partial<Record<K, number>>): FitStep<K> {
  const overflowing = overflowingBlocks(fits, choice, heights);
  if (!overflowing.length) return { next: 'done' };
  const shrinkable = overflowing.filter((key) => choice[key] < fits[key].sizes.length - 1);
  if (!shrinkable.length) return { next: 'clamp' };
  const next = { ...choice };
  for (const key of shrinkable) next[key] = choice[key] + 1;
  return { next: 'shrink', choice: next };
}
