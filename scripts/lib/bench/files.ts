/** The benchmark's file-system side: writing content sets and baseline projects, measuring outputs. */
import { mkdir, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes `files` (paths relative to `root`), creating directories as needed. */
export async function writeFiles(root: string, files: readonly { path: string; text: string }[]): Promise<void> {
  for (const file of files) {
    const target = path.join(root, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.text);
  }
}

/** Links `<dir>/node_modules` to the project's, so the baseline uses the very same Astro install. */
export async function linkNodeModules(dir: string, projectRoot: string): Promise<void> {
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

/** Every file under `dir`, as paths relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

/** How many files under `dir` end with `extension` (`.html`). */
export async function countFiles(dir: string, extension: string): Promise<number> {
  return (await listFiles(dir)).filter((name) => name.endsWith(extension)).length;
}

/** The total size in bytes of the files under `dir`. */
export async function directoryBytes(dir: string): Promise<number> {
  const sizes = await Promise.all((await listFiles(dir)).map(async (name) => (await stat(path.join(dir, name))).size));
  return sizes.reduce((a, b) => a + b, 0);
}

/** The largest file under `dir` ending with `extension`, as a path relative to `dir` and its bytes; undefined when there is none. */
export async function largestFile(dir: string, extension: string): Promise<{ path: string; bytes: number } | undefined> {
  const names = (await listFiles(dir)).filter((name) => name.endsWith(extension)).sort();
  let largest: { path: string; bytes: number } | undefined;
  for (const name of names) {
    const { size } = await stat(path.join(dir, name));
    if (!largest || size > largest.bytes) largest = { path: name, bytes: size };
  }
  return largest;
}
