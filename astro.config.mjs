// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { fileURLToPath } from 'node:url';
import { contentRoot } from './src/node/content-root.ts';
import { astroCommand } from './src/integrations/astro-command.ts';
import { glossaryLinks } from './src/integrations/glossary-links.ts';
import { sitemapDates } from './src/integrations/sitemap-dates.ts';
import { printOrigin } from './src/integrations/print-origin.ts';
import { remarkPullQuoteNumbers } from './src/lib/markdown/pull-quote-numbers.ts';
import { rehypeMarginNotes } from './src/lib/markdown/rehype-margin-notes.ts';
import { remarkContentGuard } from './src/lib/markdown/remark-content-guard.ts';
import { rehypeTableAlignment } from './src/lib/markdown/rehype-table-alignment.ts';
import { resolveSiteUrl } from './src/lib/constants.ts';

// SITE_URL is the published origin; canonical links, og:image and the sitemap are built from it.
const site = resolveSiteUrl(process.env.SITE_URL);
// Links glossary terms in MDX entries; the integration reads the glossary that the remark plugin uses.
const glossary = glossaryLinks();
// `lastmod` for each page of the sitemap, from the content.
const dates = sitemapDates();

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Never inline a stylesheet: the Content-Security-Policy trusts no inline <style> (scripts/lib/headers/).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7 ignores remark plugins passed to mdx(); they must go on the unified processor, which MDX inherits.
  markdown: {
    processor: unified({
      // GFM is registered once, here, so its options apply (unified() would otherwise add its own copy).
      gfm: false,
      remarkPlugins: [
        [remarkGfm, { singleTilde: false }],
        // First of the transforms: nothing in an entry may become code, whatever ran before this build.
        [remarkContentGuard, { contentRoot: contentRoot(), projectRoot: fileURLToPath(new URL('.', import.meta.url)) }],
        glossary.remarkPlugin,
        [remarkPullQuoteNumbers, { contentRoot: contentRoot() }],
      ],
      rehypePlugins: [rehypeTableAlignment, rehypeMarginNotes],
      // Footnotes in an article are the editors' notes; the heading says so and is visible.
      remarkRehype: { footnoteLabel: 'Notes', footnoteLabelProperties: { className: ['notes-heading'] } },
    }),
  },
  integrations: [
    glossary.integration,
    mdx(),
    // The search page (noindex) and the 404 page are not content. `lastmod` follows each entry's last update.
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname), serialize: dates.serialize }),
    dates.integration,
    // Which command runs the pages: drafts show in `astro dev` only (src/lib/drafts.ts), and only there does the card route draw.
    astroCommand(),
    // Printed links show their absolute address, from SITE_URL.
    printOrigin(site),
  ],
  devToolbar: { enabled: false },
  // Writes .astro/collections/collections.json, which maps each entry file to its collection so the
  // Astro VS Code extension can check frontmatter against that collection's JSON Schema.
  experimental: { contentIntellisense: true },
  vite: {
    build: {
      // Never inline <script> modules into the HTML: the Content-Security-Policy allows only
      // external scripts (and the hashed theme bootstrap). Other assets keep Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      // One stylesheet for the whole site: each page makes one CSS request, as when small ones were
      // inlined, and every page after the first finds it cached.
      cssCodeSplit: false,
      // Each MDX module carries a "use astro:head-inject" directive; the warning, one per entry, is noise.
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
