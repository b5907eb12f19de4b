import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { relativeImports } from '../../helpers/imports.ts';
import { markdownFingerprint, markdownPipelineFiles } from '../../../src/integrations/markdown-fingerprint.ts';
import { buildTermIndex } from '../../../src/lib/glossary/term-index.ts';
import type { TermDefinition } from '../../../src/lib/glossary/term-markup.ts';
import { remarkGlossary } from '../../../src/lib/markdown/remark-glossary.ts';

const root = path.resolve('.');
const glossary = {
  names: [{ id: 'nato', term: 'NATO', aliases: [], caseSensitive: true }],
  definitions: new Map([['nato', { url: '/glossary/nato/', name: 'NATO', short: 'An alliance.' }]]),
};

describe('markdownFingerprint', () => {
  test('covers every module the Markdown plugins import from the project', async () => {
    const covered = new Set(markdownPipelineFiles(root).map((file) => path.resolve(file)));
    for (const file of covered) {
      const source = await readFile(file, 'utf8');
      for (const specifier of relativeImports(source)) {
        expect(covered, `${path.relative(root, file)} imports ${specifier}`).toContain(path.resolve(path.dirname(file), specifier));
      }
    }
  });

  const withDefinition = (change: Partial<TermDefinition>) => ({
    ...glossary,
    definitions: new Map([['nato', { ...glossary.definitions.get('nato')!, ...change }]]),
  });

  test.each([
    ['a new name', { ...glossary, names: [{ ...glossary.names[0]!, aliases: ['North Atlantic Treaty Organization'] }] }],
    ['a term page elsewhere', withDefinition({ url: '/glossary/alliance/' })],
  ])('changes with %s: every body is rendered again', (_, changed) => {
    expect(markdownFingerprint(root, glossary)).toBe(markdownFingerprint(root, glossary));
    expect(markdownFingerprint(root, changed)).not.toBe(markdownFingerprint(root, glossary));
  });

  test('stays the same when only a short definition changes: no body holds one', () => {
    expect(markdownFingerprint(root, withDefinition({ short: 'A defence alliance.' }))).toBe(markdownFingerprint(root, glossary));
  });
});

describe('a rendered body and the short definitions', () => {
  // The fingerprint leaves `short` out; this is what makes that safe.
  test('a body renders to the same HTML whatever the terms it links say', async () => {
    const render = async (short: string) => {
      const definitions = new Map([['nato', { url: '/glossary/nato/', name: 'NATO', short }]]);
      const link = remarkGlossary({ glossary: () => ({ index: buildTermIndex(glossary.names), definition: (id) => definitions.get(id)! }), entryOf: () => ({ collection: 'timeline', id: 'event' }) });
      const tree = unified().use(remarkParse).parse('NATO met in Brussels.');
      await link(tree, new VFile({ path: 'content/timeline/event.mdx' }), () => {});
      return toHtml(toHast(tree));
    };
    const html = await render('An alliance.');
    expect(html).toContain('href="/glossary/nato/"');
    expect(await render('A defence alliance of 32 countries.')).toBe(html);
  });
});
