/** Tells which collection entry an MDX file is from its path, the way the glob loaders see it. */
import { entryIdFromPath } from '../content/entry-id.ts';
import { COLLECTIONS, type CollectionName } from '../site.ts';
import type { EntryRef } from './link-terms.ts';

const toPosix = (path: string) => path.replace(/\\/g, '/').replace(/\/+$/, '');

/** The entry `filePath` holds under the content root `root`, or undefined for any other file. */
export function entryFromPath(filePath: string, root: string): EntryRef | undefined {
  const prefix = `${toPosix(root)}/`;
  const file = toPosix(filePath);
  if (!file.startsWith(prefix)) return undefined;
  const [dir, ...rest] = file.slice(prefix.length).split('/');
  const collection = (Object.keys(COLLECTIONS) as CollectionName[]).find((name) => COLLECTIONS[name].dir === dir);
  const name = rest.join('/');
  // Files starting with `_` are not loaded, so they are not entries.
  if (!collection || !name.endsWith('.mdx') || rest.some((part) => part.startsWith('_'))) return undefined;
  return { collection, id: entryIdFromPath(name) };
}
