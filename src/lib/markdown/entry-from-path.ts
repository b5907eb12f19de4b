/** Tells which collection entry an MDX file is from its path, by the one rule the loaders use. */
import { entryIdFromPath } from '../content/entry-id.ts';
import { isEntryFile } from '../content/entry-path.ts';
import { COLLECTIONS, type CollectionName } from '../constants.ts';
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
  if (!collection || !isEntryFile(name)) return undefined;
  return { collection, id: entryIdFromPath(name) };
}
