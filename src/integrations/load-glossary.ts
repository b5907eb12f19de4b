/**
 * Reads the glossary's names straight from content/glossary/ while Astro loads its config, before
 * any content collection exists: the remark plugin needs them to compile the first MDX file.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { entryIdFromPath } from '../lib/content/entry-id.ts';
import { readFrontmatter } from '../lib/content/frontmatter.ts';
import { typesetTerm } from '../lib/content/typeset.ts';
import type { GlossaryName } from '../lib/glossary/term-index.ts';
import type { TermDefinition } from '../lib/glossary/term-markup.ts';
import { routes } from '../lib/routes.ts';
import { COLLECTIONS } from '../lib/site.ts';
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
 * schema are skipped: `npm run build` has already reported them, and `astro dev` reports them too.
 */
export async function loadGlossary(root: string, { production }: { production: boolean }): Promise<LoadedGlossary> {
  const dir = path.join(root, COLLECTIONS.glossary.dir);
  const relative = await readdir(dir, { recursive: true }).then(
    (names) => names.map(String),
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  const loaded: LoadedGlossary = { names: [], definitions: new Map(), files: [] };
  for (const name of relative.sort()) {
    if (!name.endsWith('.mdx') || name.split(path.sep).some((part) => part.startsWith('_'))) continue;
    const file = path.join(dir, name);
    loaded.files.push(file);
    const parsed = readFrontmatter(await readFile(file, 'utf8'));
    const result = parsed.ok ? GlossaryTermSchema.safeParse(parsed.frontmatter.data) : undefined;
    if (!result?.success || (production && result.data.draft)) continue;
    const { term, aliases, caseSensitive, short } = typesetTerm(result.data);
    const id = entryIdFromPath(name.split(path.sep).join('/'));
    loaded.names.push({ id, term, aliases, caseSensitive });
    loaded.definitions.set(id, { url: routes.term(id), name: term, short });
  }
  return loaded;
}
