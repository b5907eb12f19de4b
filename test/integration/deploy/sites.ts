/**
 * Small synthetic built sites for the deploy tests, written under test/.tmp with the build record
 * `npm run build` writes. Each page links the stylesheet of its version, so a test can check that
 * no page in the bucket misses its assets.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeBuildRecord } from '../../../scripts/lib/deploy/write-build-record.ts';
import type { BuildOrigin } from '../../../scripts/lib/deploy/build-record.ts';
import { DEFAULT_SITE_URL } from '../../../src/lib/constants.ts';

/** A site as key → file text. */
export type SiteFiles = Record<string, string>;

const page = (title: string, css: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title><link rel="stylesheet" href="/${css}"></head><body><h1>${title}</h1></body></html>`;

/** Version 1: two articles, one stylesheet, a search index, feeds and sitemaps. */
export const SITE_V1: SiteFiles = {
  'index.html': page('Home v1', '_astro/Base.v1.css'),
  '404.html': page('Not found', '_astro/Base.v1.css'),
  'articles/one/index.html': page('One', '_astro/Base.v1.css'),
  'articles/two/index.html': page('Two', '_astro/Base.v1.css'),
  '_astro/Base.v1.css': 'body{color:#111}',
  'pagefind/pagefind.js': 'export const version = 1;',
  'pagefind/fragment/en_aaa.pf_fragment': 'fragment one',
  'og/articles/one.png': 'png one',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'robots.txt': 'User-agent: *\n',
  'rss.xml': '<rss>v1</rss>',
  'sitemap-0.xml': '<urlset>one two</urlset>',
  'sitemap-index.xml': '<sitemapindex>v1</sitemapindex>',
  _headers: '/*\n  X-Content-Type-Options: nosniff\n',
};

/** Version 2: a new stylesheet, article two removed, article three added, a new search chunk. */
export const SITE_V2: SiteFiles = {
  ...Object.fromEntries(Object.entries(SITE_V1).filter(([key]) => !/two|v1\.css|en_aaa/.test(key))),
  'index.html': page('Home v2', '_astro/Base.v2.css'),
  '404.html': page('Not found', '_astro/Base.v2.css'),
  'articles/one/index.html': page('One', '_astro/Base.v2.css'),
  'articles/three/index.html': page('Three', '_astro/Base.v2.css'),
  '_astro/Base.v2.css': 'body{color:#222}',
  'pagefind/fragment/en_bbb.pf_fragment': 'fragment two',
  'og/articles/three.png': 'png three',
  'rss.xml': '<rss>v2</rss>',
  'sitemap-0.xml': '<urlset>one three</urlset>',
  'sitemap-index.xml': '<sitemapindex>v2</sitemapindex>',
};

/** Version 3: only the stylesheet changes again. */
export const SITE_V3: SiteFiles = {
  ...Object.fromEntries(Object.entries(SITE_V2).filter(([key]) => !key.includes('v2.css'))),
  ...Object.fromEntries(
    Object.entries(SITE_V2)
      .filter(([key]) => key.endsWith('.html'))
      .map(([key, html]) => [key, html.replace('Base.v2.css', 'Base.v3.css')]),
  ),
  '_astro/Base.v3.css': 'body{color:#333}',
};

/** Where a synthetic build comes from unless a test says otherwise: no git checkout, the default site URL. */
export const UNVERSIONED: BuildOrigin = { commit: null, dirty: false, site: DEFAULT_SITE_URL };

/** Writes `files` as a fresh directory `dir`, with the build record of a build made at `origin`. */
export async function writeSite(dir: string, files: SiteFiles, origin: BuildOrigin = UNVERSIONED): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  for (const [key, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, key)), { recursive: true });
    await writeFile(path.join(dir, key), text);
  }
  await writeBuildRecord(dir, origin);
  return dir;
}

/** Stylesheets the HTML objects of a bucket snapshot link to that the bucket does not have. */
export function missingAssets(objects: Record<string, { body: string }>): string[] {
  const missing: string[] = [];
  for (const [key, { body }] of Object.entries(objects)) {
    if (!key.endsWith('.html')) continue;
    for (const [, href] of body.matchAll(/href="\/([^"]+)"/g)) {
      if (!(href! in objects)) missing.push(`${key} → ${href}`);
    }
  }
  return missing;
}
