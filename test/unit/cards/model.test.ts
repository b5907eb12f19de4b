import { describe, expect, test } from 'vitest';
import { describeCard, type CardModel } from '../../../src/cards/model.ts';

describe('describeCard (og:image:alt)', () => {
  test.each<[string, CardModel, string]>([
    [
      'an article: kicker and date, title, dek',
      { kind: 'article', kicker: 'Wire story · The Moscow Times', title: 'Ukraine Urges NATO', dek: 'Only membership can end the war.', date: '6 April 2021' },
      'Wire story, The Moscow Times, 6 April 2021: Ukraine Urges NATO. Only membership can end the war.',
    ],
    [
      'a term without a date; a title ending in a question mark keeps it',
      { kind: 'term', kicker: 'Glossary', title: 'What is MAP?' },
      'Glossary: What is MAP?',
    ],
    [
      'a pull quote: the words, who said them, the article',
      { kind: 'quote', kicker: 'Pull quote', quote: 'It will only worsen the situation.', cite: 'Dmitry Peskov', title: 'Ukraine Urges NATO' },
      'Pull quote: “It will only worsen the situation.” — Dmitry Peskov, in “Ukraine Urges NATO”.',
    ],
    [
      'markup-like characters stay as text (the layout escapes them in HTML)',
      { kind: 'event', kicker: 'Timeline', title: 'Tom & Jerry <script>', dek: 'Say "hi"' },
      'Timeline: Tom & Jerry <script>. Say "hi"',
    ],
  ])('%s', (_name, model, expected) => {
    expect(describeCard(model)).toBe(expected);
  });
});
