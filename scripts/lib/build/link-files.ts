/**
 * Puts a file that the build cache already holds into the site, or the other way round, as a hard
 * link where the file system allows one and as a copy where it does not (another device, a file
 * system without links). A link is a second name for the same bytes: it costs no new file, where a
 * copy costs one, and on ext4 a new file is the dearest part of writing a small one when many were
 * just deleted (as a rebuild deletes the previous site). Both names stay valid whichever is
 * deleted first.
 *
 * Safe because nothing here changes a file in place: the caches write a new file and rename it
 * over the old name (src/cards/cache.ts), and each build writes a new site beside the old one
 * (output-swap.ts). A step added after the build must do the same: one that rewrote a card of
 * `dist/` in place would rewrite the cached card with it.
 */
import { constants } from 'node:fs';
import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';

/** Errors of `link` that mean "no link here", not "something is wrong": a copy does instead. */
const NO_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS']);

/** Gives `source` the second name `target` (whose folder must exist); fails if `target` exists. */
export async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    if (!NO_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await copyFile(source, target, constants.COPYFILE_EXCL);
  }
}

/** Gives every file under `sourceDir` a name under `targetDir`, folders made as needed; fails if a target exists. */
export async function linkTree(sourceDir: string, targetDir: string): Promise<void> {
  await mkdir(targetDir, { recursive: true });
  for (const entry of await readdir(sourceDir, { withFileTypes: true })) {
    const [source, target] = [path.join(sourceDir, entry.name), path.join(targetDir, entry.name)];
    if (entry.isDirectory()) await linkTree(source, target);
    else await linkOrCopy(source, target);
  }
}
