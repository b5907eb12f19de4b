/**
 * Plain text out of MDX, for places that cannot show markup: share cards, quote pages, alt text.
 * Quotes and apostrophes are curled the way the site's Markdown curls them (SmartyPants), so a
 * quote reads the same on its card as in the article.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { scanMdx } from './mdx-scan.ts';

const typography = unified().use(remarkSmartypants);

/** Curls the quotes in `tree` in place, as the site's Markdown does. */
export function curlQuotes<T extends Root>(tree: T): T {
  typography.runSync(tree);
  return tree;
}

/** Nodes that hold their own line of text; anything else runs on inline with its neighbours. */
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'code', 'table', 'mdxJsxFlowElement']);

/** The text of `nodes`, one space between blocks, whitespace collapsed. */
export function textOf(nodes: readonly Nodes[]): string {
  return nodes
    .map((node) => (BLOCKS.has(node.type) ? ` ${toString(node)} ` : toString(node)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The whole body of an entry as one line of plain text; empty when the MDX does not parse (the validator reports that). */
export function bodyText(body: string): string {
  const scan = scanMdx(body);
  return scan.ok ? textOf(curlQuotes(scan.tree).children) : '';
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The first sentence of `text`, or all of it when it has one. */
export function firstSentence(text: string): string {
  const first = SENTENCES.segment(text)[Symbol.iterator]().next();
  return first.done ? '' : first.value.segment.trim();
}
