/** Reads every entry file of the four collections from disk, for the validator and the writers' scripts. */
import path from 'node:path';
import { listContent, readEntryText } from '../../../src/node/content-files.ts';
import type { RefusedFile, SourceFile } from '../../../src/lib/content/validate.ts';

/** Every entry under `root` as text, and every file refused by the lister or the reader, in listing order. */
export async function readContent(root: string, projectRoot = process.cwd()): Promise<(SourceFile | RefusedFile)[]> {
  const { entries, refused } = await listContent(root);
  const files: (SourceFile | RefusedFile)[] = refused.map(({ collection, name, path: file, message, hint }) => ({
    collection,
    name,
    file: displayPath(file, projectRoot),
    problem: { message, hint },
  }));
  for (const entry of entries) {
    const file = displayPath(entry.path, projectRoot);
    const read = readEntryText(entry.path, root);
    if (read.ok) files.push({ collection: entry.collection, name: entry.name, file, text: read.text });
    else files.push({ collection: entry.collection, name: entry.name, file, problem: { ...(read.line === undefined ? {} : { line: read.line }), message: read.message, hint: read.hint } });
  }
  return files;
}

/** The entries under `root` that can be read, as text; refused files are left out (the validator reports them). */
export async function readContentFiles(root: string, projectRoot = process.cwd()): Promise<SourceFile[]> {
  return (await readContent(root, projectRoot)).filter((file): file is SourceFile => 'text' in file);
}

/** The path writers see: relative inside the project (`content/glossary/map.mdx`), absolute outside it. */
function displayPath(absolute: string, projectRoot: string): string {
  const relative = path.relative(projectRoot, absolute);
  return relative.startsWith('..') ? absolute : relative.split(path.sep).join('/');
}
