/**
 * The timeline's categories, in the order the filter shows them, with their reader-facing labels.
 * The timeline schema checks `category` against these; src/lib/constants.ts passes them on to the
 * rest of the site.
 */
export const CATEGORY_LABELS = {
  politics: 'Politics',
  military: 'Military',
  diplomacy: 'Diplomacy',
  'nato-eu': 'NATO and EU',
  humanitarian: 'Humanitarian',
} as const;

/** A timeline category's key, as writers spell it in `category:`. */
export type Category = keyof typeof CATEGORY_LABELS;

/** Every category key, in filter order. */
export const CATEGORIES = Object.keys(CATEGORY_LABELS) as [Category, ...Category[]];

/** True when `value` is one of the timeline categories. */
export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && Object.hasOwn(CATEGORY_LABELS, value);
}
