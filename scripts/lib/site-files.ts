/** Lists and hashes the files of a built site; shared by the headers step, the deploy and the determinism check. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
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

/** Every file under `root` with its hex digest (`md5` matches an S3 ETag; `sha256` for the determinism check and the build record). */
export async function hashSiteFiles(root: string, algorithm: 'md5' | 'sha256'): Promise<SiteFile[]> {
  const files: SiteFile[] = [];
  for (const key of await listSiteFiles(root)) {
    // Read synchronously: a site is thousands of small files, and a promise per file costs several
    // times the reading. The callers have nothing else to do meanwhile.
    const bytes = readFileSync(path.join(root, key));
    files.push({ key, size: bytes.length, hash: createHash(algorithm).update(bytes).digest('hex') });
  }
  return files;
}

/** A file of the site with both digests: the deploy needs MD5 for S3 and SHA-256 for the build record. */
export interface DigestedFile {
  key: string;
  size: number;
  md5: string;
  sha256: string;
}

/** Every file under `root` with its MD5 and SHA-256, reading each file once. */
export async function digestSiteFiles(root: string): Promise<DigestedFile[]> {
  const files: DigestedFile[] = [];
  for (const key of await listSiteFiles(root)) {
    // Synchronously, as in hashSiteFiles.
    const bytes = readFileSync(path.join(root, key));
    const digest = (algorithm: string) => createHash(algorithm).update(bytes).digest('hex');
    files.push({ key, size: bytes.length, md5: digest('md5'), sha256: digest('sha256') });
  }
  return files;
}
