/**
 * The one table of per-path rules for the CDN: how long each kind of file may be cached, when the
 * deploy uploads it, and whether the deploy keeps the previous version for one more deploy.
 * `_headers` (scripts/lib/headers/write-headers.ts) and `npm run deploy` both read it; nothing else restates it.
 * Pure: keys are paths relative to the site root with `/` separators (`_astro/Base.x1.css`).
 */

/** One year, the most any cache honours: only for files whose name changes when their bytes do. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Browsers revalidate every time; the CDN may serve a page for 5 minutes without asking the origin.
 * So a deploy is fully visible 5 minutes after it ends, and a page the edge still holds keeps
 * finding its assets because the deploy keeps the previous deploy's hashed files (see `retain`).
 */
export const HTML_CACHE = 'public, max-age=0, must-revalidate, s-maxage=300';

/** Cards, feeds, sitemaps and the search index: they change with the content but not their URL. */
export const SHORT_CACHE = 'public, max-age=300';

/** Anything else (favicon, robots.txt): unhashed, rarely changed. */
export const DEFAULT_CACHE = 'public, max-age=3600';

/**
 * When the deploy uploads a file, in this order. A page goes live only after everything it loads,
 * and the sitemap index goes last so crawlers never meet a page that is not there yet.
 */
export const UPLOAD_STAGES = ['assets', 'other', 'pages', 'feeds', 'sitemap-index'] as const;

/** One of UPLOAD_STAGES. */
export type UploadStage = (typeof UPLOAD_STAGES)[number];

/** How the CDN and the deploy treat the files a pattern matches. */
export interface PathRule {
  /** What the rule covers, for people reading plans and `_headers`. */
  name: string;
  pattern: RegExp;
  cacheControl: string;
  stage: UploadStage;
  /** Content-addressed files that pages of the previous deploy may still load: deleted one deploy late. */
  retain: boolean;
}

/** First match wins; the last rule matches everything. */
export const PATH_RULES: readonly PathRule[] = [
  // Vite names every bundled script, stylesheet, font and image after its content hash.
  { name: 'hashed assets', pattern: /^_astro\//, cacheControl: IMMUTABLE, stage: 'assets', retain: true },
  { name: 'share cards', pattern: /^og\//, cacheControl: SHORT_CACHE, stage: 'assets', retain: false },
  // Pagefind's chunks are content-addressed; its entry files (pagefind.js, pagefind-entry.json) point at them.
  {
    name: 'search index chunks',
    pattern: /^pagefind\/(?:fragment\/|index\/|filter\/|[^/]+\.pf_meta$)/,
    cacheControl: SHORT_CACHE,
    stage: 'assets',
    retain: true,
  },
  { name: 'search runtime', pattern: /^pagefind\//, cacheControl: SHORT_CACHE, stage: 'other', retain: false },
  { name: 'pages', pattern: /(?:^|\/)[^/]+\.html$/, cacheControl: HTML_CACHE, stage: 'pages', retain: false },
  { name: 'sitemap index', pattern: /^sitemap-index\.xml$/, cacheControl: SHORT_CACHE, stage: 'sitemap-index', retain: false },
  { name: 'feeds and sitemaps', pattern: /^(?:rss\.xml|sitemap-\d+\.xml)$/, cacheControl: SHORT_CACHE, stage: 'feeds', retain: false },
  { name: 'other files', pattern: /^/, cacheControl: DEFAULT_CACHE, stage: 'other', retain: false },
];

/** The rule for a site-relative key such as `articles/x/index.html`. */
export function findRule(key: string): PathRule {
  const rule = PATH_RULES.find((candidate) => candidate.pattern.test(key));
  // The last rule matches every string, so this only fires if someone edits the table badly.
  if (!rule) throw new Error(`No header rule matches \`${key}\`; PATH_RULES must end with a catch-all rule.`);
  return rule;
}

/** The Cache-Control value for a site-relative key. */
export function cacheControlFor(key: string): string {
  return findRule(key).cacheControl;
}
