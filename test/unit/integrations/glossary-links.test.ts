import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import { glossaryLinks } from '../../../src/integrations/glossary-links.ts';
import { loadGlossary } from '../../../src/node/load-glossary.ts';
import { findTerms } from '../../../src/lib/glossary/find-terms.ts';

const FIXTURE = path.resolve('test/fixtures/glossary-linking');
const scratch = await mkdtemp(path.join(tmpdir(), 'glossary-'));

afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('loadGlossary', () => {
  test('reads every term, skipping `_` files, and drafts when they are not shown', async () => {
    const { names, files } = await loadGlossary(FIXTURE, { showDrafts: false });
    expect(names.map((n) => n.id)).toEqual(['donbass', 'kyiv', 'map', 'minsk-agreements', 'minsk', 'nato']);
    expect(names.find((n) => n.id === 'map')).toEqual({ id: 'map', term: 'MAP', aliases: ['Membership Action Plan'], caseSensitive: true });
    expect(files.map((f) => path.basename(f))).toEqual([
      'ceasefire.mdx',
      'donbass.mdx',
      'kyiv.mdx',
      'map.mdx',
      'minsk-agreements.mdx',
      'minsk.mdx',
      'nato.mdx',
    ]);
  });

  test('keeps drafts when they are shown', async () => {
    const { names } = await loadGlossary(FIXTURE, { showDrafts: true });
    expect(names.map((n) => n.id)).toContain('ceasefire');
  });

  test('skips entries that fail the schema, and copes with no glossary at all', async () => {
    const dir = path.join(scratch, 'broken', 'glossary');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'bad.mdx'), '---\nterm: Bad\n---\nNo short definition, no sources.\n');
    await writeFile(path.join(dir, 'no-frontmatter.mdx'), 'Just text.\n');
    expect((await loadGlossary(path.join(scratch, 'broken'), { showDrafts: false })).names).toEqual([]);
    expect(await loadGlossary(path.join(scratch, 'empty'), { showDrafts: false })).toEqual({ names: [], definitions: new Map(), files: [] });
  });
});

describe('glossaryLinks', () => {
  const saved = process.env['BACKGROUNDER_CONTENT_DIR'];
  afterEach(() => {
    if (saved === undefined) delete process.env['BACKGROUNDER_CONTENT_DIR'];
    else process.env['BACKGROUNDER_CONTENT_DIR'] = saved;
  });

  /** Runs the integration's setup hook as Astro would for `command`; returns the watched files and what it defined for the loader. */
  async function setUp(links: ReturnType<typeof glossaryLinks>, command: 'build' | 'dev') {
    const watched: string[] = [];
    const defined: Record<string, string> = {};
    const hook = links.integration.hooks['astro:config:setup'] as (options: unknown) => Promise<void>;
    const config = { root: pathToFileURL(`${path.resolve('.')}/`) };
    const updateConfig = ({ vite }: { vite: { define: Record<string, string> } }) => Object.assign(defined, vite.define);
    await hook({ command, config, addWatchFile: (file: string) => watched.push(file), updateConfig, logger: { debug: () => {} } });
    return { watched, fingerprint: JSON.parse(defined['import.meta.env.MARKDOWN_FINGERPRINT']!) as string };
  }

  test('the remark plugin says what is missing when the integration is not registered', () => {
    const [, options] = glossaryLinks().remarkPlugin;
    expect(() => options.glossary()).toThrow('add `glossary.integration` to `integrations` in astro.config.mjs');
  });

  test.each([
    ['build', 'The ceasefire held.', []],
    ['dev', 'The ceasefire held.', ['ceasefire']],
  ] as const)('`astro %s` indexes the content root’s terms', async (command, text, expected) => {
    process.env['BACKGROUNDER_CONTENT_DIR'] = FIXTURE;
    const links = glossaryLinks();
    const { watched, fingerprint } = await setUp(links, command);
    expect(watched).toContain(path.join(FIXTURE, 'glossary', 'map.mdx'));
    const { index, definition } = links.remarkPlugin[1].glossary();
    expect(findTerms(text, index).map((m) => m.id)).toEqual(expected);
    // What the term's links show, typeset like its page.
    expect(definition('nato')).toMatchObject({ url: '/glossary/nato/', name: 'NATO' });
    // Its rendered bodies are keyed by what they depend on, the glossary among them.
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(findTerms('NATO in Kiev', index).map((m) => m.id)).toEqual(['nato', 'kyiv']);
  });

  test('rendered bodies are stale when the linked glossary differs (a draft term is linked in dev only)', async () => {
    process.env['BACKGROUNDER_CONTENT_DIR'] = FIXTURE;
    const fingerprintFor = async (command: 'build' | 'dev') => (await setUp(glossaryLinks(), command)).fingerprint;
    const build = await fingerprintFor('build');
    expect(await fingerprintFor('dev')).not.toBe(build);
    expect(await fingerprintFor('build')).toBe(build);
  });

  test('tells entries from their paths under the content root', () => {
    process.env['BACKGROUNDER_CONTENT_DIR'] = FIXTURE;
    const { entryOf } = glossaryLinks().remarkPlugin[1];
    expect(entryOf(path.join(FIXTURE, 'articles', 'linking.mdx'))).toEqual({ collection: 'articles', id: 'linking' });
    expect(entryOf(path.resolve('src/pages/index.mdx'))).toBeUndefined();
  });
});
