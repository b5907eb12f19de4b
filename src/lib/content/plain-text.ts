/**
 * Plain text out of MDX, for places that take no markup: feed descriptions, JSON-LD, share cards,
 * quote pages and alt text. Footnote definitions, code and JSX expressions are left out, and quotes
 * are curled the way the site's Markdown curls them (SmartyPants), so a quote reads the same on its
 * card and in its feed item as in the article.
 */
import type { Nodes, Parents, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';

// GFM as the site renders it, so footnotes are recognised (and left out) rather than read as text.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const typography = unified().use(remarkSmartypants);

/** Curls the quotes in `tree` in place, as the site's Markdown does. */
export function curlQuotes<T extends Root>(tree: T): T {
  typography.runSync(tree);
  return tree;
}

/** What SmartyPants changes: quotes, backticks, dashes and ellipses. Text without any is left as it is. */
const TYPOGRAPHY = /['"`]|--|\.\.\./;

/** Node types whose text is not part of the reading text. */
const SKIPPED = new Set([
  'footnoteDefinition',
  'footnoteReference',
  'code',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
  'html',
  'definition',
]);
/** Nodes that hold their own line of text; anything else runs on inline with its neighbours. */
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableCell', 'mdxJsxFlowElement']);

function collect(node: Nodes, out: string[]): void {
  if (SKIPPED.has(node.type)) return;
  if (BLOCKS.has(node.type)) out.push(' ');
  if (node.type === 'text' || node.type === 'inlineCode') out.push(node.value);
  if ('children' in node) for (const child of (node as Parents).children) collect(child as Nodes, out);
  if (BLOCKS.has(node.type)) out.push(' ');
}

/** The text of `nodes`, one space between blocks, whitespace collapsed. */
export function textOf(nodes: readonly Nodes[]): string {
  const out: string[] = [];
  for (const node of nodes) collect(node, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/** Bodies already read, by their text: `npm run build` checks the cards' text and then lists the cards, both from every event. */
const plainTexts = new Map<string, string>();

/** The whole body of an entry as one line of plain text; empty when the MDX does not parse (the validator reports that). */
export function plainText(body: string): string {
  // Trimmed, so the validator's copy of a body and Astro's (which it trims) read alike.
  const key = body.trim();
  let text = plainTexts.get(key);
  if (text === undefined) plainTexts.set(key, (text = readPlainText(key)));
  return text;
}

/**
 * Anything Markdown, GFM or MDX could read as markup: a character that opens an inline construct
 * (escape, code, emphasis, strikethrough, link, footnote, HTML, JSX, expression, heading, table,
 * character reference), the start of a literal autolink or an email address, a hard line break, and
 * the characters the parser rewrites (tab, carriage return, NUL).
 */
const MARKUP = /[\\`*_~[\]<>{}#|&@\t\r\0]|:\/\/|www\.|[^ \n] {2,}\n/i;
/** A line that could open a block: a list item, a thematic break, a setext underline, ESM, indented code. */
const BLOCK_START = /^(?: {0,3}(?:[-+=]|\d{1,9}[.)]|import|export)| {4})/m;

/** `line` without the spaces at its ends (the parser trims spaces and tabs, never a no-break space as String#trim does). */
function trimSpaces(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && line.charCodeAt(start) === 0x20) start++;
  while (end > start && line.charCodeAt(end - 1) === 0x20) end--;
  return line.slice(start, end);
}

/**
 * The tree of a body that is prose alone, built without the parser: a paragraph for each run of
 * lines between blank ones, holding one text node, its lines trimmed and joined by line feeds. That
 * is the tree the parser builds for it. Undefined when the body could hold any markup. Parsing is
 * most of what a plain text costs, and most bodies are prose alone. Loops, not regular expressions,
 * trim the lines: a pattern anchored at a line's end backtracks over every run of spaces, which a
 * hostile 64 KB body would make quadratic.
 */
export function proseTree(body: string): Root | undefined {
  if (MARKUP.test(body) || BLOCK_START.test(body)) return undefined;
  const paragraphs: string[][] = [];
  let lines: string[] = [];
  for (const line of body.split('\n')) {
    const text = trimSpaces(line);
    if (text !== '') {
      lines.push(text);
    } else if (lines.length > 0) {
      paragraphs.push(lines);
      lines = [];
    }
  }
  if (lines.length > 0) paragraphs.push(lines);
  return paragraphsTree(paragraphs.map((lines) => lines.join('\n')));
}

/** A tree of paragraphs, each one text node. */
function paragraphsTree(texts: readonly string[]): Root {
  return { type: 'root', children: texts.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })) };
}

/** The Markdown tree of an MDX body, as the plain text reads it; throws when the MDX does not parse. */
export function parseBody(body: string): Root {
  return parser.parse(body);
}

function readPlainText(body: string): string {
  let tree: Root;
  try {
    tree = proseTree(body) ?? parseBody(body);
  } catch {
    return '';
  }
  // SmartyPants is the expensive part; a body with nothing for it to change skips it.
  return textOf((TYPOGRAPHY.test(body) ? curlQuotes(tree) : tree).children);
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The first sentence of `text`, or all of it when it has one. */
export function firstSentence(text: string): string {
  const first = SENTENCES.segment(text)[Symbol.iterator]().next();
  return first.done ? '' : first.value.segment.trim();
}

/** `text` with its quotes and apostrophes curled exactly as the site's Markdown curls the body text. */
export function smartQuotes(text: string): string {
  if (!TYPOGRAPHY.test(text)) return text;
  return textOf(curlQuotes(paragraphsTree([text])).children);
}
