/** SVG markup: elements with their attributes in a fixed order, numbers rounded, text escaped. */

/** An attribute value; undefined leaves the attribute out. */
export type AttributeValue = string | number | undefined;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** A coordinate rounded to 0.1 px: finer than any screen needs, and the same on every run. */
export function px(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** An element: `<name a="1">content</name>`, or `<name a="1"/>` when there is no content. */
export function el(name: string, attributes: Readonly<Record<string, AttributeValue>>, content = ''): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    open += ` ${key}="${typeof value === 'number' ? px(value) : escapeXml(value)}"`;
  }
  return content === '' ? `${open}/>` : `${open}>${content}</${name}>`;
}
