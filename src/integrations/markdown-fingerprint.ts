/**
 * What an entry's rendered HTML depends on besides its own file: the glossary it links (names,
 * the pages links point to, which terms are drafts), the Markdown pipeline's code and config, and
 * the versions of the packages that run it. Not the short definitions: a link shows only its
 * term's page (TermLinkTarget), and the page places the definitions, so a writer's fix to one
 * `short` re-renders no body. The entry loader keeps rendered bodies in Astro's content store
 * between builds, keyed by the file and this fingerprint, so a change to any of them renders every
 * body again. The glossary integration computes it once per build (or dev-server start) and
 * defines it as `import.meta.env.MARKDOWN_FINGERPRINT`, which src/content.config.ts gives the loader.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, hashSources, sourceFiles } from '../node/source-fingerprint.ts';
import type { GlossaryName } from '../lib/glossary/term-index.ts';
import type { TermDefinition, TermLinkTarget } from '../lib/glossary/term-markup.ts';

/**
 * The code the Markdown pipeline runs, relative to the project root: the config, the plugins, and
 * what decides which terms are linked and how (a test checks nothing they import is left out).
 */
export function markdownPipelineFiles(root: string): string[] {
  return sourceFiles(root, [
    'astro.config.mjs',
    'src/node',
    'src/integrations',
    'src/lib/markdown',
    'src/lib/glossary',
    'src/lib/content',
    'src/lib/drafts.ts',
    'src/lib/constants.ts',
    'src/lib/routes.ts',
    'src/schemas',
    // The config's sitemap dates (not Markdown, but the config imports them).
    'src/lib/seo/sitemap.ts',
    'src/lib/corrections/updated.ts',
    'src/lib/timeline/dates.ts',
    // The validator's places checks and the map data src/node reads; they change rarely, and a
    // change costs one re-render of the kept bodies, never a stale one.
    'src/lib/places',
    'src/lib/maps',
  ]);
}

const MARKDOWN_PACKAGES = ['astro', '@astrojs/markdown-remark', 'remark-gfm', 'remark-smartypants', 'hastscript'];

/** The fingerprint of a loaded glossary under the current pipeline. */
export function markdownFingerprint(root: string, glossary: { names: GlossaryName[]; definitions: Map<string, TermDefinition> }): string {
  // Only what the linker can read of a definition (LinkableGlossary.definition): its TermLinkTarget.
  const targets = [...glossary.definitions].map(([id, { url }]): [string, TermLinkTarget] => [id, { url }]);
  const hash = createHash('sha256').update(canonicalJson({ names: glossary.names, targets }));
  return hashSources(hash, root, markdownPipelineFiles(root), MARKDOWN_PACKAGES).digest('hex');
}
