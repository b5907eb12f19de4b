import { describe, expect, test } from 'vitest';
import { formatReport } from '../../../../src/lib/content/problems.ts';
import { validateContent, type SourceFile } from '../../../../src/lib/content/validate.ts';

const article = (body: string): SourceFile => ({
  collection: 'articles',
  name: 'story.mdx',
  file: 'content/articles/story.mdx',
  text: [
    '---',
    'title: A story',
    'dek: Why it matters.',
    'published: 2021-04-06T12:00:00+03:00',
    'byline: Desk',
    'source:',
    '  name: Example',
    '  url: "https://example.org/"',
    'credit: A credit',
    'keyPoints: [One., Two., Three.]',
    '---',
    body,
  ].join('\n'),
});

describe('<PullQuote> in the validator', () => {
  test.each([
    ['no cite', '<PullQuote>Words.</PullQuote>'],
    ['an empty cite', 'Text.\n\n<PullQuote cite=" ">Words.</PullQuote>'],
  ])('%s: says what is missing, on the line of the quote', (_name, body) => {
    const { problems } = validateContent([article(body)], { showDrafts: false });
    const line = 12 + body.split('\n').findIndex((text) => text.includes('<PullQuote'));
    expect(formatReport(problems)).toContain(`content/articles/story.mdx (line ${line}): \`<PullQuote>\` needs a \`cite\``);
    expect(problems.map((p) => p.message)).toEqual(['`<PullQuote>` needs a `cite`: who said it.']);
    expect(problems[0]!.hint).toContain('<PullQuote cite="Volodymyr Zelensky">the quoted words</PullQuote>');
  });

  test('a quote with a speaker is fine', () => {
    expect(validateContent([article('<PullQuote cite="Dmitry Peskov">Words.</PullQuote>')], { showDrafts: false }).problems).toEqual([]);
  });
});
