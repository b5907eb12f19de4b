/**
 * The loader of the three collections. Like Astro's glob() loader it reads each entry file under
 * a collection's directory and validates its frontmatter against the schema. The difference is in
 * the body: a body that is plain Markdown (no components, expressions or imports, which is most
 * events and terms) is rendered to HTML here, through the site's Markdown pipeline, and kept in
 * Astro's content store. Only the bodies that use MDX are compiled into modules of their own, as
 * glob() does with every `.mdx` file. Rendering a plain body costs a fraction of compiling and
 * bundling it, and the store keeps the HTML between builds: an unchanged entry is not rendered
 * again until its file, the glossary or the pipeline changes (see markdown-fingerprint.ts).
 */
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ENTRY_PATTERN } from '../content-root.ts';
import { sharedMarkdownFingerprint } from '../integrations/markdown-fingerprint.ts';
import { entryIdFromPath } from '../lib/content/entry-id.ts';
import { isPlainMarkdown } from '../lib/content/mdx-scan.ts';

/** Loads every entry file under `base` (an absolute directory). */
export function entryLoader(base: string): Loader {
  return { name: 'backgrounder-entries', load: (context) => loadEntries(base, context) };
}

async function loadEntries(base: string, context: LoaderContext): Promise<void> {
  const { store, watcher } = context;
  const fingerprint = sharedMarkdownFingerprint();
  const untouched = new Set(store.keys());
  const idByFile = new Map<string, string>();

  const sync = async (relative: string) => {
    const id = await syncEntry(base, relative, fingerprint, context);
    idByFile.set(relative, id);
    untouched.delete(id);
  };

  const files: string[] = [];
  for await (const file of glob(ENTRY_PATTERN, { cwd: base })) files.push(toPosix(file));
  // In order, so the store (and the build) come out the same every time.
  for (const relative of files.sort()) await sync(relative);
  for (const id of untouched) store.delete(id);

  if (!watcher) return;
  // `astro dev`: keep the store in step with the files, as glob() does.
  const entryOf = (file: string) => {
    const relative = toPosix(path.relative(base, file));
    return !relative.startsWith('../') && path.matchesGlob(relative, ENTRY_PATTERN) ? relative : undefined;
  };
  const onChange = async (file: string) => {
    const relative = entryOf(file);
    if (!relative) return;
    const previous = idByFile.get(relative);
    try {
      await sync(relative);
      if (previous && previous !== idByFile.get(relative)) store.delete(previous);
      context.logger.info(`Reloaded ${relative}`);
    } catch (error) {
      context.logger.error(`Could not reload ${relative}: ${(error as Error).message}`);
    }
  };
  watcher.add(base);
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', (file) => {
    const relative = entryOf(file);
    const id = relative && idByFile.get(relative);
    if (!id) return;
    store.delete(id);
    idByFile.delete(relative);
  });
}

/** Reads one entry into the store, unless the store already holds this version of it. Returns its id. */
async function syncEntry(base: string, relative: string, fingerprint: string, context: LoaderContext): Promise<string> {
  const { store, config } = context;
  const file = path.join(base, relative);
  const contents = await readFile(file, 'utf8');
  const id = entryIdFromPath(relative);
  const digest = context.generateDigest(`${fingerprint}\0${contents}`);
  const filePath = toPosix(path.relative(fileURLToPath(config.root), file));
  const existing = store.get(id);
  if (existing?.digest === digest && existing.filePath === filePath) {
    // Unchanged: a compiled body's module must still be part of this build.
    if (existing.deferredRender) store.addModuleImport(filePath);
    return id;
  }

  const { frontmatter, content } = readEntry(contents, filePath);
  const body = content.trim();
  const data = await context.parseData({ id, data: frontmatter, filePath: file });
  // A new version replaces the old one whatever it was: rendered HTML or a compiled module.
  store.delete(id);
  if (isPlainMarkdown(body)) {
    const rendered = await context.renderMarkdown(contents, { fileURL: pathToFileURL(file) });
    const assetImports = rendered.metadata?.imagePaths;
    store.set({ id, data, body, filePath, digest, rendered, ...(assetImports?.length ? { assetImports } : {}) });
  } else {
    store.set({ id, data, body, filePath, digest, deferredRender: true });
  }
  return id;
}

/** The frontmatter and body; a YAML error names the file (`npm run build` reports it before Astro, `npm run dev` here). */
function readEntry(contents: string, filePath: string): { frontmatter: Record<string, unknown>; content: string } {
  try {
    return parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    throw new Error(`${filePath}: the frontmatter is not valid YAML. ${(error as Error).message}\n  Run \`npm run validate\` for the line and how to fix it.`, { cause: error });
  }
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
