import { toHtml } from 'hast-util-to-html';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { buildTermIndex, type GlossaryName } from '../../../../src/lib/glossary/term-index.ts';
import { linkTerms, type LinkableGlossary, type LinkTermsContext, type TermLinkNode } from '../../../../src/lib/markdown/link-terms.ts';

const GLOSSARY: GlossaryName[] = [
  { id: 'map', term: 'MAP', aliases: ['Membership Action Plan'], caseSensitive: true },
  { id: 'nato', term: 'NATO', aliases: [], caseSensitive: true },
  { id: 'donbass', term: 'Donbass', aliases: ['Donbas'], caseSensitive: false },
  { id: 'minsk-agreements', term: 'Minsk agreements', aliases: ['Minsk II'], caseSensitive: false },
  { id: 'minsk', term: 'Minsk', aliases: [], caseSensitive: false },
  { id: 'kyiv', term: 'Kyiv', aliases: ['Kiev'], caseSensitive: false },
];
const glossary: LinkableGlossary = {
  index: buildTermIndex(GLOSSARY),
  definition: (id) => ({ url: `/glossary/${id}/`, name: GLOSSARY.find((name) => name.id === id)!.term, short: `What ${id} means.` }),
};
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

const ARTICLE: LinkTermsContext = { entry: { collection: 'articles', id: 'story' }, frontmatter: {} };

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function attribute(node: Jsx, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

const isTermLink = (node: Nodes): node is TermLinkNode => node.type === 'termLink';
const termIdOf = (node: TermLinkNode) => String(node.data.hProperties['href']).split('/')[2];

/** The term id, popover id and note of every term link in `tree`, explicit `<Term>` or automatic, in order. */
function termLinks(tree: Root): [string | undefined, string | undefined, string | undefined][] {
  const found: [string | undefined, string | undefined, string | undefined][] = [];
  const collect = (node: Nodes) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term') {
      found.push([attribute(node, 'id'), attribute(node, 'popoverId'), attribute(node, 'note')]);
    }
    if (isTermLink(node)) {
      const properties = node.data.hProperties;
      found.push([termIdOf(node), String(properties['ariaDescribedBy']), String(properties['dataNote'])]);
    }
    if ('children' in node) node.children.forEach((child) => collect(child as Nodes));
  };
  collect(tree);
  return found;
}

/** The tree as compact text: a term link becomes `[text→id]`, blocks are separated by ` | `. */
function show(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term') {
    return `[${node.children.map(show).join('')}→${attribute(node, 'id')}]`;
  }
  if (isTermLink(node)) return `[${node.children.map((child) => show(child as Nodes)).join('')}→${termIdOf(node)}]`;
  if (!('children' in node)) return '';
  const inline = node.type === 'paragraph' || node.type === 'heading' || node.type === 'mdxJsxTextElement' || node.type === 'link' || node.type === 'emphasis' || node.type === 'strong' || node.type === 'tableCell';
  return node.children.map((child) => show(child as Nodes)).join(inline ? '' : ' | ');
}

/** Parses `mdx`, links it in `context`, and returns the compact text and the mentions. */
function link(mdx: string, context: LinkTermsContext = ARTICLE) {
  const tree = parser.parse(mdx) as Root;
  const mentions = linkTerms(tree, glossary, context);
  return { text: show(tree), mentions, tree };
}

describe('linkTerms: what is linked', () => {
  test.each([
    ['case-sensitive acronym', 'Kyiv wants a MAP, not a map.', '[Kyiv→kyiv] wants a [MAP→map], not a map.'],
    ['case-insensitive term keeps the writer’s case', 'the DONBAS front', 'the [DONBAS→donbass] front'],
    ['whole words only', 'MAPLE and Kievan Rus', 'MAPLE and Kievan Rus'],
    ['longest match', 'the Minsk agreements, signed in Minsk', 'the [Minsk agreements→minsk-agreements], signed in [Minsk→minsk]'],
    ['possessive stays outside the link', 'NATO’s members', '[NATO→nato]’s members'],
    ['plural inside the link', 'two MAPs', 'two [MAPs→map]'],
    ['first mention only', 'NATO and NATO. Then NATO again.', '[NATO→nato] and NATO. Then NATO again.'],
    ['first mention across paragraphs', 'Kiev said.\n\nKyiv said.', '[Kiev→kyiv] said. | Kyiv said.'],
    ['an alias counts as the mention', 'the Membership Action Plan (MAP)', 'the [Membership Action Plan→map] (MAP)'],
    ['a mentioned long name still hides the short one', 'Minsk II. Then Minsk II in Minsk.', '[Minsk II→minsk-agreements]. Then Minsk II in [Minsk→minsk].'],
    ['inside emphasis', 'the *Donbas* war', 'the [Donbas→donbass] war'],
    ['inside a list and a table', '- NATO\n\n| a |\n|---|\n| Kiev |', '[NATO→nato] | a | [Kiev→kyiv]'],
    ['inside an aside', '<Aside>\nThe MAP.\n</Aside>', 'The [MAP→map].'],
  ])('%s', (_name, mdx, expected) => {
    expect(link(mdx).text).toBe(expected);
  });
});

describe('linkTerms: what is never linked', () => {
  test.each([
    ['headings', '## NATO and the MAP\n\nThe MAP.', 'NATO and the MAP | The [MAP→map].'],
    ['links', '[NATO site](https://nato.int) and NATO', 'NATO site and [NATO→nato]'],
    ['reference links', '[NATO][n] and NATO\n\n[n]: https://nato.int', 'NATO and [NATO→nato] | '],
    ['autolinks', 'see https://example.org/NATO now', 'see https://example.org/NATO now'],
    ['inline code', 'the `MAP` flag and MAP', 'the MAP flag and [MAP→map]'],
    ['code blocks', '```\nNATO MAP\n```\n\nNATO', 'NATO MAP | [NATO→nato]'],
    ['pull quotes', '<PullQuote cite="Z">\nNATO is the only way.\n</PullQuote>\n\nNATO again.', 'NATO is the only way. | [NATO→nato] again.'],
    ['HTML links and code in JSX', '<a href="/x">NATO</a> <code>MAP</code> NATO', 'NATO MAP [NATO→nato]'],
    ['an explicit Term’s text', 'the <Term id="map">plan</Term> of Kiev', 'the [plan→map] of [Kiev→kyiv]'],
  ])('%s', (_name, mdx, expected) => {
    expect(link(mdx).text).toBe(expected);
  });
});

describe('linkTerms: explicit <Term> takes its term over', () => {
  test.each([
    ['before the plain mention', 'The <Term id="map">plan</Term> is a MAP.', 'The [plan→map] is a MAP.'],
    ['after the plain mention', 'A MAP. The <Term id="map">plan</Term>.', 'A MAP. The [plan→map].'],
    ['inside a pull quote', '<PullQuote cite="Z">\n<Term id="nato">the alliance</Term> and NATO\n</PullQuote>', '[the alliance→nato] and NATO'],
  ])('%s', (_name, mdx, expected) => {
    expect(link(mdx).text).toBe(expected);
  });
});

describe('linkTerms: per-entry options', () => {
  test.each([
    ['glossary: false turns automatic links off', { glossary: false }, 'NATO and <Term id="map">MAP</Term>', 'NATO and [MAP→map]'],
    ['glossaryExclude skips an id', { glossaryExclude: ['nato'] }, 'NATO and Kiev', 'NATO and [Kiev→kyiv]'],
    ['an excluded long name lets the short one link', { glossaryExclude: ['minsk-agreements'] }, 'the Minsk agreements', 'the [Minsk→minsk] agreements'],
    ['glossary: true is the default', { glossary: true }, 'NATO', '[NATO→nato]'],
  ])('%s', (_name, frontmatter, mdx, expected) => {
    expect(link(mdx, { entry: { collection: 'articles', id: 'story' }, frontmatter }).text).toBe(expected);
  });

  test.each([
    ['timeline events link like articles', { collection: 'timeline', id: '2021-04-06-call' }, 'NATO and Kiev', '[NATO→nato] and [Kiev→kyiv]'],
    ['a glossary entry never links to itself', { collection: 'glossary', id: 'nato' }, 'NATO and Kiev', 'NATO and [Kiev→kyiv]'],
    ['its own long name still hides a shorter term', { collection: 'glossary', id: 'minsk-agreements' }, 'the Minsk agreements', 'the Minsk agreements'],
  ] as const)('%s', (_name, entry, mdx, expected) => {
    expect(link(mdx, { entry, frontmatter: {} }).text).toBe(expected);
  });

  test('MDX outside the collections gets explicit links only', () => {
    expect(link('NATO and <Term id="map">MAP</Term>', {}).text).toBe('NATO and [MAP→map]');
  });
});

describe('linkTerms: reading order, notes and popover ids', () => {
  test('footnotes come after the text', () => {
    const { text, mentions } = link('Kiev.[^1] Then NATO.\n\n[^1]: NATO and Donbas.');
    expect(text).toBe('[Kiev→kyiv]. Then [NATO→nato]. | NATO and [Donbas→donbass].');
    expect(mentions).toEqual([
      { id: 'kyiv', note: 'a' },
      { id: 'nato', note: 'b' },
      { id: 'donbass', note: 'c' },
    ]);
  });

  test('explicit and automatic links share one numbering, in reading order', () => {
    const { mentions } = link('NATO, <Term id="map">the plan</Term>, Kiev and <Term id="map">it</Term> again.');
    expect(mentions).toEqual([
      { id: 'nato', note: 'a' },
      { id: 'map', note: 'b' },
      { id: 'kyiv', note: 'c' },
    ]);
  });

  test('automatic links carry the popover id of their term and their note; an explicit <Term> gets its note only', () => {
    const { tree } = link('NATO, <Term id="map">the plan</Term>, and <Term id="map">it</Term>.');
    expect(termLinks(tree)).toEqual([
      ['nato', 'def-nato', 'a'],
      ['map', undefined, 'b'],
      ['map', undefined, 'b'],
    ]);
  });

  test('an automatic link is plain HTML, as <Term> renders it, and its definition is not in the text', () => {
    const { tree } = link('Kiev said.', { entry: { collection: 'timeline', id: '2021-04-06-call' } });
    expect(toHtml(toHast(tree))).toBe(
      '<p><a class="term" href="/glossary/kyiv/" aria-describedby="def-kyiv" interestfor="def-kyiv" data-note="a">Kiev</a> said.</p>',
    );
  });

  test('nothing to link leaves the tree as it was', () => {
    const before = parser.parse('No terms here, only `code`.');
    const after = parser.parse('No terms here, only `code`.');
    expect(linkTerms(after as Root, glossary, ARTICLE)).toEqual([]);
    expect(after).toEqual(before);
  });
});
