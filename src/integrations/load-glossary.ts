/**
 * Reads the glossary's names straight from content/glossary/ while Astro loads its config, before
 * any content collection exists: the remark plugin needs them to compile the first MDX file.
 */
import { listCollection, readEntryText } from '../content-files.ts';
import { entryIdFromPath } from '../lib/content/entry-id.ts';
import { readFrontmatter } from '../lib/content/frontmatter.ts';
import { typesetTerm } from '../lib/content/typeset.ts';
import type { GlossaryName } from '../lib/glossary/term-index.ts';
import type { TermDefinition } from '../lib/glossary/term-markup.ts';
import { routes } from '../lib/routes.ts';
import { GlossaryTermSchema } from '../schemas/glossary.ts';

export interface LoadedGlossary {
  names: GlossaryName[];
  /** What each term's links show, by id: typeset as the term's own page shows it. */
  definitions: Map<string, TermDefinition>;
  /** Absolute paths of the files read, for the dev server to watch. */
  files: string[];
}

/**
 * The names of every glossary entry under `root`, sorted by id. Drafts are left out when
 * `production` is set, so no page links to a term that is not published. Entries that fail the
 * schema, or that the lister or reader refuses, are skipped: `npm run build` has already reported
 * them, and in `astro dev` the entry loader reports them.
 */
export async function loadGlossary(root: string, { production }: { production: boolean }): Promise<LoadedGlossary> {
  const loaded: LoadedGlossary = { names: [], definitions: new Map(), files: [] };
  for (const { name, path: file } of (await listCollection(root, 'glossary')).entries) {
    loaded.files.push(file);
    const read = await readEntryText(file, root);
    const parsed = read.ok ? readFrontmatter(read.text) : undefined;
    const result = parsed?.ok ? GlossaryTermSchema.safeParse(parsed.frontmatter.data) : undefined;
    if (!result?.success || (production && result.data.draft)) continue;
    const { term, aliases, caseSensitive, short } = typesetTerm(result.data);
    const id = entryIdFromPath(name);
    loaded.names.push({ id, term, aliases, caseSensitive });
    loaded.definitions.set(id, { url: routes.term(id), name: term, short });
  }
  return loaded;
}
