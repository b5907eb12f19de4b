import { describe, expect, test } from 'vitest';
import { formatReport } from '../../../../src/lib/content/problems.ts';
import { validateContent, type SourceFile } from '../../../../src/lib/content/validate.ts';

const term = (id: string, frontmatter: string, body = 'Body.') => file('glossary', `${id}.mdx`, frontmatter, body);
const event = (name: string, frontmatter: string, body = 'Body.') => file('timeline', name, frontmatter, body);

function file(collection: SourceFile['collection'], name: string, frontmatter: string, body: string): SourceFile {
  return { collection, name, file: `content/${collection}/${name}`, text: `---\n${frontmatter.trim()}\n---\n${body}\n` };
}

const SOURCES = 'sources:\n  - name: Example\n    url: "https://example.org/a"';
const validTerm = term('map', `term: MAP\nshort: A plan.\ncaseSensitive: true\n${SOURCES}`);
const validEvent = event('2014-02-22-ousted.mdx', `date: 2014-02-22\ntitle: Ousted\ncategory: politics\nterms: [map]\n${SOURCES}`);

function report(files: SourceFile[]): string {
  return formatReport(validateContent(files, { production: true }).problems);
}

describe('validateContent', () => {
  test('accepts a valid set', () => {
    expect(validateContent([validTerm, validEvent], { production: true }).problems).toEqual([]);
  });

  test.each([
    {
      name: 'a date that is not on the calendar',
      files: [validTerm, event('2014-02-30-x.mdx', `date: 2014-02-30\ntitle: X\ncategory: politics\n${SOURCES}`)],
      expected: `Found 1 problem in 1 content file.

content/timeline/2014-02-30-x.mdx (line 2, field \`date\`): \`2014-02-30\` is not a real calendar date.`,
    },
    {
      name: 'a missing required field',
      files: [term('nato', `term: NATO\n${SOURCES}`)],
      expected: `Found 1 problem in 1 content file.

content/glossary/nato.mdx (field \`short\`): The required field \`short\` is missing.
  Add \`short:\` with text. The writers' guide (content/README.md) describes every field.`,
    },
    {
      name: 'an unknown reference, with a suggestion',
      files: [validTerm, event('2014-02-22-ousted.mdx', `date: 2014-02-22\ntitle: Ousted\ncategory: politics\nterms: [mapp]\n${SOURCES}`)],
      expected: `Found 1 problem in 1 content file.

content/timeline/2014-02-22-ousted.mdx (line 5, field \`terms[0]\`): Unknown glossary term \`mapp\` in \`terms\`.
  Use the file name of an entry in content/glossary/, without \`.mdx\`. Did you mean \`map\`?
  To add the term, run: npm run new -- term "Mapp"`,
    },
    {
      name: 'a YAML error',
      files: [term('nato', `term: NATO: the alliance\nshort: x\n${SOURCES}`)],
      expected: `Found 1 problem in 1 content file.

content/glossary/nato.mdx (line 2): The frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings.
  Check the indentation and the quotes on that line. Wrap text that contains \`: \` or \`#\`, or starts with a quote, in double quotes.`,
    },
    {
      name: 'an alias claimed by two terms',
      files: [
        term('donbass', `term: Donbass\naliases: [Donbas]\nshort: A region.\n${SOURCES}`),
        term('region', `term: Region\naliases: [Eastern region, donbas]\nshort: Another.\n${SOURCES}`),
      ],
      expected: `Found 1 problem in 1 content file.

content/glossary/region.mdx (line 3, field \`aliases[1]\`): \`donbas\` is already the alias of content/glossary/donbass.mdx.
  A name can link to only one glossary entry. Remove \`donbas\` from one of the two files.`,
    },
    {
      name: 'a file name that disagrees with its date',
      files: [validTerm, event('2014-02-21-ousted.mdx', `date: 2014-02-22\ntitle: Ousted\ncategory: politics\n${SOURCES}`)],
      expected: `Found 1 problem in 1 content file.

content/timeline/2014-02-21-ousted.mdx (line 2, field \`date\`): The file name starts with \`2014-02-21\` but \`date\` is \`2014-02-22\`.
  Rename the file to \`2014-02-22-ousted.mdx\`, or correct \`date\`.`,
    },
  ])('reports $name', ({ files, expected }) => {
    expect(report(files)).toBe(expected);
  });

  test('reports every bad entry at once, sorted by file', () => {
    const text = report([
      event('2014-02-30-x.mdx', `date: 2014-02-30\ntitle: X\ncategory: war\n${SOURCES}`),
      term('nato', `term: NATO\n${SOURCES}`),
      validTerm,
    ]);
    expect(text.split('\n')[0]).toBe('Found 3 problems in 2 content files.');
    expect(text.indexOf('content/glossary/nato.mdx')).toBeLessThan(text.indexOf('content/timeline/2014-02-30-x.mdx'));
    expect(text).toContain('`war` is not a category. Use one of: politics, military, diplomacy, nato-eu, humanitarian.');
  });

  test('does not report references to an entry that failed validation itself', () => {
    const broken = term('map', `term: MAP\n${SOURCES}`);
    const problems = validateContent([broken, validEvent], { production: true }).problems;
    expect(problems.map((p) => p.file)).toEqual(['content/glossary/map.mdx']);
  });

  test('in production, a published entry may not point at a draft', () => {
    const draft = term('map', `term: MAP\nshort: A plan.\ndraft: true\n${SOURCES}`);
    expect(validateContent([draft, validEvent], { production: false }).problems).toEqual([]);
    expect(report([draft, validEvent])).toContain('The glossary term `map` in `terms` is still a draft');
  });

  test('finds unknown <Term> ids in the body with their line', () => {
    const article = file(
      'articles',
      'story.mdx',
      `title: T\ndek: D\npublished: 2021-04-06T12:00:00+03:00\nbyline: B\nsource:\n  name: S\n  url: "https://example.org"\ncredit: C\nkeyPoints: [a, b, c]`,
      '\nFirst paragraph.\n\nSee <Term id="mpa">the plan</Term>.',
    );
    const problems = validateContent([validTerm, article], { production: true }).problems;
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/articles/story.mdx', line: 15, message: 'Unknown glossary term `mpa` in <Term id="…">.' }),
    ]);
    expect(problems[0]?.hint).toContain('Did you mean `map`?');
  });
});
