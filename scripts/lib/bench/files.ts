/** The benchmark's file-system side: writing content sets and baseline projects, measuring outputs. */
import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readFontFaces, readPage, rangeCovers, sitePathOf, totalWeight, transferBytes, type AssetKind, type PageWeight } from './page-weight.ts';

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

/** An HTML page under `distDir`, by site path (`/timeline/index.html`), or the first match of a pattern. */
export async function findPage(distDir: string, pattern: RegExp): Promise<string | undefined> {
  const pages = (await listFiles(distDir)).map((name) => `/${name.split(path.sep).join('/')}`).sort();
  return pages.find((page) => pattern.test(page));
}

/**
 * The transfer weight of the page at `page` (a site path under `distDir`): its HTML, the
 * stylesheets, scripts, preloads and images it references, and the web fonts its stylesheets
 * declare for the characters it contains. Every weight of every face is counted, so fonts are an upper bound.
 */
export async function readPageWeight(distDir: string, page: string, label: string): Promise<PageWeight> {
  const html = await readFile(path.join(distDir, page));
  const { assets, text } = readPage(html.toString('utf8'));
  const transfers: { kind: AssetKind | 'html'; bytes: number }[] = [{ kind: 'html', bytes: transferBytes(html, 'html') }];
  const seen = new Set<string>();
  const fetch = async (url: string, kind: AssetKind, from: string): Promise<Buffer | undefined> => {
    const sitePath = sitePathOf(url, from);
    if (!sitePath || seen.has(sitePath)) return undefined;
    seen.add(sitePath);
    const content = await readFile(path.join(distDir, sitePath)).catch(() => undefined);
    if (content) transfers.push({ kind, bytes: transferBytes(content, kind, sitePath) });
    return content;
  };
  for (const asset of assets) {
    const content = await fetch(asset.url, asset.kind, page);
    if (!content || asset.kind !== 'css') continue;
    const from = sitePathOf(asset.url, page)!;
    for (const face of readFontFaces(content.toString('utf8'))) {
      if (rangeCovers(face.unicodeRange, text)) await fetch(face.url, 'font', from);
    }
  }
  return totalWeight(label, transfers);
}
