/**
 * The nesting bounds read only the text, so a writer (or an attacker) can try to talk them down:
 * fake closers in code, expressions and attributes, lazy lines, fenced code left early. Each such
 * attempt must still be refused, and ordinary content, however long, must pass.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readContentFiles } from '../../../../scripts/lib/content/read-content.ts';
import { readFrontmatter } from '../../../../src/lib/content/frontmatter.ts';
import { findDeepNesting, findDeepYaml } from '../../../../src/lib/content/nesting.ts';

const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('\n');
const times = (text: string, count: number) => text.repeat(count);

describe('findDeepNesting accepts ordinary content', () => {
  let bodies: [string, string][] = [];
  beforeAll(async () => {
    bodies = (await readContentFiles('content')).map((file) => {
      const read = readFrontmatter(file.text);
      return [file.file, read.ok ? read.frontmatter.body : ''];
    });
  });

  test('every entry of the real content', () => {
    expect(bodies.length).toBeGreaterThan(60);
    expect(bodies.filter(([, body]) => findDeepNesting(body))).toEqual([]);
  });

  test.each([
    ['a list five deep, indented four spaces a level', lines(5, (i) => `${'    '.repeat(i)}- level ${i + 1}`)],
    ['quotations ten deep', `${times('> ', 10)}deep`],
    ['code indented 60 columns inside a fence', `\`\`\`json\n${' '.repeat(60)}{ "a": [[[[1]]]] }\n\`\`\`\nAfter.`],
    ['a fence inside a list item, with indented code', `- A step:\n\n  \`\`\`\n${' '.repeat(50)}deep code\n  \`\`\``],
    ['forty terms in a row', times('<Term id="nato">NATO</Term> and ', 40)],
    ['150 links in one paragraph', times('[a](https://example.org/) ', 150)],
    ['fifty snake_case words', times('snake_case_word ', 50)],
    ['forty bold phrases in one paragraph', times('**bold** text ', 40)],
    ['a thematic break of stars and a line of underscores', `${'*'.repeat(300)}\n\nName: ${'_'.repeat(300)}`],
    ['many comments', times('{/* note */} ', 150)],
  ])('%s', (_, body) => {
    expect(findDeepNesting(body)).toBeUndefined();
  });
});

describe('findDeepNesting refuses', () => {
  test.each([
    ['quotations 21 deep', `${times('> ', 21)}x`, 'blocks', 1],
    ['quotations written without spaces', `${times('>', 21)}x`, 'blocks', 1],
    ['a list 21 deep by two-space indentation', lines(30, (i) => `${'  '.repeat(i)}- x`), 'blocks', 21],
    ['list markers on one line', `${times('- ', 21)}x`, 'blocks', 1],
    ['ordered list markers on one line', `${times('1. ', 21)}x`, 'blocks', 1],
    ['tabs', `${'\t'.repeat(11)}- x`, 'blocks', 1],
    ['quotations continued by lazy lines', lines(44, (i) => (i % 2 ? 'lazy' : `${times('> ', i / 2 + 1)}x`)), 'blocks', 41],
    ['elements 101 deep', `${times('<span>', 101)}x${times('</span>', 101)}`, 'elements', 1],
    ['elements spread over paragraphs', `${times('<Aside>\n\n', 101)}x\n\n${times('</Aside>\n\n', 101)}`, 'elements', 201],
    ['emphasis 101 deep', `${'*'.repeat(101)}x${'*'.repeat(101)}`, 'emphasis', 1],
    ['brackets 101 deep', `${times('[![', 51)}x${times('](u)](u)', 51)}`, 'brackets', 1],
    ['braces 101 deep', `${'{'.repeat(101)}${'}'.repeat(101)}`, 'braces', 1],
  ])('%s', (_, body, kind, line) => {
    expect(findDeepNesting(body)).toEqual({ kind, line, limit: kind === 'blocks' ? 20 : 100 });
  });

  // Each opener is followed by something that looks like its closer but is not one to the parser,
  // so a counter that goes up and down would stay at 1; the real closers come at the end.
  test.each([
    ['closing tags hidden in code spans', `${times('<a>`</a>`', 101)}${times('</a>', 101)}`, 'elements'],
    ['closing tags hidden in attribute values', `${times('<a><b title="</a>" />', 101)}${times('</a>', 101)}`, 'elements'],
    ['a self-closing slash hidden in an expression', `${times('<a title={x//>\n}>', 101)}${times('</a>', 101)}`, 'elements'],
    ['emphasis "closed" by a different marker', `${times('*a x~ ', 101)}${times('a* ', 101)}`, 'emphasis'],
    ['brackets "closed" inside expression strings', `${times('[{"]"}', 101)}${']'.repeat(101)}`, 'brackets'],
    ['brackets "closed" inside code spans', `${times('[`]`', 101)}${']'.repeat(101)}`, 'brackets'],
    ['braces "closed" inside strings', `${times('{"}"', 101)}${'}'.repeat(101)}`, 'braces'],
  ])('%s', (_, body, kind) => {
    expect(findDeepNesting(body)?.kind).toBe(kind);
  });

  test.each([
    ['a quotation that drops its `>`', `> \`\`\`\nx\n${times('> ', 21)}deep`],
    ['a list item that a new item ends', `- \`\`\`\n${times('- ', 21)}deep`],
    ['a list item that a shallower line ends', `  - \`\`\`\nx\n${times('> ', 21)}deep`],
    ['a fence closed by a longer fence', `\`\`\`\ncode\n\`\`\`\`\n${times('> ', 21)}deep`],
  ])('deep text after a fence that ended early: %s', (_, body) => {
    expect(findDeepNesting(body)?.kind).toBe('blocks');
  });
});

describe('findDeepYaml', () => {
  test.each([
    ['flow lists', 'related: [nato, map]\naliases: [a, b, c]'],
    ['brackets inside quoted titles', `title: "${times('[1] ', 30)}"`],
    ['block lists', 'sources:\n  - name: NATO\n    url: https://www.nato.int/'],
  ])('accepts %s', (_, yaml) => {
    expect(findDeepYaml(yaml)).toBeUndefined();
  });

  test.each([
    ['lists 21 deep', `a: ${'['.repeat(21)}${']'.repeat(21)}`, 1],
    ['maps 21 deep', `a: ${'{b: '.repeat(21)}1${'}'.repeat(21)}`, 1],
    ['brackets closed inside a quoted string', `a: ${'['.repeat(21)}"${']'.repeat(21)}"${']'.repeat(21)}`, 1],
    ['over several lines', `a:\n  ${lines(25, () => '[').split('\n').join('\n  ')}\n  ${']'.repeat(25)}`, 22],
  ])('refuses %s', (_, yaml, line) => {
    expect(findDeepYaml(yaml)).toEqual({ kind: 'yaml', line, limit: 20 });
  });
});
