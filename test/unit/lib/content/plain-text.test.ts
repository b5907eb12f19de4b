import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { generateContentSet } from '../../../../scripts/lib/bench/synthetic-content.ts';
import { readFrontmatter } from '../../../../src/lib/content/frontmatter.ts';
import { parseBody, plainText, proseTree } from '../../../../src/lib/content/plain-text.ts';

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

/** A tree as data, without the parser's source positions. */
function shape(tree: unknown): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value)));
}

/** The bodies of every entry in `files`. */
function bodiesOf(files: readonly { path: string; text: string }[]): { path: string; body: string }[] {
  return files.map(({ path, text }) => {
    const read = readFrontmatter(text);
    if (!read.ok) throw new Error(`${path}: ${read.message}`);
    return { path, body: read.frontmatter.body.trim() };
  });
}

const contentRoot = fileURLToPath(new URL('../../../../content/', import.meta.url));
const realBodies = bodiesOf(
  readdirSync(contentRoot, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ path: file, text: readFileSync(path.join(contentRoot, file), 'utf8') })),
);
const syntheticBodies = bodiesOf(generateContentSet(200).files);

describe('proseTree', () => {
  test.each([
    { name: 'an escape', body: 'A \\*star.' },
    { name: 'code', body: 'Run `npm`.' },
    { name: 'emphasis', body: 'A *big* day.' },
    { name: 'strong emphasis with underscores', body: 'A __big__ day.' },
    { name: 'strikethrough', body: 'A ~~big~~ day.' },
    { name: 'a link', body: 'See [NATO](https://nato.int).' },
    { name: 'a footnote', body: 'A claim.[^1]' },
    { name: 'JSX', body: 'The <Term id="map">plan</Term>.' },
    { name: 'an expression', body: 'Total: {1 + 1}.' },
    { name: 'a heading', body: '# Kyiv' },
    { name: 'a table', body: 'a | b\n--|--\n1 | 2' },
    { name: 'a character reference', body: 'Fish &amp; chips.' },
    { name: 'an email address', body: 'Write to press@nato.int.' },
    { name: 'a literal www link', body: 'See WWW.nato.int today.' },
    { name: 'a literal http link', body: 'See http://nato.int today.' },
    { name: 'a hard line break', body: 'One  \nTwo.' },
    { name: 'a tab', body: 'One\tTwo.' },
    { name: 'a carriage return', body: 'One.\r\nTwo.' },
    { name: 'a NUL', body: 'One\u0000Two.' },
    { name: 'a bullet list', body: '- Kyiv\n- Lviv' },
    { name: 'a plus list', body: 'Cities:\n+ Kyiv' },
    { name: 'an ordered list', body: '1. Kyiv\n2) Lviv' },
    { name: 'a setext heading', body: 'Kyiv\n===' },
    { name: 'a thematic break', body: 'One.\n\n---\n\nTwo.' },
    { name: 'an import', body: 'import x from "./x.js"\n\nText.' },
    { name: 'an export', body: 'export const x = 1\n\nText.' },
    { name: 'indented code', body: 'One.\n\n    code' },
  ])('refuses a body that could hold markup: $name', ({ body }) => {
    expect(proseTree(body)).toBeUndefined();
  });

  test.each([
    { name: 'one sentence', body: 'Zelensky spoke with Stoltenberg.' },
    { name: 'no text at all', body: '' },
    { name: 'spaces and line feeds alone', body: ' \n \n' },
    { name: 'lines of one paragraph, spaces around them', body: '  One line,\n   and another , \nand a last.' },
    { name: 'paragraphs apart by lines of spaces', body: '\n\nOne.\n   \n\n  Two.\n\n' },
    { name: 'a no-break space at the ends, which is text', body: '\u00a0One.\u00a0' },
    { name: 'quotes, apostrophes, dashes and dots', body: '"Ukraine\'s" -- a \'signal\'... to Moscow.' },
    { name: 'Cyrillic', body: 'Київ і Донецьк.' },
    { name: 'numbers that start no list', body: 'In 2014 there were 100 dead.\n2014 began.' },
    { name: 'a colon that starts no link', body: 'Note: the talks failed.' },
    // Trimming these with a pattern anchored at the line's end would take seconds.
    { name: 'a line with 60,000 spaces inside it', body: `One${' '.repeat(60_000)}two.${' '.repeat(60_000)}` },
  ])('builds the tree the parser builds for prose alone: $name', ({ body }) => {
    const tree = proseTree(body);
    expect(tree).toBeDefined();
    expect(shape(tree)).toEqual(shape(parseBody(body)));
  });

  test.each([
    { name: 'the real content', bodies: realBodies },
    { name: 'the benchmark’s synthetic content', bodies: syntheticBodies },
  ])('builds the parser’s tree for every prose body of $name, and leaves the rest to the parser', ({ bodies }) => {
    const prose = bodies.filter(({ body }) => proseTree(body) !== undefined);
    // Both sets are mostly prose; the fast path must be taken for this test to mean anything.
    expect(prose.length).toBeGreaterThan(bodies.length / 3);
    for (const { path: file, body } of prose) expect(shape(proseTree(body)), file).toEqual(shape(parseBody(body)));
  });
});
