/** The page paths the content gives rise to, read straight from the files: for did-you-mean hints in scripts. */
import { entryIdFromPath } from '../../src/lib/content/entry-id.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { findPullQuotes } from '../../src/lib/content/pull-quotes.ts';
import { routes } from '../../src/lib/routes.ts';
import { readContentFiles } from './content/read-content.ts';

const PAGE_OF = { articles: routes.article, timeline: routes.event, glossary: routes.term } as const;

/** Every page with a card: the indexes, each entry, and each article's pull quotes. */
export async function knownPages(root: string): Promise<string[]> {
  const pages = [routes.home(), routes.timeline(), routes.glossary(), routes.search(), routes.corrections()];
  for (const file of await readContentFiles(root)) {
    const id = entryIdFromPath(file.name);
    pages.push(PAGE_OF[file.collection](id));
    const read = file.collection === 'articles' ? readFrontmatter(file.text) : undefined;
    if (read?.ok) pages.push(...findPullQuotes(read.frontmatter.body).map((quote) => routes.quote(id, quote.n)));
  }
  return pages;
}
