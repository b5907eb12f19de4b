/**
 * The remark plugin that links glossary terms while Markdown and MDX entries compile (registered in astro.config.mjs).
 * It leaves the linked terms in the entry's frontmatter, which Astro hands back from `render()`
 * as `remarkPluginFrontmatter`: the print endnotes and the glossary's backlinks read them there.
 */
import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import { MENTIONS_KEY } from '../glossary/term-markup.ts';
import { linkTerms, type EntryRef, type LinkableGlossary } from './link-terms.ts';

export interface RemarkGlossaryOptions {
  /** The glossary's names and definitions. A function, because the glossary is read after the config. */
  glossary: () => LinkableGlossary;
  /** The entry a compiled file belongs to, or undefined for MDX outside the content collections. */
  entryOf: (filePath: string) => EntryRef | undefined;
}

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/** Links the first mention of each glossary term in every entry. */
export function remarkGlossary(options: RemarkGlossaryOptions): Transformer<Root> {
  return (tree, file) => {
    const data = file.data as AstroFileData;
    const frontmatter = data.astro?.frontmatter;
    const entry = file.path ? options.entryOf(file.path) : undefined;
    const mentions = linkTerms(tree, options.glossary(), { entry, frontmatter });
    if (frontmatter) frontmatter[MENTIONS_KEY] = mentions;
  };
}
