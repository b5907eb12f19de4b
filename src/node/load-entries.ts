/**
 * Reads one collection's entries straight from the content directory, for integrations that run
 * outside Astro's content layer (while the config loads, or after the build). Entries that fail
 * their schema are skipped: `npm run build` has already reported them, and `astro dev` reports them too.
 */
import type { z } from 'astro/zod';
import { listCollection, readEntryText } from './content-files.ts';
import { entryIdFromPath } from '../lib/content/entry-id.ts';
import { readFrontmatter } from '../lib/content/frontmatter.ts';
import { isShown } from '../lib/drafts.ts';
import type { CollectionName } from '../lib/constants.ts';
import { SCHEMAS } from '../schemas/index.ts';

/** One valid entry: its id and its data, as the schema returns it. */
export interface LoadedEntry<C extends CollectionName> {
  id: string;
  data: z.infer<(typeof SCHEMAS)[C]>;
}

export interface LoadOptions {
  /** Whether drafts are read (src/lib/drafts.ts). */
  showDrafts: boolean;
  /** Skip a file by its text before parsing it, when the caller can tell it needs nothing from it. */
  skip?: (text: string) => boolean;
}

/**
 * Every valid entry of `collection` under `root`, sorted by file name, and the paths of all its
 * entry files. Files are found and read by the one lister and reader (src/node/content-files.ts), so
 * what they skip or refuse never reaches here.
 */
export async function loadEntries<C extends CollectionName>(
  root: string,
  collection: C,
  options: LoadOptions,
): Promise<{ entries: LoadedEntry<C>[]; files: string[] }> {
  const listed = (await listCollection(root, collection)).entries;
  const files = listed.map((entry) => entry.path);
  const loaded: { entries: LoadedEntry<C>[]; files: string[] } = { entries: [], files };
  for (const { name, path: file } of listed) {
    const read = readEntryText(file, root);
    if (!read.ok || options.skip?.(read.text)) continue;
    const parsed = readFrontmatter(read.text);
    const result = parsed.ok ? SCHEMAS[collection].safeParse(parsed.frontmatter.data) : undefined;
    if (!result?.success || !isShown(result.data, options)) continue;
    loaded.entries.push({ id: entryIdFromPath(name), data: result.data as LoadedEntry<C>['data'] });
  }
  return loaded;
}
