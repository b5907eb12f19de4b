import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { findPullQuotes } from '../../../../src/lib/content/pull-quotes.ts';
import { remarkPullQuoteNumbers } from '../../../../src/lib/markdown/pull-quote-numbers.ts';

const numbersIn = (body: string) => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPullQuoteNumbers);
  const tree = processor.runSync(processor.parse(body)) as Root;
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
});
