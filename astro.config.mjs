// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import path from 'node:path';
import { contentRoot } from './src/content-root.ts';
import { remarkPullQuoteNumbers } from './src/lib/markdown/pull-quote-numbers.ts';
import { COLLECTIONS, resolveSiteUrl } from './src/lib/site.ts';

// SITE_URL is the published origin; canonical links, og:image and the sitemap are built from it.
const site = resolveSiteUrl(process.env.SITE_URL);

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7 ignores remark plugins passed to mdx(); they must go on the unified processor, which MDX inherits.
  markdown: {
    processor: unified({
      remarkPlugins: [
        [remarkGfm, { singleTilde: false }],
        [remarkPullQuoteNumbers, { articlesDir: path.join(contentRoot(), COLLECTIONS.articles.dir) }],
      ],
    }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Each MDX module carries a "use astro:head-inject" directive; the warning is noise (1 MB of log at 1000 pages).
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
});
