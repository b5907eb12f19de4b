import { toHtml } from 'hast-util-to-html';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { rehypeTableAlignment } from '../../../../src/lib/markdown/rehype-table-alignment.ts';

function align(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  rehypeTableAlignment()(tree);
  return toHtml(tree);
}

describe('rehypeTableAlignment', () => {
  test.each([
    ['right', '<table><tr><td align="right">1</td></tr></table>', '<table><tbody><tr><td class="align-right">1</td></tr></tbody></table>'],
    ['center, on a header cell', '<table><tr><th align="center">A</th></tr></table>', '<table><tbody><tr><th class="align-center">A</th></tr></tbody></table>'],
    ['left', '<table><tr><td align="left">1</td></tr></table>', '<table><tbody><tr><td class="align-left">1</td></tr></tbody></table>'],
    ['beside a class of its own', '<table><tr><td class="n" align="right">1</td></tr></table>', '<table><tbody><tr><td class="n align-right">1</td></tr></tbody></table>'],
    ['an unknown value is dropped', '<table><tr><td align="justify">1</td></tr></table>', '<table><tbody><tr><td>1</td></tr></tbody></table>'],
    ['no alignment, no change', '<table><tr><td>1</td></tr></table>', '<table><tbody><tr><td>1</td></tr></tbody></table>'],
    ['only table cells', '<p align="right">x</p>', '<p align="right">x</p>'],
  ])('%s', (_name, html, expected) => {
    expect(align(html)).toBe(expected);
  });
});
