/**
 * Remark plugin: gives each `<PullQuote>` the number findPullQuotes gives it (`n="1"`, `n="2"`, …),
 * so the component can set the anchor that the quote's own page links back to. Numbering is by
 * document order in both places, so they cannot disagree.
 */
import type { Root } from 'mdast';
import { eachPullQuote } from '../content/pull-quotes.ts';

/** The prop the plugin sets; PullQuote.astro reads it. */
export const NUMBER_PROP = 'n';

/** Numbers the pull quotes of every Markdown and MDX file. */
export function remarkPullQuoteNumbers() {
  return (tree: Root) => {
    eachPullQuote(tree, (element, n) => {
      element.attributes = element.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === NUMBER_PROP));
      element.attributes.push({ type: 'mdxJsxAttribute', name: NUMBER_PROP, value: String(n) });
    });
  };
}
