/**
 * Remark plugin: gives each `<PullQuote>` the number findPullQuotes gives it (`n="1"`, `n="2"`, …),
 * so the component can set the anchor that the quote's own page links back to. Numbering is by
 * document order in both places, so they cannot disagree. In an article, each quote also gets the
 * address of its own page (`href`), so readers can reach and share it.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { entryIdFromPath } from '../content/entry-id.ts';
import { eachPullQuote } from '../content/pull-quotes.ts';
import { routes } from '../routes.ts';

/** The props the plugin sets; PullQuote.astro reads them: the quote's number, and its page's address. */
export const NUMBER_PROP = 'n';
export const PAGE_PROP = 'href';

/** Where the articles are, so quotes in them can be given their pages' addresses. */
export interface PullQuoteNumberOptions {
  /** Absolute path of the articles directory: quotes in files under it get their page's address. */
  articlesDir?: string;
}

/** The article id of `file`, or undefined when it is not under `articlesDir`. */
function articleIdOf(file: VFile, articlesDir: string | undefined): string | undefined {
  const prefix = articlesDir?.replace(/\/+$/, '');
  if (!prefix || !file.path?.startsWith(`${prefix}/`)) return undefined;
  return entryIdFromPath(file.path.slice(prefix.length + 1));
}

/** Numbers the pull quotes of every Markdown and MDX file. */
export function remarkPullQuoteNumbers(options: PullQuoteNumberOptions = {}) {
  return (tree: Root, file: VFile) => {
    const articleId = articleIdOf(file, options.articlesDir);
    eachPullQuote(tree, (element, n) => {
      const props = { [NUMBER_PROP]: String(n), ...(articleId ? { [PAGE_PROP]: routes.quote(articleId, n) } : {}) };
      element.attributes = element.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name in props));
      for (const [name, value] of Object.entries(props)) element.attributes.push({ type: 'mdxJsxAttribute', name, value });
    });
  };
}
