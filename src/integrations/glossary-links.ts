/**
 * Glossary linking for Astro: an integration that reads the glossary once per build (once per
 * dev-server start) and the remark plugin that uses it. Register both in astro.config.mjs.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../node/content-root.ts';
import { showDrafts } from '../lib/drafts.ts';
import { buildTermIndex } from '../lib/glossary/term-index.ts';
import { entryFromPath } from '../lib/markdown/entry-from-path.ts';
import type { LinkableGlossary } from '../lib/markdown/link-terms.ts';
import { remarkGlossary, type RemarkGlossaryOptions } from '../lib/markdown/remark-glossary.ts';
import { loadGlossary } from '../node/load-glossary.ts';
import { markdownFingerprint } from './markdown-fingerprint.ts';

export interface GlossaryLinks {
  /** Goes in `integrations`, before `mdx()`. */
  integration: AstroIntegration;
  /** Goes in `markdown.processor`'s `remarkPlugins`. */
  remarkPlugin: [typeof remarkGlossary, RemarkGlossaryOptions];
}

/** The glossary integration and its remark plugin, sharing one term index. */
export function glossaryLinks(): GlossaryLinks {
  const root = contentRoot();
  let glossary: LinkableGlossary | undefined;
  const options: RemarkGlossaryOptions = {
    glossary: () => {
      if (!glossary) throw new Error('The glossary was not loaded: add `glossary.integration` to `integrations` in astro.config.mjs.');
      return glossary;
    },
    entryOf: (filePath) => entryFromPath(filePath, root),
  };
  const integration: AstroIntegration = {
    name: 'backgrounder:glossary-links',
    hooks: {
      'astro:config:setup': async ({ command, config, addWatchFile, updateConfig, logger }) => {
        // Draft terms are linked only where their pages exist: the one draft policy decides.
        const loaded = await loadGlossary(root, { showDrafts: showDrafts(command) });
        const index = buildTermIndex(loaded.names);
        glossary = { index, definition: (id) => loaded.definitions.get(id)! };
        // The entry loader keeps rendered bodies between builds; this tells it when they are stale (src/content.config.ts passes it on).
        const fingerprint = markdownFingerprint(fileURLToPath(config.root), loaded);
        updateConfig({ vite: { define: { 'import.meta.env.MARKDOWN_FINGERPRINT': JSON.stringify(fingerprint) } } });
        // Editing a term restarts the dev server, so the new names are linked.
        for (const file of loaded.files) addWatchFile(file);
        logger.debug(`${loaded.names.length} glossary terms, ${index.names} names to link.`);
      },
    },
  };
  return { integration, remarkPlugin: [remarkGlossary, options] };
}
