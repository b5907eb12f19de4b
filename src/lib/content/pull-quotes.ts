/**
 * The `<PullQuote cite="…">…</PullQuote>` uses in an MDX body, numbered 1, 2, … in document order.
 * The number is the quote's address: its page is `/articles/<slug>/quotes/<n>/`, and the same
 * numbering (see markdown/pull-quote-numbers.ts) gives the quote in the article its anchor.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { scanMdx } from './mdx-scan.ts';
import { curlQuotes, textOf } from './plain-text.ts';

/** The writer component this module looks for. */
export const PULL_QUOTE = 'PullQuote';

/** One pull quote as plain text. */
export interface PullQuoteText {
  /** 1-based, in document order. */
  n: number;
  /** The quoted words as plain text, quotes curled. */
  text: string;
  /** Who said it: the `cite` prop. */
  cite: string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Calls `each` on every `<PullQuote>` in `tree`, in document order, with its number. */
export function eachPullQuote(tree: Root, each: (element: JsxElement, n: number) => void): void {
  let n = 0;
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === PULL_QUOTE) {
      each(node, ++n);
    }
  });
}

/** The pull quotes in an MDX body. A body that does not parse has none here; the validator reports it. */
export function findPullQuotes(body: string): readonly PullQuoteText[] {
  // Most bodies have none, and reading one is the cost: the text is asked first.
  if (!body.includes(`<${PULL_QUOTE}`)) return [];
  const scan = scanMdx(body.trim());
  if (!scan.ok) return [];
  const quotes: PullQuoteText[] = [];
  eachPullQuote(scan.tree, (element, n) => {
    // SmartyPants starts each block afresh, so a quote curled on its own reads as in the article,
    // for a fraction of the cost of curling the whole body.
    curlQuotes({ type: 'root', children: [element] });
    const cite = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'cite')?.value;
    quotes.push({ n, text: textOf(element.children), cite: typeof cite === 'string' ? cite.trim() : '' });
  });
  return quotes;
}
