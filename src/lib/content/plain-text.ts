/**
 * The plain text of an MDX body, for places that take no markup: feed descriptions and JSON-LD.
 * Paragraphs become single spaces; footnote definitions, code and JSX expressions are left out.
 */
import type { Nodes, Parents, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// GFM as the site renders it, so footnotes are recognised (and left out) rather than read as text.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Node types whose text is not part of the reading text. */
const SKIPPED = new Set(['footnoteDefinition', 'footnoteReference', 'code', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'html', 'definition']);
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'tableCell', 'mdxJsxFlowElement']);

function collect(node: Nodes, out: string[]): void {
  if (SKIPPED.has(node.type)) return;
  if (node.type === 'text' || node.type === 'inlineCode') out.push(node.value);
  if ('children' in node) for (const child of (node as Parents).children) collect(child as Nodes, out);
  if (BLOCKS.has(node.type)) out.push(' ');
}

/** `body` as one line of plain text, or `''` when it cannot be parsed (the validator reports that). */
export function plainText(body: string): string {
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch {
    return '';
  }
  const out: string[] = [];
  collect(tree, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}
