/**
 * How big and how deeply nested an entry may be. The Markdown/MDX parser's time and memory grow
 * with an entry's size and, much faster, with its nesting, so these bound what one file can cost
 * the validator and the build. The reasons and the measurements are in src/lib/content/README.md.
 */

/** The largest entry file, in bytes: room for a 10,000-word long read. */
export const MAX_ENTRY_BYTES = 64 * 1024;

/** The deepest nesting of lists and quotations on a line, and of lists and maps in the frontmatter. */
export const MAX_NESTING = 20;

/**
 * The most components or HTML elements, square brackets, curly braces or emphasis markers open
 * around one point. Higher than MAX_NESTING because it is counted from the text alone (see
 * nesting.ts), where many pairs side by side count a little too.
 */
export const MAX_OPEN = 100;

/** `65,536 bytes (64 KB)`: a size as writers read it. */
export function formatBytes(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  const [size, unit] = units.find(([size]) => bytes >= size) ?? [1, 'bytes'];
  if (size === 1) return `${bytes} bytes`;
  const amount = bytes / size;
  return `${amount.toFixed(amount < 10 && !Number.isInteger(amount) ? 1 : 0)} ${unit}`;
}
