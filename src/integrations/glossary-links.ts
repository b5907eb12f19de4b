/**
 * Glossary linking for Astro: an integration that reads the glossary once per build (once per
 * dev-server start) and the remark plugin that uses it. Register both in astro.config.mjs.
 */
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../content-root.ts';
import { buildTermIndex, type TermIndex } from '../lib/glossary/term-index.ts';
import { entryFromPath } from '../lib/markdown/entry-from-path.ts';
import { remarkGlossary, type RemarkGlossaryOptions } from '../lib/markdown/remark-glossary.ts';
import { loadGlossary } from './load-glossary.ts';

export interface GlossaryLinks {
  /** Goes in `integrations`, before `mdx()`. */
  integration: AstroIntegration;
  /** Goes in `markdown.processor`'s `remarkPlugins`. */
  remarkPlugin: [typeof remarkGlossary, RemarkGlossaryOptions];
}

/** The glossary integration and its remark plugin, sharing one term index. */
export function glossaryLinks(): GlossaryLinks {
  const root = contentRoot();
  let index: TermIndex | undefined;
  const options: RemarkGlossaryOptions = {
    index: () => {
      if (!index) throw new Error('The glossary was not loaded: add `glossary.integration` to `integrations` in astro.config.mjs.');
      return index;
    },
    entryOf: (filePath) => entryFromPath(filePath, root),
  };
  const integration: AstroIntegration = {
    name: 'backgrounder:glossary-links',
    hooks: {
      'astro:config:setup': async ({ command, addWatchFile, logger }) => {
        // `astro build` publishes, so draft terms stay out; `astro dev` shows them, as the pages do.
        const glossary = await loadGlossary(root, { production: command === 'build' });
        index = buildTermIndex(glossary.names);
        // Editing a term restarts the dev server, so the new names are linked.
        for (const file of glossary.files) addWatchFile(file);
        logger.debug(`${glossary.names.length} glossary terms, ${index.names} names to link.`);
      },
    },
  };
  return { integration, remarkPlugin: [remarkGlossary, options] };
}
