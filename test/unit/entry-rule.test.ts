/**
 * "Is this file an entry?" has one answer (src/lib/content/entry-path.ts), and every part of the
 * pipeline gives it: the validator's lister, the entry loader (at start and in `astro dev`), the
 * glossary reader, the sitemap dates reader, the Markdown plugins' entryFromPath and the
 * pull-quote numbering. If any part grows a rule of its own, this fails.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContent } from '../../scripts/lib/content/read-content.ts';
import { readSitemapEntries } from '../../src/integrations/sitemap-dates.ts';
import { loadGlossary } from '../../src/node/load-glossary.ts';
import { classifyEntryPath } from '../../src/lib/content/entry-path.ts';
import { entryFromPath } from '../../src/lib/markdown/entry-from-path.ts';
import { remarkPullQuoteNumbers } from '../../src/lib/markdown/pull-quote-numbers.ts';
import { entryLoader } from '../../src/loaders/entries.ts';

/** Paths inside a collection folder, one of each kind the rule tells apart. */
const PATHS = ['a-term.mdx', '_scrap.mdx', '_park/parked.mdx', '_park/deeper/parked.mdx', '.hidden.mdx', 'sub/nested.mdx', 'sub/_scrap.mdx', 'page.md', 'sub/notes.txt'];
const entries = PATHS.filter((p) => classifyEntryPath(p) === 'entry');
const nested = PATHS.filter((p) => classifyEntryPath(p) === 'nested');

const TERM = (name: string) => `---\nterm: ${name}\nshort: A term.\nsources:\n  - name: NATO\n    url: "https://www.nato.int/"\n---\n<PullQuote cite="A">Words.</PullQuote>\n`;

let work: string;
/** A content folder with every path of PATHS in the glossary, nested ones included or not. */
async function contentWith(name: string, paths: readonly string[], text = TERM): Promise<string> {
  const root = path.join(work, name);
  for (const [index, file] of paths.entries()) {
    await mkdir(path.join(root, 'glossary', path.dirname(file)), { recursive: true });
    await writeFile(path.join(root, 'glossary', file), text(`Term ${index}`));
  }
  return root;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'entry-rule-'));
});

afterAll(() => rm(work, { recursive: true, force: true }));

test('the table has an entry, skipped names, a nested file and non-content', () => {
  expect(entries).toEqual(['a-term.mdx']);
  expect(nested).toEqual(['sub/nested.mdx']);
});

describe('every part of the pipeline agrees with the rule', () => {
  test('the validator reads the entries and refuses the nested file', async () => {
    const root = await contentWith('validator', PATHS);
    const files = await readContent(root, root);
    expect(files.filter((f) => 'text' in f).map((f) => f.name)).toEqual(entries);
    expect(files.filter((f) => 'problem' in f).map((f) => f.name)).toEqual(nested);
  });

  test('the glossary reader reads the entries', async () => {
    const root = await contentWith('glossary', PATHS);
    const loaded = await loadGlossary(root, { showDrafts: false });
    expect(loaded.files.map((file) => path.relative(path.join(root, 'glossary'), file))).toEqual(entries);
  });

  test('the sitemap dates reader reads the entries', async () => {
    const updated = (name: string) => TERM(name).replace('---\n<PullQuote', 'updated: 2026-11-29\n---\n<PullQuote');
    const root = await contentWith('sitemap', PATHS, updated);
    const read = await readSitemapEntries(root, { showDrafts: false });
    expect(read.map((entry) => entry.id)).toEqual(entries.map((p) => p.replace(/\.mdx$/, '')));
  });

  test('the entry loader refuses the nested file, and loads the entries', async () => {
    const withNested = await contentWith('loader-nested', PATHS);
    await expect(entryLoader(withNested, 'glossary', { markdownFingerprint: 'test' }).load(loaderContext(withNested).context)).rejects.toThrow(`glossary/${nested[0]}: Entries cannot be in subfolders`);
    const root = await contentWith('loader', PATHS.filter((p) => !nested.includes(p)));
    const { context, ids } = loaderContext(root);
    await entryLoader(root, 'glossary', { markdownFingerprint: 'test' }).load(context);
    expect(ids()).toEqual(entries.map((p) => p.replace(/\.mdx$/, '')));
  });

  test('the entry loader in `astro dev` takes up only entries', async () => {
    const root = await contentWith('dev', []);
    const { context, ids, emit } = loaderContext(root);
    await entryLoader(root, 'glossary', { markdownFingerprint: 'test' }).load(context);
    for (const file of PATHS) {
      await mkdir(path.join(root, 'glossary', path.dirname(file)), { recursive: true });
      await writeFile(path.join(root, 'glossary', file), TERM(file));
      await emit('add', path.join(root, 'glossary', file));
    }
    expect(ids()).toEqual(entries.map((p) => p.replace(/\.mdx$/, '')));
  });

  test.each(PATHS)('entryFromPath and the pull-quote numbering agree on %s', async (file) => {
    const root = '/site/content';
    const isEntry = entries.includes(file);
    expect(entryFromPath(`${root}/glossary/${file}`, root) !== undefined).toBe(isEntry);
    // In an article, the numbering gives each quote its page's address only when the file is an entry.
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPullQuoteNumbers, { contentRoot: root });
    const tree = await processor.run(processor.parse('<PullQuote cite="A">Words.</PullQuote>'), new VFile({ path: `${root}/articles/${file}` }));
    expect(JSON.stringify(tree).includes('"name":"href"')).toBe(isEntry);
  });
});

/** A stand-in for Astro's loader context, enough for the loader to run. */
function loaderContext(root: string) {
  const store = new Map<string, unknown>();
  const handlers: ((file: string) => Promise<void>)[] = [];
  const context = {
    store: { keys: () => [...store.keys()], get: (id: string) => store.get(id), set: (e: { id: string }) => store.set(e.id, e) && true, delete: (id: string) => store.delete(id), addModuleImport: () => {} },
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    parseData: async ({ data }: { data: unknown }) => data,
    renderMarkdown: async () => ({ html: '', metadata: {} }),
    watcher: { add: () => {}, on: (event: string, handler: (file: string) => Promise<void>) => event === 'add' && handlers.push(handler) },
  };
  return {
    context: context as unknown as LoaderContext,
    ids: () => [...store.keys()].sort(),
    emit: async (_event: 'add', file: string) => {
      for (const handler of handlers) await handler(file);
    },
  };
}
