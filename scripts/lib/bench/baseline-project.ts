/**
 * The baseline the generator is measured against: the smallest Astro 7 project a user might
 * write instead. The same MDX files, Astro's default Markdown processor (Sätteri), one minimal
 * layout and one page route per collection; no cards, glossary, search or validation. Pure: it
 * returns the files, the bench writes them (and links `node_modules` to the project's).
 */
import { COLLECTIONS, type CollectionName } from '../../../src/lib/constants.ts';
import { ENTRY_GLOB } from '../../../src/lib/content/entry-path.ts';

/** One file of the baseline project, by path relative to its root. */
export interface ProjectFile {
  path: string;
  text: string;
}

/** The script the bench runs: Astro's programmatic build at the generator's log level. */
export const BASELINE_ENTRY = 'build.mjs';

/** Astro's and Vite's caches; the bench deletes this before every run, so each baseline build is cold. */
export const BASELINE_CACHE_DIR = '.astro-cache';

/** Every file of a baseline project that reads its entries from `contentDir` (absolute). */
export function baselineProjectFiles(contentDir: string): ProjectFile[] {
  const names = Object.keys(COLLECTIONS) as CollectionName[];
  return [
    { path: 'package.json', text: `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n` },
    { path: BASELINE_ENTRY, text: BUILD_SCRIPT },
    { path: 'astro.config.mjs', text: CONFIG },
    { path: 'src/content.config.ts', text: contentConfig(contentDir, names) },
    { path: 'src/layouts/Minimal.astro', text: LAYOUT },
    { path: 'src/components/Passthrough.astro', text: '<slot />\n' },
    ...names.map((name) => ({ path: `src/pages/${COLLECTIONS[name].route}/[id].astro`, text: pageRoute(name) })),
  ];
}

// The same log level as scripts/build.ts, so neither build pays for more logging than the other.
const BUILD_SCRIPT = `import { build } from 'astro';
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
await build({ root: process.cwd(), logLevel: process.env.ASTRO_LOG_LEVEL ?? 'warn' });
`;

// Both caches (Astro's and Vite's, which defaults to node_modules/.vite) stay inside the project:
// node_modules is a link to the real project's, whose caches must not be touched.
// The MODULE_LEVEL_DIRECTIVE check is off here too: its per-file warning costs both builds the same.
const CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: './${BASELINE_CACHE_DIR}/',
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    cacheDir: './${BASELINE_CACHE_DIR}/vite/',
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
  },
});
`;

function contentConfig(contentDir: string, names: readonly CollectionName[]): string {
  const collections = names
    .map((name) => `  ${name}: defineCollection({ loader: glob({ pattern: ${JSON.stringify(ENTRY_GLOB)}, base: ${JSON.stringify(`${contentDir}/${COLLECTIONS[name].dir}`)} }), schema }),`)
    .join('\n');
  return `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// Permissive: any frontmatter passes, as in a project without the generator's schemas.
const schema = z.looseObject({});

export const collections = {
${collections}
};
`;
}

const LAYOUT = `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main><slot /></main>
  </body>
</html>
`;

function pageRoute(name: CollectionName): string {
  return `---
import { getCollection, render } from 'astro:content';
import Minimal from '../../layouts/Minimal.astro';
import Passthrough from '../../components/Passthrough.astro';

export async function getStaticPaths() {
  const entries = await getCollection(${JSON.stringify(name)});
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
// The writer components exist so the MDX compiles; here they only pass their children through.
const components = { Term: Passthrough, PullQuote: Passthrough, Aside: Passthrough };
---
<Minimal title={String(entry.data.title ?? entry.data.term ?? entry.id)}>
  <h1>{String(entry.data.title ?? entry.data.term ?? entry.id)}</h1>
  <Content components={components} />
</Minimal>
`;
}
