/** The site `npm run build` publishes, assembled from the validator's entries as the pages assemble it from Astro's. */
import type { CheckedEntry } from '../../../src/lib/content/cross-references.ts';
import { showDrafts } from '../../../src/lib/drafts.ts';
import { assembleSite } from '../../../src/lib/site/assemble.ts';
import type { SiteModel } from '../../../src/lib/site/model.ts';

/** The published site of `entries`, drafts left out as `astro build` leaves them out: its pages and their cards. */
export function publishedSite(entries: readonly CheckedEntry[]): SiteModel {
  return assembleSite(entries, { showDrafts: showDrafts('build') });
}
