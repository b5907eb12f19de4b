/**
 * The entry loader (src/loaders/entries.ts): plain-Markdown bodies are rendered into Astro's content
 * store and kept there between builds, bodies that use MDX are compiled as modules, and a kept
 * body is rendered again when what it depends on changes. Each step is a real Astro build of a
 * copy of the glossary-linking fixture, with one cache directory throughout.
 */
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../helpers/build-fixture.ts';

const root = process.cwd();
let work: string;
const content = () => path.join(work, 'content');
const EVENT = 'timeline/2021-04-06-call.mdx';

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'entry-loader-'));
  await cp(path.join(root, 'test/fixtures/glossary-linking'), content(), { recursive: true });
});

afterAll(() => rm(work, { recursive: true, force: true }));

/** Builds the content as it now is; returns the event page's HTML and how the store holds each entry. */
async function buildSite() {
  const outDir = path.join(work, 'dist');
  await astroBuild({ content: content(), outDir, cacheDir: path.join(work, 'cache') });
  return {
    event: await readFile(path.join(outDir, 'timeline/2021-04-06-call/index.html'), 'utf8'),
    article: await readFile(path.join(outDir, 'articles/linking/index.html'), 'utf8'),
    store: await readFile(path.join(work, 'cache/data-store.json'), 'utf8'),
  };
}

/** How the store keeps an entry: rendered HTML, or a module compiled at build time. */
function storedAs(store: string, id: string): 'rendered' | 'module' | 'missing' {
  // The store is devalue's flat format: the entry's id, then its object of keys → value indices.
  const keys = new RegExp(`"${id}",(\\{[^{}]*\\})`).exec(store)?.[1];
  if (!keys) return 'missing';
  const entry = JSON.parse(keys) as Record<string, number>;
  if ('deferredRender' in entry) return 'module';
  return 'rendered' in entry ? 'rendered' : 'missing';
}

const termLinks = (html: string) => [...html.matchAll(/<a class="term" href="(\/glossary\/[^"]+)"/g)].map((m) => m[1]);

describe('the entry loader', () => {
  test('renders a plain body into the store, and compiles a body with components', async () => {
    const { event, article, store } = await buildSite();
    expect(storedAs(store, '2021-04-06-call')).toBe('rendered');
    expect(storedAs(store, 'linking')).toBe('module');
    // Both kinds link their terms with the same markup.
    expect(termLinks(event)).toEqual(['/glossary/nato/', '/glossary/kyiv/']);
    expect(termLinks(article)).toContain('/glossary/map/');
    expect(event).toContain('<span id="def-nato" popover="hint" role="tooltip" class="term-popover" data-pagefind-ignore');
  });

  test('renders a kept body again when the glossary changes', async () => {
    const term = (await readFile(path.join(content(), 'glossary/ceasefire.mdx'), 'utf8'))
      .replace('term: Ceasefire', 'term: Heard')
      .replace('draft: true\n', '');
    await writeFile(path.join(content(), 'glossary/heard.mdx'), term);
    const { event } = await buildSite();
    expect(termLinks(event)).toEqual(['/glossary/nato/', '/glossary/heard/', '/glossary/kyiv/']);
  });

  test('compiles a body once it uses a component, and renders it again once it does not', async () => {
    const file = path.join(content(), EVENT);
    const plain = await readFile(file, 'utf8');
    await writeFile(file, plain.replace('NATO heard again.', 'The <Term id="map">plan</Term> came up.'));
    const withComponent = await buildSite();
    expect(storedAs(withComponent.store, '2021-04-06-call')).toBe('module');
    expect(termLinks(withComponent.event)).toContain('/glossary/map/');
    expect(withComponent.event).toContain('>plan</a>');

    await writeFile(file, plain);
    const again = await buildSite();
    expect(storedAs(again.store, '2021-04-06-call')).toBe('rendered');
    expect(again.event).not.toContain('>plan</a>');
  });

  test('names the file when its frontmatter is not YAML (for `npm run dev`, where nothing checks first)', async () => {
    const broken = path.join(content(), 'glossary/broken.mdx');
    await writeFile(broken, '---\nterm: [unclosed\n---\nText.\n');
    try {
      await expect(buildSite()).rejects.toThrow(/glossary\/broken\.mdx \(line 2\): A list in square brackets is never closed\./);
    } finally {
      await unlink(broken);
    }
  });
});
