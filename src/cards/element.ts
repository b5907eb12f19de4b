/**
 * The element trees satori lays out, built as plain objects (the shape React elements have), so the
 * templates need no JSX compiler and run as-is under Node's type stripping in the card workers.
 */

/** Inline CSS in satori's camelCase form. */
export type Style = Record<string, string | number>;

/** What an element may contain: elements and text. */
export type CardChild = CardElement | string;

/** A node satori lays out: a `div` with inline styles. */
export interface CardElement {
  type: 'div';
  /** Names a text block so its laid-out height can be read back while fitting. */
  key?: string;
  props: { style: Style; children?: CardChild | CardChild[] };
}

/** A flex `div` with `style` and children. Sizes include padding and borders, as in the site's CSS (satori's default is content-box). */
export function box(style: Style, children?: CardChild | CardChild[], key?: string): CardElement {
  const props = { style: { display: 'flex', boxSizing: 'border-box', ...style }, ...(children === undefined ? {} : { children }) };
  return { type: 'div', ...(key ? { key } : {}), props };
}
