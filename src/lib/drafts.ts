/**
 * The one draft policy: drafts show in `astro dev` and nowhere else. Every part that leaves drafts
 * out or lets them in (the pages, the glossary links, the sitemap, the validator, `astro sync`)
 * asks showDrafts() with the command it runs under, so no two parts can disagree.
 */

/** The commands Astro runs integrations under. */
export type AstroCommand = 'dev' | 'build' | 'preview' | 'sync';

/** True when `command` shows drafts: only `astro dev`, where writers preview their work. */
export function showDrafts(command: AstroCommand): boolean {
  return command === 'dev';
}

/** What a part of the pipeline was told about drafts. */
export interface DraftPolicy {
  showDrafts: boolean;
}

/** True when an entry with `data` appears under `policy`: every published entry, and drafts when they are shown. */
export function isShown(data: { draft?: boolean | undefined }, policy: DraftPolicy): boolean {
  return policy.showDrafts || !data.draft;
}
