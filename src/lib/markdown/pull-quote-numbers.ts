/**
 * Remark plugin: gives each `<PullQuote>` the number findPullQuotes gives it (`n="1"`, `n="2"`, …),
 * so the component can set the anchor that the quote's own page links back to. Numbering is by
 * document order in both places, so they cannot disagree. In an article, each quote also gets the
 * address of its own page (`href`), so readers can reach and share it.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { eachPullQuote } from '../content/pull-quotes.ts';
import { routes } from '../routes.ts';
import { entryFromPath } from './entry-from-path.ts';

/** The props the plugin sets; PullQuote.astro reads them: the quote's number, and its page's address. */
export const NUMBER_PROP = 'n';
export const PAGE_PROP = 'href';

/** Where the content is, so quotes in articles can be given their pages' addresses. */
export interface PullQuoteNumberOptions {
  /** Absolute path of the content folder: quotes in its article entries get their page's address. */
  contentRoot?: string;
}

/** The article id of `file`, or undefined when it is not an article entry under `contentRoot`. */
function articleIdOf(file: VFile, contentRoot: string | undefined): string | undefined {
  const entry = contentRoot && file.path ? entryFromPath(file.path, contentRoot) : undefined;
  return entry?.collection === 'articles' ? entry.id : undefined;
}

/** Numbers the pull quotes of every Markdown and MDX file. */
export function remarkPullQuoteNumbers(options: PullQuoteNumberOptions = {}) {
  return (tree: Root, file: VFile) => {
    const articleId = articleIdOf(file, options.contentRoot);
    eachPullQuote(tree, (element, n) => {
      const props = { [NUMBER_PROP]: String(n), ...(articleId ? { [PAGE_PROP]: routes.quote(articleId, n) } : {}) };
      element.attributes = element.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name in props));
      for (const [name, value] of Object.entries(props)) element.attributes.push({ type: 'mdxJsxAttribute', name, value });
    });
  };
}
