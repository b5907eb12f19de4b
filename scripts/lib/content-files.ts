/** Reads every entry file of the three collections from disk, for the validator. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../src/lib/site.ts';
import type { SourceFile } from '../../src/lib/content/validate.ts';

/** All `.mdx` files under each collection directory, except those whose names start with `_`. */
export async function readContentFiles(root: string, projectRoot = process.cwd()): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const dir = path.join(root, COLLECTIONS[collection].dir);
    let names: string[];
    try {
      names = (await readdir(dir, { recursive: true })).map(String);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const name of names.sort()) {
      const base = path.basename(name);
      if (!base.endsWith('.mdx') || base.startsWith('_')) continue;
      const absolute = path.join(dir, name);
      files.push({
        collection,
        name: name.split(path.sep).join('/'),
        file: displayPath(absolute, projectRoot),
        text: await readFile(absolute, 'utf8'),
      });
    }
  }
  return files;
}

/** The path writers see: relative inside the project (`content/glossary/map.mdx`), absolute outside it. */
function displayPath(absolute: string, projectRoot: string): string {
  const relative = path.relative(projectRoot, absolute);
  return relative.startsWith('..') ? absolute : relative.split(path.sep).join('/');
}
