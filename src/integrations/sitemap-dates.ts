/**
 * `lastmod` for @astrojs/sitemap, from the content: pass `serialize` to `sitemap()` and register
 * the integration, which tells it the command for the draft policy. The dates are read from the
 * content directory on the first call, which comes after the pages are built, so `astro dev` and
 * the build's start pay nothing.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { showDrafts, type DraftPolicy } from '../lib/drafts.ts';
import { contentRoot } from '../node/content-root.ts';
import { lastModifiedPages, withLastmod, type SitemapEntry } from '../lib/seo/sitemap.ts';
import { COLLECTIONS, type CollectionName } from '../lib/constants.ts';
import { loadEntries } from '../node/load-entries.ts';

/**
 * Events and terms without `updated:` or `corrections:` have no date for the sitemap, so their files
 * are not parsed; articles always have one (`published`).
 */
const mayBeDated = (text: string) => /^(updated|corrections):/m.test(text);

/** Reads every shown entry that can carry a date, as the sitemap needs them. */
export async function readSitemapEntries(root: string, policy: DraftPolicy): Promise<SitemapEntry[]> {
  const collections = Object.keys(COLLECTIONS) as CollectionName[];
  const loaded = await Promise.all(
    collections.map(async (collection) => {
      const skip = collection === 'articles' ? undefined : (text: string) => !mayBeDated(text);
      const { entries } = await loadEntries(root, collection, { ...policy, ...(skip ? { skip } : {}) });
      return entries.map((entry) => ({ collection, ...entry }) as SitemapEntry);
    }),
  );
  return loaded.flat();
}

/** The sitemap's dates: an integration and the `serialize` option for `sitemap()`. */
export interface SitemapDates {
  /** Goes in `integrations`: it learns which command runs, for the draft policy. */
  integration: AstroIntegration;
  /** Pass to `sitemap({ serialize })`: adds each page's `lastmod` (content from `root`). */
  serialize: (item: SitemapItem) => Promise<SitemapItem>;
}

/** Sitemap dates for the content under `root`. */
export function sitemapDates(root = contentRoot()): SitemapDates {
  let policy: DraftPolicy | undefined;
  let dates: Promise<Map<string, string>> | undefined;
  return {
    integration: {
      name: 'backgrounder:sitemap-dates',
      hooks: {
        'astro:config:setup': ({ command }) => {
          policy = { showDrafts: showDrafts(command) };
        },
      },
    },
    serialize: async (item) => {
      if (!policy) throw new Error('The sitemap dates were not set up: add the integration that sitemapDates() returns (`dates.integration`) to `integrations` in astro.config.mjs.');
      return withLastmod(item, await (dates ??= readSitemapEntries(root, policy).then(lastModifiedPages)));
    },
  };
}
