import { describe, expect, test } from 'vitest';
import { eachPullQuote, findPullQuotes } from '../../../../src/lib/content/pull-quotes.ts';
import { curlQuotes, plainText, firstSentence, textOf } from '../../../../src/lib/content/plain-text.ts';
import { scanMdx } from '../../../../src/lib/content/mdx-scan.ts';

describe('findPullQuotes', () => {
  test('numbers the quotes 1, 2, … in document order, with their text and speaker', () => {
    const body = [
      'Before.',
      '',
      '<PullQuote cite="Volodymyr Zelenskiy, in a tweet">',
      "NATO is the only way to end the war in Donbass. Ukraine's MAP will be a real signal.",
      '</PullQuote>',
      '',
      '<Aside>Not a quote.</Aside>',
      '',
      '<PullQuote cite=" Dmitry Peskov ">From our point of view, it will *only* worsen the <Term id="donbass">situation</Term>.</PullQuote>',
    ].join('\n');
    expect(findPullQuotes(body)).toEqual([
      { n: 1, text: 'NATO is the only way to end the war in Donbass. Ukraine’s MAP will be a real signal.', cite: 'Volodymyr Zelenskiy, in a tweet' },
      { n: 2, text: 'From our point of view, it will only worsen the situation.', cite: 'Dmitry Peskov' },
    ]);
  });

  test('joins a quote of several paragraphs with a space and curls its quotation marks', () => {
    const body = '<PullQuote cite="A">\n"One," she said.\n\nTwo.\n</PullQuote>';
    expect(findPullQuotes(body)).toEqual([{ n: 1, text: '“One,” she said. Two.', cite: 'A' }]);
  });

  // findPullQuotes curls each quote on its own; the article curls the whole body. They must agree.
  test.each([
    ['a quote right after a quoted sentence', 'He said "yes."\n\n<PullQuote cite="A">"No," she said, \'twas so.</PullQuote>\n\n"After," too.'],
    ['quotes around emphasis and a term', '<PullQuote cite="A">\n"*Only* the <Term id="x">MAP</Term>" \'matters\'.\n</PullQuote>'],
    ['an apostrophe at either edge', "It ends '\n\n<PullQuote cite=\"A\">'90s talk of the Baltics'</PullQuote>\n\n'Tis all."],
    ['a quote inside a list item', '- "One"\n  <PullQuote cite="A">"Two" and \'three\'</PullQuote>\n- "Four"'],
  ])('%s: curled as the whole body curls it', (_name, body) => {
    const scan = scanMdx(body);
    if (!scan.ok) throw new Error(scan.message);
    const whole: string[] = [];
    eachPullQuote(curlQuotes(scan.tree), (element) => whole.push(textOf(element.children)));
    expect(whole.length).toBeGreaterThan(0);
    expect(findPullQuotes(body).map((quote) => quote.text)).toEqual(whole);
  });

  test.each([
    ['no quotes', 'Just a paragraph.'],
    ['the name in code, not a component', 'Write `<PullQuote cite="…">` for a pull quote.'],
    ['MDX that does not parse (the validator reports it)', '<PullQuote cite="A">unclosed'],
  ])('%s: none', (_name, body) => {
    expect(findPullQuotes(body)).toEqual([]);
  });
});

describe('plainText', () => {
  test('turns MDX into one line of plain text, components reduced to their words', () => {
    expect(plainText('During *August*, units near <Term id="x">Ilovaisk</Term> were\nsurrounded.\n\nIt\'s "over".')).toBe(
      'During August, units near Ilovaisk were surrounded. It’s “over”.',
    );
  });
});

describe('firstSentence', () => {
  test.each([
    ['During August, units were surrounded. Kyiv said so.', 'During August, units were surrounded.'],
    ['Stoltenberg said “we stand with Ukraine.” Then he left.', 'Stoltenberg said “we stand with Ukraine.”'],
    ['One sentence only', 'One sentence only'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});
