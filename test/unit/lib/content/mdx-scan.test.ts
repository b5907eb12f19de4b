import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { isPlainMarkdown, scanMdx } from '../../../../src/lib/content/mdx-scan.ts';
import { createRandom } from '../../../../scripts/lib/bench/random.ts';

const parse = (body: string) => unified().use(remarkParse).use(remarkMdx).parse(body);

describe('scanMdx', () => {
  test.each([
    ['plain prose', 'Kyiv said so.\n\nA second paragraph with *emphasis*, a [link](https://example.org) and `code`.'],
    ['GFM table and footnote', '| a | b |\n| :-- | --: |\n| 1 | 2 |\n\nText[^1].\n\n[^1]: A note.'],
    ['braces closed only', 'A } stray closing brace and a > sign.'],
    ['import mid-line', 'Ukraine wants to import gas and export grain.'],
  ])('%s: no components, and the same tree as a full parse', (_, body) => {
    const scan = scanMdx(body);
    expect(scan.ok).toBe(true);
    if (!scan.ok) return;
    expect(scan.components).toEqual([]);
    expect(scan.tree).toEqual(parse(body));
    expect(scan.tree).toBe(scan.tree);
  });

  test.each([
    ['a component', 'Text <Term id="map">MAP</Term> here.', true, ['Term']],
    ['an expression', 'Text {1 + 1} here.', true, []],
    ['an unclosed component', 'Text <Term id="map">MAP here.', false, []],
    ['a less-than sign before a letter', 'If a <b then.', false, []],
    ['an HTML comment', '<!-- note -->', false, []],
    ['a broken expression', 'Text {1 +} here.', false, []],
    ['an export line', 'export const x = {\n\nText.', false, []],
  ])('%s is parsed and checked', (_, body, ok, names) => {
    const scan = scanMdx(body);
    expect(scan.ok).toBe(ok);
    if (scan.ok) expect(scan.components.map((c) => c.name)).toEqual(names);
  });

  test('bodies without `<`, `{` or import/export lines always parse, with no MDX nodes', () => {
    // Random bodies from the characters Markdown treats specially, to back the fast path's claim.
    const random = createRandom(5);
    const pieces = ['word', ' ', '\n', '\n\n', '}', '>', '&', '&amp;', '[', ']', '(', ')', '*', '_', '`', '```', '|', '-', '#', '!', '\\', ':', '"', "'", '1.', '~', 'import', 'export', '    '];
    for (let i = 0; i < 300; i++) {
      const body = Array.from({ length: random.int(1, 60) }, () => random.pick(pieces)).join('').replace(/^(?:import|export)\b/gm, 'x');
      const scan = scanMdx(body);
      expect(scan.ok).toBe(true);
      if (!scan.ok) continue;
      expect(JSON.stringify(scan.tree)).not.toMatch(/"type":"mdx/);
    }
  });
});

describe('isPlainMarkdown: which bodies can be rendered as Markdown instead of compiled as MDX', () => {
  test.each([
    ['prose', 'NATO met in *Brussels*.\n\nA second paragraph.', true],
    ['GFM: a table, a footnote, strikethrough and an autolink', '| a |\n|--:|\n| 1 |\n\nText.[^1] ~~no~~ www.example.org\n\n[^1]: A note.', true],
    ['a list with a two-space continuation', '- one\n  more\n- two', true],
    ['a component', 'The <Term id="map">plan</Term>.', false],
    ['an HTML tag', 'A <br> break.', false],
    ['an expression', 'Year {2021}.', false],
    ['a stray closing brace', 'Odd } text.', false],
    ['an import', "import X from './x.ts';\n\nText.", false],
    ['an export', 'export const a = 1;\n\nText.', false],
    // Markdown reads these as code; MDX has no indented code and reads a paragraph.
    ['a line indented by four spaces', 'Text.\n\n    indented', false],
    ['a line indented by a tab', 'Text.\n\n\tindented', false],
  ])('%s', (_name, body, expected) => {
    expect(isPlainMarkdown(body)).toBe(expected);
  });
});
