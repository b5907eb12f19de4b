import { describe, expect, test } from 'vitest';
import { plainText } from '../../../../src/lib/content/plain-text.ts';

describe('plainText', () => {
  test.each([
    { name: 'keeps prose', body: 'Zelensky spoke with Stoltenberg.', expected: 'Zelensky spoke with Stoltenberg.' },
    { name: 'drops emphasis and link markup', body: 'The *Minsk* [agreements](https://example.org) held.', expected: 'The Minsk agreements held.' },
    { name: 'joins paragraphs with one space', body: 'One.\n\nTwo.', expected: 'One. Two.' },
    { name: 'keeps the text inside writer components', body: 'The <Term id="map">action plan</Term> came up.', expected: 'The action plan came up.' },
    { name: 'keeps the words of a marked-up foreign name', body: 'Kyiv (<span lang="uk">Київ</span>) is the capital.', expected: 'Kyiv (Київ) is the capital.' },
    { name: 'leaves out footnotes', body: 'A claim.[^1]\n\n[^1]: The source.', expected: 'A claim.' },
    { name: 'leaves out expressions', body: 'Total: {1 + 1}.', expected: 'Total: .' },
    { name: 'returns nothing for a body it cannot parse', body: 'Broken <Term id="x">', expected: '' },
  ])('$name', ({ body, expected }) => {
    expect(plainText(body)).toBe(expected);
  });
});
