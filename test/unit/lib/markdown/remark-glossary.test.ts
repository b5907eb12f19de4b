import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { buildTermIndex } from '../../../../src/lib/glossary/term-index.ts';
import { MENTIONS_KEY } from '../../../../src/lib/glossary/term-markup.ts';
import { entryFromPath } from '../../../../src/lib/markdown/entry-from-path.ts';
import { remarkGlossary } from '../../../../src/lib/markdown/remark-glossary.ts';

const index = buildTermIndex([
  { id: 'nato', term: 'NATO', aliases: [], caseSensitive: true },
  { id: 'kyiv', term: 'Kyiv', aliases: ['Kiev'], caseSensitive: false },
]);
const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkGlossary, {
    glossary: () => ({ index, definition: (id) => ({ url: `/glossary/${id}/`, name: id, short: `What ${id} means.` }) }),
    entryOf: (file) => entryFromPath(file, '/c'),
  });

/** Runs the plugin over `text` as Astro's MDX pipeline would: with a path and the parsed frontmatter. */
async function run(path: string, frontmatter: Record<string, unknown> | undefined, text = 'NATO met in Kiev. NATO again.') {
  await processor.run(processor.parse(text), { path, data: frontmatter ? { astro: { frontmatter } } : {} });
  return frontmatter?.[MENTIONS_KEY];
}

describe('remarkGlossary', () => {
  test.each([
    ['an article', '/c/articles/story.mdx', {}, [{ id: 'nato', note: 'a' }, { id: 'kyiv', note: 'b' }]],
    ['an article with glossary: false', '/c/articles/story.mdx', { glossary: false }, []],
    ['an article excluding nato', '/c/articles/story.mdx', { glossaryExclude: ['nato'] }, [{ id: 'kyiv', note: 'a' }]],
    ['a timeline event', '/c/timeline/2021-04-06-call.mdx', {}, [{ id: 'nato', note: 'a' }, { id: 'kyiv', note: 'b' }]],
    ['the NATO glossary entry', '/c/glossary/nato.mdx', {}, [{ id: 'kyiv', note: 'a' }]],
    ['MDX outside the content', '/src/pages/about.mdx', {}, []],
  ])('leaves the mentions of %s in its frontmatter', async (_name, path, frontmatter, expected) => {
    expect(await run(path, frontmatter)).toEqual(expected);
  });

  test('runs without Astro’s frontmatter data', async () => {
    await expect(run('/c/articles/story.mdx', undefined)).resolves.toBeUndefined();
  });
});
