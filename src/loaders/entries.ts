/**
 * The loader of the four collections. Like Astro's glob() loader it reads each entry file under
 * a collection's directory and validates its frontmatter against the schema. The difference is in
 * the body: a body that is plain Markdown (no components, expressions or imports, which is most
 * events and terms) is rendered to HTML here, through the site's Markdown pipeline, and kept in
 * Astro's content store. Only the bodies that use MDX are compiled into modules of their own, as
 * glob() does with every `.mdx` file. Rendering a plain body costs a fraction of compiling and
 * bundling it, and the store keeps the HTML between builds: an unchanged entry is not rendered
 * again until its file, the glossary or the pipeline changes (see src/integrations/markdown-fingerprint.ts).
 *
 * The loader is also a line of defence for when the validator does not run first (`npm run dev`,
 * a bare `astro build`): it finds files by the same rule and reads them the same way (see
 * src/node/content-files.ts), and refuses an entry that fails the same screening (size, characters,
 * YAML aliases, nesting) before any YAML or MDX parser expands or compiles it. What the text may
 * contain is enforced while it compiles (src/lib/markdown/remark-content-guard.ts).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { listCollection, readEntryText } from '../node/content-files.ts';
import { entryIdFromPath } from '../lib/content/entry-id.ts';
import { classifyEntryPath, nestedEntryProblem } from '../lib/content/entry-path.ts';
import { bodyProblems, mayBreakBodyRules } from '../lib/content/body-rules.ts';
import type { Frontmatter } from '../lib/content/frontmatter.ts';
import { isPlainMarkdown, scanMdx } from '../lib/content/mdx-scan.ts';
import { formatReport, type Problem } from '../lib/content/problems.ts';
import { screenEntry } from '../lib/content/screen.ts';
import { COLLECTIONS, type CollectionName } from '../lib/constants.ts';

/** What the loader is given besides the folder and the collection. */
export interface EntryLoaderOptions {
  /**
   * What a rendered body depends on besides its file (src/integrations/markdown-fingerprint.ts): the
   * glossary integration defines it as `import.meta.env.MARKDOWN_FINGERPRINT`. Undefined when that
   * integration is missing, which stops the load.
   */
  markdownFingerprint: string | undefined;
}

/** Loads every entry of `collection` under the content folder `root` (an absolute path). */
export function entryLoader(root: string, collection: CollectionName, options: EntryLoaderOptions): Loader {
  return { name: 'backgrounder-entries', load: (context) => loadEntries(root, collection, options, context) };
}

async function loadEntries(root: string, collection: CollectionName, options: EntryLoaderOptions, context: LoaderContext): Promise<void> {
  const { store, watcher } = context;
  const base = path.join(root, COLLECTIONS[collection].dir);
  const fingerprint = options.markdownFingerprint;
  if (fingerprint === undefined) {
    throw new Error('The glossary was not loaded before the content: add `glossary.integration` to `integrations` in astro.config.mjs.');
  }
  const untouched = new Set(store.keys());
  const idByFile = new Map<string, string>();
  const shown = (file: string) => toPosix(path.relative(fileURLToPath(context.config.root), file));

  const sync = async (relative: string) => {
    const id = await syncEntry(root, base, relative, fingerprint, context);
    idByFile.set(relative, id);
    untouched.delete(id);
  };

  const listing = await listCollection(root, collection);
  if (listing.refused.length) {
    throw refusal(listing.refused.map(({ path: file, message, hint }) => ({ file: shown(file), message, hint })));
  }
  // In order, so the store (and the build) come out the same every time.
  for (const { name } of listing.entries) await sync(name);
  for (const id of untouched) store.delete(id);

  if (!watcher) return;
  // `astro dev`: keep the store in step with the files, as glob() does.
  const entryOf = (file: string) => {
    const relative = toPosix(path.relative(base, file));
    if (relative.startsWith('../')) return undefined;
    const kind = classifyEntryPath(relative);
    if (kind === 'nested') context.logger.error(formatReport([{ file: shown(file), ...nestedEntryProblem(relative) }]));
    return kind === 'entry' ? relative : undefined;
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
async function syncEntry(root: string, base: string, relative: string, fingerprint: string, context: LoaderContext): Promise<string> {
  const { store, config } = context;
  const file = path.join(base, relative);
  const filePath = toPosix(path.relative(fileURLToPath(config.root), file));
  const read = readEntryText(file, root);
  if (!read.ok) throw refusal([{ file: filePath, ...(read.line === undefined ? {} : { line: read.line }), message: read.message, hint: read.hint }]);
  const contents = read.text;
  const id = entryIdFromPath(relative);
  const digest = context.generateDigest(`${fingerprint}\0${contents}`);
  const existing = store.get(id);
  if (existing?.digest === digest && existing.filePath === filePath) {
    // Unchanged: a compiled body's module must still be part of this build.
    if (existing.deferredRender) store.addModuleImport(filePath);
    return id;
  }
  // Before js-yaml reads the frontmatter (it expands aliases) and before MDX compiles the body.
  const screened = screenEntry(contents);
  if (!screened.ok) throw refusal(screened.problems.map((problem) => ({ file: filePath, ...problem })));

  const { frontmatter, content } = readEntry(contents, filePath);
  const body = content.trim();
  // A plain body is rendered here, where the Markdown guard cannot tell body lines from file lines: check its links first.
  if (isPlainMarkdown(body)) checkPlainBody(screened.frontmatter, filePath, relative.split('/').length);
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

/** Refuses a plain body with a link or image to an address entries may not use, at the file's line. */
function checkPlainBody({ body, bodyLine }: Frontmatter, filePath: string, depth: number): void {
  if (!mayBreakBodyRules(body)) return;
  const scan = scanMdx(body);
  const problems = scan.ok ? bodyProblems(scan.tree, { depth }) : [];
  if (problems.length) throw refusal(problems.map((problem) => ({ file: filePath, ...problem, line: bodyLine + problem.line - 1 })));
}

/** The frontmatter and body; a YAML error names the file (`npm run build` reports it before Astro, `npm run dev` here). */
function readEntry(contents: string, filePath: string): { frontmatter: Record<string, unknown>; content: string } {
  try {
    return parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    throw new Error(`${filePath}: the frontmatter is not valid YAML. ${(error as Error).message}\n  Run \`npm run validate\` for the line and how to fix it.`, { cause: error });
  }
}

/** The error that stops the load: the same report `npm run validate` prints. */
function refusal(problems: Problem[]): Error {
  return new Error(`${formatReport(problems)}\n\nRun \`npm run validate\` to check every entry.`);
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
