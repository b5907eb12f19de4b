/** Reads every entry file of the four collections from disk, for the validator and the writers' scripts. */
import path from 'node:path';
import pLimit from 'p-limit';
import { listContent, readEntryText } from '../../../src/node/content-files.ts';
import type { RefusedFile, SourceFile } from '../../../src/lib/content/validate.ts';

/** Entry files read at once: enough to keep libuv's four threads busy, few enough to leave file handles to spare. */
const READS_AT_ONCE = 16;

/** Every entry under `root` as text, and every file refused by the lister or the reader, in listing order. */
export async function readContent(root: string, projectRoot = process.cwd()): Promise<(SourceFile | RefusedFile)[]> {
  const { entries, refused } = await listContent(root);
  const files: (SourceFile | RefusedFile)[] = refused.map(({ collection, name, path: file, message, hint }) => ({
    collection,
    name,
    file: displayPath(file, projectRoot),
    problem: { message, hint },
  }));
  // Several at once: each read is a few system calls, each a trip to libuv's thread pool, and one after
  // another they kept the build waiting. The results stay in listing order.
  const limit = pLimit(READS_AT_ONCE);
  const reads = await Promise.all(entries.map((entry) => limit(() => readEntryText(entry.path, root))));
  for (const [i, entry] of entries.entries()) {
    const file = displayPath(entry.path, projectRoot);
    const read = reads[i]!;
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
