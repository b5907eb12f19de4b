/**
 * `lastmod` for @astrojs/sitemap, from the content: pass `serialize` to `sitemap()`. The dates are
 * read from the content directory on the first call, which comes after the pages are built, so
 * `astro dev` and the build's start pay nothing.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { contentRoot } from '../node/content-root.ts';
import { lastModifiedPages, withLastmod, type SitemapEntry } from '../lib/seo/sitemap.ts';
import { COLLECTIONS, type CollectionName } from '../lib/constants.ts';
import { loadEntries } from '../node/load-entries.ts';

/**
 * Events and terms without `updated:` or `corrections:` have no date for the sitemap, so their files
 * are not parsed; articles always have one (`published`).
 */
const mayBeDated = (text: string) => /^(updated|corrections):/m.test(text);

/** Reads every published entry that can carry a date, as the sitemap needs them. */
export async function readSitemapEntries(root: string): Promise<SitemapEntry[]> {
  const collections = Object.keys(COLLECTIONS) as CollectionName[];
  const loaded = await Promise.all(
    collections.map(async (collection) => {
      const skip = collection === 'articles' ? undefined : (text: string) => !mayBeDated(text);
      const { entries } = await loadEntries(root, collection, { production: true, ...(skip ? { skip } : {}) });
      return entries.map((entry) => ({ collection, ...entry }) as SitemapEntry);
    }),
  );
  return loaded.flat();
}

/** A `serialize` option for `sitemap()` that adds each page's `lastmod` (content from `root`). */
export function sitemapLastmod(root = contentRoot()): (item: SitemapItem) => Promise<SitemapItem> {
  let dates: Promise<Map<string, string>> | undefined;
  return async (item) => withLastmod(item, await (dates ??= readSitemapEntries(root).then(lastModifiedPages)));
}
