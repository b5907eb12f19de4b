/** The importer's pieces on single lines and paragraphs. */
import { describe, expect, test } from 'vitest';
import { parseDateLine } from '../../../../../scripts/lib/wire/dates.ts';
import { removeDebris } from '../../../../../scripts/lib/wire/debris.ts';
import { parseCaption } from '../../../../../scripts/lib/wire/header.ts';
import { toBlocks } from '../../../../../scripts/lib/wire/lines.ts';
import { escapeMdxText } from '../../../../../scripts/lib/wire/mdx-text.ts';
import { unwrap } from '../../../../../scripts/lib/wire/paragraphs.ts';
import { normaliseQuotes } from '../../../../../scripts/lib/wire/quotes.ts';
import { fixTypos } from '../../../../../scripts/lib/wire/typos.ts';

describe('normaliseQuotes', () => {
  test.each([
    [`"But reforms alone will not stop Russia,' said Zelenskiy.`, `"But reforms alone will not stop Russia," said Zelenskiy.`],
    [`called Zelenskiy 'to express serious concern about Russia's military activities."`, `called Zelenskiy "to express serious concern about Russia's military activities."`],
    [`aimed at ''protecting the border with Crimea'" and "the coast."`, `aimed at "protecting the border with Crimea" and "the coast."`],
    [`Membership in 'Signal’ to Moscow`, `Membership in 'Signal' to Moscow`],
    [`“Curly,” she said.`, `"Curly," she said.`],
    // Left alone: apostrophes, possessive plurals, quotes nested properly, decades.
    [`The soldiers' positions and Russia's troops.`, `The soldiers' positions and Russia's troops.`],
    [`"He called it 'a signal.'" Then he left.`, `"He called it 'a signal.'" Then he left.`],
    [`"The farmers' union agrees," he said.`, `"The farmers' union agrees," he said.`],
    [`In the '90s, "it was calm," he said.`, `In the '90s, "it was calm," he said.`],
  ])('%s', (input, expected) => {
    expect(normaliseQuotes(input).text).toBe(expected);
  });

  test('reports each fix with its context', () => {
    expect(normaliseQuotes(`"We doubt it,' Peskov said.`).fixes).toEqual([{ before: `"We doubt it,' Peskov…`, after: `"We doubt it," Peskov…` }]);
  });
});

describe('fixTypos', () => {
  test.each([
    ['sovereignty an territorial integrity', 'sovereignty and territorial integrity'],
    ['an amount', 'an amount'],
    ['an hour', 'an hour'],
    ['an MP and an NGO', 'an MP and an NGO'],
    ['Iran territorial waters', 'Iran territorial waters'],
  ])('%s → %s', (input, expected) => {
    expect(fixTypos(input).text).toBe(expected);
  });
});

describe('parseDateLine', () => {
  test.each([
    ['Published: 2 June 2020 09:40 GMT', { day: '2020-06-02', time: '09:40:00', offset: 'Z' }],
    ['April 6, 2021', { day: '2021-04-06' }],
    ['Tuesday, 6 April 2021', { day: '2021-04-06' }],
    ['Apr. 6, 2021 3:05 pm', { day: '2021-04-06', time: '15:05:00' }],
    ['6 April 2021 12:36 (+03:00)', { day: '2021-04-06', time: '12:36:00', offset: '+03:00' }],
    ['2021-04-06', { day: '2021-04-06' }],
    ['Updated 30 February 2021', undefined],
    ['He said on April 6, 2021 that it was over.', undefined],
  ])('%s', (line, expected) => {
    expect(parseDateLine(line)).toEqual(expected);
  });
});

describe('parseCaption', () => {
  test.each([
    ['Fears have been mounting in eastern Ukraine. president.gov.ua', { caption: 'Fears have been mounting in eastern Ukraine.', credit: 'president.gov.ua' }],
    ['Boats on the lake bed. Photo: Velmora Water Board', { caption: 'Boats on the lake bed.', credit: 'Velmora Water Board' }],
    ['The pier at Carrow Point. Marta Lind / Nordpress', { caption: 'The pier at Carrow Point.', credit: 'Marta Lind / Nordpress' }],
    ['A crowd in Kyiv. (Photo by Jane Doe)', { caption: 'A crowd in Kyiv.', credit: 'Jane Doe' }],
    ['Ukraine Urges NATO to Speed Up', undefined],
    ['He said it was over.', undefined],
  ])('%s', (line, expected) => {
    expect(parseCaption(line)).toEqual(expected);
  });
});

describe('removeDebris', () => {
  const lines = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));
  test.each([
    ['https://www.example.org/author/jane-doe', 'an author link: https://www.example.org/author/jane-doe (used for the byline and the source; check both)'],
    ['https://www.example.org/2025/11/20/a-story', 'a stray link: https://www.example.org/2025/11/20/a-story. Its date (2025/11/20) belongs to another page and was not used to date this story.'],
    ['Related article: Are they sliding into war?', 'a "related article" teaser: Are they sliding into war?'],
    ['READ MORE: Why islands lose their shops', 'a "related article" teaser: Why islands lose their shops'],
    ['See also - The history of the ferry', 'a "related article" teaser: The history of the ferry'],
  ])('%s', (text, note) => {
    const result = removeDebris(lines(text));
    expect(result.notes).toEqual([{ kind: 'removed', line: 1, text: note }]);
    expect(result.kept).toEqual([{ n: 1, text: '' }]);
  });

  test('keeps a sentence that mentions a related article', () => {
    expect(removeDebris(lines('Related articles were published on Monday.')).notes).toEqual([]);
  });
});

describe('unwrap', () => {
  const paragraphs = (...texts: string[]) => unwrap(toBlocks(texts.map((text, i) => ({ n: i + 1, text })))).paragraphs.map((p) => (p.crosshead ? `## ${p.text}` : p.text));

  test.each([
    ['joins hard-wrapped lines', ['One two', 'three.'], ['One two three.']],
    ['keeps a hyphen at a line end', ['the pro-', 'Russia separatists.'], ['the pro-Russia separatists.']],
    ['rejoins a sentence split by blank lines', ['It happened near', '', '', '', 'Lugansk region.'], ['It happened near Lugansk region.']],
    ['rejoins a split before a lowercase word', ['Short', '', 'line continues.'], ['Short line continues.']],
    ['makes a short standalone line a crosshead', ['First.', '', 'Two more soldiers killed', '', 'Then more.'], ['First.', '## Two more soldiers killed', 'Then more.']],
    ['never makes the first line a crosshead', ['Kiev', '', 'The story.'], ['Kiev The story.']],
    ['keeps a paragraph that ends with a colon', ['He said:', '', '"No."'], ['He said:', '"No."']],
  ])('%s', (_name, input, expected) => {
    expect(paragraphs(...input)).toEqual(expected);
  });
});

describe('escapeMdxText', () => {
  test.each([
    ['a < b and {c}', 'a &lt; b and &#123;c&#125;'],
    ['# of votes', '\\# of votes'],
    ['- a dash', '\\- a dash'],
    ['1. first', '1\\. first'],
    ['> quoted', '&gt; quoted'],
    ['Plain text.', 'Plain text.'],
  ])('%s', (input, expected) => {
    expect(escapeMdxText(input).text).toBe(expected);
  });
});
