/**
 * Synthetic articles of about 800 words: headings, glossary mentions in prose, a GFM table,
 * footnotes, a pull quote and one explicit `<Term>`: the Markdown features the generator pays for.
 */
import { slugify } from '../../../src/lib/content/entry-id.ts';
import type { Random } from './random.ts';
import { fitTo, mentionOf, type TermSeed } from './synthetic-terms.ts';
import { capitalise, countWords, inventName, inventSentence, inventWord, inventWords } from './words.ts';

/** Articles are written to at least this many words of body. */
export const ARTICLE_WORDS = 800;

/** The frontmatter and body of `count` articles, published three days apart in 2021 (after every event). */
export function inventArticles(random: Random, count: number, terms: readonly TermSeed[], eventIds: readonly string[]) {
  const ids = new Set<string>();
  return Array.from({ length: count }, (_, index) => {
    let title: string;
    let id: string;
    do {
      title = inventSentence(random, 6, 10).slice(0, -1);
      id = slugify(title);
    } while (ids.has(id));
    ids.add(id);
    const published = new Date(Date.UTC(2021, 0, 1, 10) + index * 3 * 86_400_000).toISOString().replace('.000Z', '+02:00');
    const data = {
      title,
      dek: fitTo(300, () => inventSentence(random, 15, 25)),
      published,
      byline: `Wire (${inventName(random)})`,
      source: { name: inventName(random), url: `https://example.org/articles/${id}` },
      credit: inventSentence(random, 6, 10),
      tags: inventWords(random, random.int(2, 4)),
      keyPoints: Array.from({ length: random.int(3, 5) }, () => fitTo(160, () => inventSentence(random, 8, 16))),
      events: random.sample(eventIds, random.int(3, 6)),
    };
    return { path: `articles/${id}.mdx`, data, body: inventArticleBody(random, terms) };
  });
}

/** An article body of at least ARTICLE_WORDS words. */
export function inventArticleBody(random: Random, terms: readonly TermSeed[]): string {
  const topics = random.sample(terms, random.int(8, 15));
  const sentence = (footnote = '') => {
    const mentions = topics.length && random.chance(0.35) ? [mentionOf(random, random.pick(topics))] : [];
    return inventSentence(random, 10, 20, mentions).replace(/\.$/, `${footnote}.`);
  };
  const paragraph = (footnote = '') =>
    Array.from({ length: random.int(3, 5) }, (_, i) => sentence(i === 0 ? footnote : '')).join(' ');

  const linked = random.pick(terms);
  const blocks = [
    paragraph('[^1]'),
    `<PullQuote cite="${inventName(random)}">\n${inventSentence(random, 10, 18)}\n</PullQuote>`,
    `${sentence()} ${capitalise(inventWord(random))} <Term id="${linked.id}">${inventWords(random, 2).join(' ')}</Term> ${inventSentence(random, 6, 12).toLowerCase()}`,
    `## ${capitalise(inventWords(random, random.int(2, 4)).join(' '))}`,
    paragraph('[^2]'),
    inventTable(random),
  ];
  const footnotes = [`[^1]: ${inventSentence(random, 8, 14)}`, `[^2]: ${inventSentence(random, 8, 14)}`];
  let words = countWords([...blocks, ...footnotes].join('\n'));
  let sinceHeading = 0;
  while (words < ARTICLE_WORDS) {
    const block = sinceHeading === 3 ? `## ${capitalise(inventWords(random, random.int(2, 4)).join(' '))}` : paragraph();
    sinceHeading = block.startsWith('## ') ? 0 : sinceHeading + 1;
    blocks.push(block);
    words += countWords(block);
  }
  return [...blocks, ...footnotes].join('\n\n');
}

/** A GFM table with aligned columns: three or four columns, four to six rows. */
export function inventTable(random: Random): string {
  const columns = random.int(3, 4);
  const align = [':--', '--:', ':-:', '---'];
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    row(Array.from({ length: columns }, () => capitalise(inventWord(random)))),
    row(Array.from({ length: columns }, (_, i) => align[i % align.length]!)),
    ...Array.from({ length: random.int(4, 6) }, () =>
      row(Array.from({ length: columns }, (_, i) => (i === 0 ? capitalise(inventWord(random)) : String(random.int(1, 9999))))),
    ),
  ].join('\n');
}
