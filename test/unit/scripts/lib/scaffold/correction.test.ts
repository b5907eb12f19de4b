import { describe, expect, test } from 'vitest';
import { validateFile } from '../../../../../src/lib/content/validate.ts';
import { addCorrectionStub, CORRECTION_STUB, findEntry, ScaffoldError, type EntryFile } from '../../../../../scripts/lib/scaffold/index.ts';

const TODAY = '2026-11-29';
const FILE = 'content/timeline/2015-02-12-minsk.mdx';
const STUB = [`  - date: ${TODAY}`, `    text: "${CORRECTION_STUB}"`];

const HEAD = ['---', 'date: 2015-02-12', 'title: "Minsk II is signed"  # quoted on purpose', 'category: diplomacy', 'sources:', '  - name: OSCE', '    url: https://www.osce.org/cio/140156'];
const BODY = ['---', 'Leaders agreed a ceasefire.', ''];
const entry = (...fields: string[]) => [...HEAD, ...fields, ...BODY].join('\n');

/** The writer-facing text of a refused request. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ScaffoldError) return `${error.message}\n${error.hint}`;
    throw error;
  }
  throw new Error('The request was accepted');
}

describe('addCorrectionStub', () => {
  test.each([
    { name: 'no list yet: a new one at the end of the frontmatter', fields: [], expected: ['corrections:', ...STUB], line: 10 },
    {
      name: 'a list: the stub after its last item, other fields untouched',
      fields: ['corrections:', '  - date: 2026-11-01', '    text: Earlier.', 'draft: false'],
      expected: ['corrections:', '  - date: 2026-11-01', '    text: Earlier.', ...STUB, 'draft: false'],
      line: 12,
    },
    {
      name: 'a list indented its own way keeps its indentation',
      fields: ['corrections:', '- date: 2026-11-01', '  text: >-', '    Earlier, on', '    two lines.', '# a comment that stays put', 'updated: 2026-11-02'],
      expected: ['corrections:', '- date: 2026-11-01', '  text: >-', '    Earlier, on', '    two lines.', `- date: ${TODAY}`, `  text: "${CORRECTION_STUB}"`, '# a comment that stays put', 'updated: 2026-11-02'],
      line: 14,
    },
    { name: 'an empty `corrections: []`', fields: ['corrections: []', 'draft: false'], expected: ['corrections:', ...STUB, 'draft: false'], line: 10 },
    { name: 'a `corrections:` with nothing after it', fields: ['corrections:', 'draft: false'], expected: ['corrections:', ...STUB, 'draft: false'], line: 10 },
    {
      name: 'a one-line list becomes a block list',
      fields: ['corrections: [{date: 2026-11-01, text: "Earlier: yes."}]'],
      expected: ['corrections:', '  - date: 2026-11-01', '    text: "Earlier: yes."', ...STUB],
      line: 12,
    },
  ])('$name', ({ fields, expected, line }) => {
    const { text, line: stubLine } = addCorrectionStub(entry(...fields), TODAY, FILE);
    expect(text).toBe(entry(...expected));
    expect(stubLine).toBe(line);
    expect(text.split('\n')[stubLine - 1]).toMatch(/^\s+text: "TODO: /);
  });

  test('keeps Windows line endings and a byte-order mark', () => {
    const original = `\uFEFF${entry().replaceAll('\n', '\r\n')}`;
    const { text } = addCorrectionStub(original, TODAY, FILE);
    expect(text).toBe(`\uFEFF${entry('corrections:', ...STUB).replaceAll('\n', '\r\n')}`);
  });

  test('the stub validates as a correction, and refuses publication until its TODO is replaced', () => {
    const { text } = addCorrectionStub(entry(), TODAY, FILE);
    const { problems } = validateFile({ collection: 'timeline', name: '2015-02-12-minsk.mdx', file: 'content/timeline/2015-02-12-minsk.mdx', text });
    expect(problems.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      `10 corrections[0].text: This entry is published, but \`corrections[0].text\` still holds a placeholder: \`text: "${CORRECTION_STUB}"\`.`,
    ]);
    const filled = text.replace(CORRECTION_STUB, 'An earlier version of this entry said 50 km deep. It is 50 km wide.');
    expect(validateFile({ collection: 'timeline', name: '2015-02-12-minsk.mdx', file: 'content/timeline/2015-02-12-minsk.mdx', text: filled }).problems).toEqual([]);
  });

  test('an entry whose frontmatter cannot be read', () => {
    expect(refusal(() => addCorrectionStub(entry('terms: [nato'), TODAY, FILE))).toMatchInlineSnapshot(`
      "The frontmatter of content/timeline/2015-02-12-minsk.mdx cannot be read (line 8): A list in square brackets is never closed.
      End the list with \`]\` on the same line, such as \`aliases: [Kiev, Kyiv]\`.
      Fix that first (npm run validate lists every problem), then run the command again."
    `);
  });

  test('corrections that are not a list', () => {
    expect(refusal(() => addCorrectionStub(entry('corrections: Fixed the date.'), TODAY, FILE))).toMatchInlineSnapshot(`
      "\`corrections\` in content/timeline/2015-02-12-minsk.mdx is not a list, so a correction cannot be added to it.
      Write it as a list of \`- date: …\` / \`text: …\` items (npm run validate shows how), then run the command again."
    `);
  });

  test('a correction still waiting to be written', () => {
    const once = addCorrectionStub(entry(), TODAY, FILE).text;
    expect(refusal(() => addCorrectionStub(once, TODAY, FILE))).toMatchInlineSnapshot(`
      "content/timeline/2015-02-12-minsk.mdx already has a correction that still holds its TODO (line 10).
      Fill that one in first: one correction can say what was wrong in several places."
    `);
  });
});

describe('findEntry', () => {
  const entries: EntryFile[] = [
    { collection: 'timeline', id: '2015-02-12-minsk-ii-signed', file: 'content/timeline/2015-02-12-minsk-ii-signed.mdx', absolute: '/site/content/timeline/2015-02-12-minsk-ii-signed.mdx' },
    { collection: 'glossary', id: 'map', file: 'content/glossary/map.mdx', absolute: '/site/content/glossary/map.mdx' },
    { collection: 'articles', id: 'map', file: 'content/articles/map.mdx', absolute: '/site/content/articles/map.mdx' },
  ];

  test.each([
    ['content/timeline/2015-02-12-minsk-ii-signed.mdx', '/site/content/timeline/2015-02-12-minsk-ii-signed.mdx', 'content/timeline/2015-02-12-minsk-ii-signed.mdx'],
    ['2015-02-12-minsk-ii-signed', '/site/2015-02-12-minsk-ii-signed', 'content/timeline/2015-02-12-minsk-ii-signed.mdx'],
    ['/timeline/2015-02-12-minsk-ii-signed/', '/timeline/2015-02-12-minsk-ii-signed', 'content/timeline/2015-02-12-minsk-ii-signed.mdx'],
    ['https://backgrounder.example.org/glossary/map/', '/x', 'content/glossary/map.mdx'],
    ['glossary/map', '/site/glossary/map', 'content/glossary/map.mdx'],
    // A path inside the content folder, typed from the project folder.
    ['timeline/2015-02-12-minsk-ii-signed.mdx', '/site/timeline/2015-02-12-minsk-ii-signed.mdx', 'content/timeline/2015-02-12-minsk-ii-signed.mdx'],
    ['articles/map', '/site/articles/map', 'content/articles/map.mdx'],
  ])('%s → %s', (input, absolute, file) => {
    expect(findEntry(input, absolute, entries).file).toBe(file);
  });

  test('an id two collections share', () => {
    expect(refusal(() => findEntry('map', '/site/map', entries))).toMatchInlineSnapshot(`
      "\`map\` is the id of more than one entry: content/glossary/map.mdx, content/articles/map.mdx.
      Give the path of the one you mean, such as: npm run new -- correction content/glossary/map.mdx"
    `);
  });

  test('a misspelt id', () => {
    expect(refusal(() => findEntry('2015-02-12-minsk-2-signed', '/site/2015-02-12-minsk-2-signed', entries))).toMatchInlineSnapshot(`
      "No entry is called \`2015-02-12-minsk-2-signed\`. Did you mean content/timeline/2015-02-12-minsk-ii-signed.mdx?
      Give the entry’s file (content/timeline/2015-02-12-minsk-ii-signed.mdx), its id (2015-02-12-minsk-ii-signed) or its page address (/timeline/2015-02-12-minsk-ii-signed/)."
    `);
  });

  test('a file that is not an entry', () => {
    expect(refusal(() => findEntry('content/glossary/mapp.mdx', '/site/content/glossary/mapp.mdx', entries))).toMatchInlineSnapshot(`
      "There is no entry file at \`content/glossary/mapp.mdx\`. Did you mean content/glossary/map.mdx?
      Give the entry’s file (content/timeline/2015-02-12-minsk-ii-signed.mdx), its id (2015-02-12-minsk-ii-signed) or its page address (/timeline/2015-02-12-minsk-ii-signed/)."
    `);
  });
});
