/**
 * The entry loader as a line of defence, with a stand-in for Astro's loader context: when nothing
 * validated first (`npm run dev`, a bare `astro build`), it finds entries by the one rule and
 * refuses a hostile entry before any YAML or Markdown parser sees it.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { entryLoader } from '../../../src/loaders/entries.ts';

const TERM = (term: string, body = 'Text.') => `---\nterm: ${term}\nshort: A term.\nsources:\n  - name: NATO\n    url: "https://www.nato.int/"\n---\n${body}\n`;

let work: string;
const glossary = (file = '') => path.join(work, 'content', 'glossary', file);

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'entry-loader-unit-'));
  await mkdir(glossary(), { recursive: true });
  await writeFile(glossary('map.mdx'), TERM('MAP'));
});

afterEach(() => rm(work, { recursive: true, force: true }));

/** A loader context whose store is a Map, and whose parser and renderer only record that they ran. */
function fakeContext() {
  const entries = new Map<string, { id: string }>();
  const handlers = new Map<string, ((file: string) => Promise<void>)[]>();
  const errors: string[] = [];
  const parseData = vi.fn(async ({ data }: { data: unknown }) => data);
  const renderMarkdown = vi.fn(async () => ({ html: '<p>Text.</p>', metadata: {} }));
  const context = {
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (entry: { id: string }) => entries.set(entry.id, entry) && true,
      delete: (id: string) => entries.delete(id),
      addModuleImport: () => {},
    },
    config: { root: pathToFileURL(`${work}/`) },
    logger: { info: () => {}, warn: () => {}, debug: () => {}, error: (message: string) => errors.push(message) },
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    parseData,
    renderMarkdown,
    watcher: {
      add: () => {},
      on: (event: string, handler: (file: string) => Promise<void>) => handlers.set(event, [...(handlers.get(event) ?? []), handler]),
    },
  };
  const emit = async (event: string, file: string) => {
    for (const handler of handlers.get(event) ?? []) await handler(file);
  };
  return { context: context as unknown as LoaderContext, entries, errors, parseData, renderMarkdown, emit };
}

const load = (context: LoaderContext) => entryLoader(path.join(work, 'content'), 'glossary', { markdownFingerprint: 'test' }).load(context);

describe('the entry loader', () => {
  test('loads the entries by the one rule, skipping `_` and hidden names', async () => {
    await writeFile(glossary('_notes.mdx'), 'Scraps.');
    await writeFile(glossary('.map.mdx'), 'An editor file.');
    await mkdir(glossary('_drafts'));
    await writeFile(glossary('_drafts/draft.mdx'), TERM('Draft'));
    const { context, entries } = fakeContext();
    await load(context);
    expect([...entries.keys()]).toEqual(['map']);
  });

  test('refuses an entry in a subfolder, naming it', async () => {
    await mkdir(glossary('sub'));
    await writeFile(glossary('sub/term.mdx'), TERM('Term'));
    await expect(load(fakeContext().context)).rejects.toThrow('content/glossary/sub/term.mdx: Entries cannot be in subfolders');
  });

  test('refuses a link to a file outside the content folder without reading it', async () => {
    await writeFile(path.join(work, 'secret.mdx'), TERM('Secret'));
    await symlink(path.join(work, 'secret.mdx'), glossary('secret.mdx'));
    const { context, parseData } = fakeContext();
    await expect(load(context)).rejects.toThrow(/content\/glossary\/secret\.mdx: This file is a link \(symlink\) to `.*secret\.mdx`, outside the content folder\./);
    expect(parseData).not.toHaveBeenCalled();
  });

  test('refuses a YAML alias bomb before the frontmatter is parsed', async () => {
    const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');
    await writeFile(glossary('bomb.mdx'), `---\n${bomb}\n---\nText.\n`);
    const { context, parseData } = fakeContext();
    await expect(load(context)).rejects.toThrow('content/glossary/bomb.mdx (line 2): `&a` is a YAML anchor');
    // Files load in name order, so the bomb comes first, and nothing has been parsed.
    expect(parseData).not.toHaveBeenCalled();
  });

  test.each([
    ['an entry over the size limit', TERM('Big', 'Prose. '.repeat(10000)), 'The file is 68 KB; an entry can be at most 64 KB.'],
    ['a control character', TERM('Bell', 'A bell\u0007.'), '(line 8): Column 7 holds the invisible control character U+0007.'],
    ['quotations nested 2,000 deep', TERM('Deep', `${'> '.repeat(2000)}x`), '(line 8): This line is nested more than 20 levels deep'],
    ['a javascript: link in a plain body, at its line in the file', TERM('Link', 'Fine.\n\n[Read more](javascript:alert(1))'), '(line 10): The link `javascript:alert(1)` is not allowed'],
  ])('refuses %s before rendering it', async (_, text, message) => {
    // Named to load before map.mdx, so nothing has been parsed or rendered when it is refused.
    await writeFile(glossary('hostile.mdx'), text);
    const { context, parseData, renderMarkdown } = fakeContext();
    await expect(load(context)).rejects.toThrow(message);
    expect(parseData).not.toHaveBeenCalled();
    expect(renderMarkdown).not.toHaveBeenCalled();
  });

  test('stops with what to add to the config when the glossary integration gave it no fingerprint', async () => {
    const { context, parseData } = fakeContext();
    const loader = entryLoader(path.join(work, 'content'), 'glossary', { markdownFingerprint: undefined });
    await expect(loader.load(context)).rejects.toThrowErrorMatchingInlineSnapshot(`[Error: The glossary was not loaded before the content: add \`glossary.integration\` to \`integrations\` in astro.config.mjs.]`);
    expect(parseData).not.toHaveBeenCalled();
  });

  test('keys each stored entry by its file and the fingerprint, so a new fingerprint renders every body again', async () => {
    const { context, entries, renderMarkdown } = fakeContext();
    await load(context);
    await load(context);
    expect(renderMarkdown).toHaveBeenCalledTimes(1);
    await entryLoader(path.join(work, 'content'), 'glossary', { markdownFingerprint: 'another' }).load(context);
    expect(renderMarkdown).toHaveBeenCalledTimes(2);
    expect([...entries.keys()]).toEqual(['map']);
  });

  test('in `astro dev`, follows the rule for files that appear later', async () => {
    const { context, entries, errors, emit } = fakeContext();
    await load(context);
    await writeFile(glossary('nato.mdx'), TERM('NATO'));
    await writeFile(glossary('_scrap.mdx'), 'Scraps.');
    await mkdir(glossary('sub'));
    await writeFile(glossary('sub/term.mdx'), TERM('Term'));
    await writeFile(path.join(work, 'secret.mdx'), TERM('Secret'));
    await symlink(path.join(work, 'secret.mdx'), glossary('secret.mdx'));
    for (const file of ['nato.mdx', '_scrap.mdx', 'sub/term.mdx', 'secret.mdx']) await emit('add', glossary(file));
    expect([...entries.keys()].sort()).toEqual(['map', 'nato']);
    expect(errors).toEqual([
      expect.stringContaining('content/glossary/sub/term.mdx: Entries cannot be in subfolders'),
      expect.stringMatching(/Could not reload secret\.mdx: .*content\/glossary\/secret\.mdx: This file is a link \(symlink\) to `.*secret\.mdx`, outside the content folder\./s),
    ]);
  });
});
