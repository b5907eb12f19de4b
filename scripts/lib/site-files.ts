/** Lists and hashes the files of a built site; shared by the headers step, the deploy and the determinism check. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A file of the site: its key (path relative to the root, `/` separators), size and content hash. */
export interface SiteFile {
  key: string;
  size: number;
  hash: string;
}

/** Every file under `root` as a sorted list of keys, so output never depends on directory order. */
export async function listSiteFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Every file under `root` with its hex digest (`md5` matches an S3 ETag; `sha256` for the determinism check). */
export async function hashSiteFiles(root: string, algorithm: 'md5' | 'sha256'): Promise<SiteFile[]> {
  const files: SiteFile[] = [];
  for (const key of await listSiteFiles(root)) {
    const bytes = await readFile(path.join(root, key));
    files.push({ key, size: bytes.length, hash: createHash(algorithm).update(bytes).digest('hex') });
  }
  return files;
}
