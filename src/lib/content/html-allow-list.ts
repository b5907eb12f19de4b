/**
 * The HTML a writer may put in an entry's text, and nothing more. Entries are published to readers
 * as written and are built next to the site's publishing credentials, so the list holds only
 * inline elements that change how words read, never what a page does:
 *
 * - `span` marks a phrase's language (`lang="uk"`, so screen readers pronounce it and browsers
 *   hyphenate it) or direction; `abbr` gives an abbreviation's expansion (`title`); `bdi` keeps an
 *   Arabic or Hebrew name from reordering the English around it;
 * - `sub` and `sup` for chemical formulas, ordinals and units; `br` for a line break inside a
 *   paragraph (a postal address, a verse); `kbd` for keys; `mark` for a highlighted word in a
 *   quoted document; `small` for fine print.
 *
 * Their only attributes are `lang`, `dir` and `title`, with literal values. `class`, `id` and
 * `style` are refused because they reach into the site's own styles and anchors (text could be
 * hidden or laid over the page). Everything that runs code, loads or embeds something, submits
 * data or changes the page's head is refused: `script`, `style`, `iframe`, `object`, `embed`,
 * `form`, `meta`, `link`, `base`, `svg`, `math`, `img`, `a`, and any `on…` attribute. Links and
 * images are written in Markdown, where their addresses are checked (see link-rules.ts).
 */
import { didYouMean } from '../../schemas/suggest.ts';

/** Element name → the attributes it may carry. */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  span: ['lang', 'dir', 'title'],
  abbr: ['lang', 'dir', 'title'],
  bdi: ['lang', 'dir', 'title'],
  sub: ['lang', 'dir', 'title'],
  sup: ['lang', 'dir', 'title'],
  br: [],
  kbd: ['lang', 'dir', 'title'],
  mark: ['lang', 'dir', 'title'],
  small: ['lang', 'dir', 'title'],
};

/** The allowed elements as a writer reads them: `<span>, <abbr>, …`. */
export const ALLOWED_HTML_LIST = Object.keys(ALLOWED_HTML)
  .map((name) => `<${name}>`)
  .join(', ');

/** What to write instead of an element that has a Markdown form. */
const MARKDOWN_INSTEAD: Readonly<Record<string, string>> = {
  a: 'Write a link in Markdown: [the text](https://example.org/page).',
  img: 'Write an image in Markdown: ![what it shows](image.png).',
  b: 'Write bold text in Markdown: **bold**.',
  strong: 'Write bold text in Markdown: **bold**.',
  i: 'Write italics in Markdown: *italics*. For a word in another language, use <span lang="…">.',
  em: 'Write italics in Markdown: *italics*.',
  s: 'Write struck-through text in Markdown: ~~struck~~.',
  del: 'Write struck-through text in Markdown: ~~struck~~.',
  p: 'Separate paragraphs with a blank line.',
  div: 'Separate paragraphs with a blank line. For a boxed note, use <Aside>.',
  blockquote: 'Start each quoted line with `> `, or use <PullQuote> for a quote set large.',
  q: 'Write the quotation marks themselves: “…”.',
  ul: 'Start each list item on its own line with `- `.',
  ol: 'Start each list item on its own line with `1. `.',
  li: 'Start each list item on its own line with `- `.',
  h1: 'Start a subheading with `## `.',
  h2: 'Start a subheading with `## `.',
  h3: 'Start a subheading with `### `.',
  h4: 'Start a subheading with `### `.',
  hr: 'Write a line of its own with `---`.',
  code: 'Write code in backticks: `code`.',
  pre: 'Write a block of code between two lines of three backticks.',
  table: 'Write a table in Markdown, with `|` between the cells.',
};

/** Elements that would make the page run, load or send something. */
const ACTIVE = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select', 'meta', 'link', 'base', 'svg', 'math', 'video', 'audio', 'source', 'track', 'canvas', 'template', 'slot', 'portal', 'noscript', 'head', 'body', 'html', 'title']);

/** The hint for an element that is not allowed; a did-you-mean only for names that look like a typo. */
export function refusedElementHint(name: string): string {
  const lower = name.toLowerCase();
  const instead = MARKDOWN_INSTEAD[lower];
  if (instead) return instead;
  if (ACTIVE.has(lower)) {
    return `Entries are published as they are written, so they cannot run code, embed other pages or media, send forms or change the page’s head. The HTML elements an entry can use are ${ALLOWED_HTML_LIST}.`;
  }
  return `The HTML elements an entry can use are ${ALLOWED_HTML_LIST}.${didYouMean(name, Object.keys(ALLOWED_HTML))}`;
}

/** Values `dir` may take. */
export const DIRECTIONS = ['ltr', 'rtl', 'auto'] as const;

/** A BCP 47 language tag as writers use them: `uk`, `ru`, `en-GB`, `zh-Hant`, `sr-Latn-RS`. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
