/**
 * Reads the glossary's names straight from content/glossary/ while Astro loads its config, before
 * any content collection exists: the remark plugin needs them to compile the first MDX file.
 */
import { typesetTerm } from '../lib/content/typeset.ts';
import type { DraftPolicy } from '../lib/drafts.ts';
import type { GlossaryName } from '../lib/glossary/term-index.ts';
import type { TermDefinition } from '../lib/glossary/term-markup.ts';
import { routes } from '../lib/routes.ts';
import { loadEntries } from './load-entries.ts';

export interface LoadedGlossary {
  names: GlossaryName[];
  /** What each term's links show, by id: typeset as the term's own page shows it. */
  definitions: Map<string, TermDefinition>;
  /** Absolute paths of the files read, for the dev server to watch. */
  files: string[];
}

/**
 * The names of every glossary entry under `root`, sorted by id. Drafts are left out when
 * drafts are not shown, so no page links to a term that is not published. Entries that fail the
 * schema, or that the lister or reader refuses, are skipped: `npm run build` has already reported
 * them, and in `astro dev` the entry loader reports them.
 */
export async function loadGlossary(root: string, policy: DraftPolicy): Promise<LoadedGlossary> {
  const { entries, files } = await loadEntries(root, 'glossary', policy);
  const loaded: LoadedGlossary = { names: [], definitions: new Map(), files };
  for (const { id, data } of entries) {
    const { term, aliases, caseSensitive, short } = typesetTerm(data);
    loaded.names.push({ id, term, aliases, caseSensitive });
    loaded.definitions.set(id, { url: routes.term(id), name: term, short });
  }
  return loaded;
}
