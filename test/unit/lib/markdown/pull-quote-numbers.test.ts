import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { findPullQuotes } from '../../../../src/lib/content/pull-quotes.ts';
import { remarkPullQuoteNumbers } from '../../../../src/lib/markdown/pull-quote-numbers.ts';

const numbersIn = (body: string, file = '/site/content/timeline/x.mdx') => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPullQuoteNumbers, { contentRoot: '/site/content/' });
  const tree = processor.runSync(processor.parse(body), new VFile({ path: file })) as Root;
  const props: Record<string, unknown>[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    props.push(Object.fromEntries(element.attributes.map((a) => [a.type === 'mdxJsxAttribute' ? a.name : '', a.value])));
  });
  return props;
};

describe('remarkPullQuoteNumbers', () => {
  test('gives each PullQuote the number findPullQuotes gives it, leaving other components alone', () => {
    const body = '<PullQuote cite="A">One.</PullQuote>\n\n<Aside>x</Aside>\n\n<PullQuote cite="B">Two.</PullQuote>';
    expect(numbersIn(body)).toEqual([{ cite: 'A', n: '1' }, {}, { cite: 'B', n: '2' }]);
    expect(findPullQuotes(body).map((quote) => String(quote.n))).toEqual(['1', '2']);
  });

  test('replaces an `n` a writer typed, so the anchor always matches the quote page', () => {
    expect(numbersIn('<PullQuote cite="A" n="7">One.</PullQuote>')).toEqual([{ cite: 'A', n: '1' }]);
  });

  test('in an article, each quote also gets the address of its own page', () => {
    const body = '<PullQuote cite="A">One.</PullQuote>\n\n<PullQuote cite="B" href="/elsewhere/">Two.</PullQuote>';
    expect(numbersIn(body, '/site/content/articles/Ukraine Urges.mdx')).toEqual([
      { cite: 'A', n: '1', href: '/articles/ukraine-urges/quotes/1/' },
      { cite: 'B', n: '2', href: '/articles/ukraine-urges/quotes/2/' },
    ]);
  });
});
