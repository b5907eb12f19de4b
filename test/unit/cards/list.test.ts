import { describe, expect, test } from 'vitest';
import { cardImages } from '../../../src/cards/list.ts';
import { validateContent, type SourceFile } from '../../../src/lib/content/validate.ts';
import { assembleSite } from '../../../src/lib/site/assemble.ts';

const SOURCES = 'sources:\n  - name: Example\n    url: "https://example.org/a"';
const file = (collection: SourceFile['collection'], name: string, frontmatter: string, body = 'Body.'): SourceFile => ({
  collection,
  name,
  file: `content/${collection}/${name}`,
  text: `---\n${frontmatter}\n---\n${body}\n`,
});
const article = (slug: string, published: string, body = 'Text.') =>
  file(
    'articles',
    `${slug}.mdx`,
    `title: ${slug}\ndek: D\npublished: ${published}\nbyline: B\nsource:\n  name: S\n  url: "https://example.org/s"\ncredit: C\nkeyPoints: [a, b, c]`,
    body,
  );

const files = [
  article('older', '2020-01-01T12:00:00+00:00'),
  article('newer', '2021-04-06T12:00:00+03:00', 'Text.\n\n<PullQuote cite="Someone">Words said.</PullQuote>\n'),
  file('timeline', '2015-02-12-later.mdx', `date: 2015-02-12\ntitle: Later\ncategory: diplomacy\n${SOURCES}`, 'First sentence. Second one.'),
  file('timeline', '2014-02-22-earlier.mdx', `date: 2014-02-22\ntitle: Earlier\ncategory: politics\n${SOURCES}`),
  file('timeline', '2014-03-01-draft.mdx', `date: 2014-03-01\ntitle: Draft\ncategory: military\ndraft: true\n${SOURCES}`),
  file('glossary', 'nato.mdx', `term: NATO\nshort: An alliance.\n${SOURCES}`),
  file('glossary', 'afp.mdx', `term: AFP\nshort: A news agency.\n${SOURCES}`),
];

/** The cards of the published site the validated `files` make, as `npm run build` lists them. */
function cardsOf(files: readonly SourceFile[]) {
  const { entries, problems } = validateContent(files, { showDrafts: false });
  expect(problems).toEqual([]);
  return assembleSite(entries, { showDrafts: false }).cards;
}

describe('listCards', () => {
  const cards = cardsOf(files);

  test('gives every page of the site a card, pull quotes and filtered timelines included, drafts left out', () => {
    expect(cards.map((c) => `${c.page} → ${c.image}`)).toEqual([
      '/ → /og/index.png',
      '/articles/newer/ → /og/articles/newer.png',
      '/articles/newer/quotes/1/ → /og/articles/newer/quotes/1.png',
      '/articles/older/ → /og/articles/older.png',
      '/timeline/ → /og/timeline.png',
      '/timeline/category/politics/ → /og/timeline/category/politics.png',
      '/timeline/category/diplomacy/ → /og/timeline/category/diplomacy.png',
      '/timeline/2014-02-22-earlier/ → /og/timeline/2014-02-22-earlier.png',
      '/timeline/2015-02-12-later/ → /og/timeline/2015-02-12-later.png',
      '/glossary/ → /og/glossary.png',
      '/glossary/afp/ → /og/glossary/afp.png',
      '/glossary/nato/ → /og/glossary/nato.png',
      '/search/ → /og/search.png',
      '/corrections/ → /og/corrections.png',
    ]);
  });

  test('an article’s card also comes in 4:3 and 1:1 (for its structured data), with the same model; no other card does', () => {
    const images = cardImages(cards).map(({ image, size }) => `${image} ${size.width}×${size.height}`);
    expect(images.filter((image) => image.startsWith('/og/articles/'))).toEqual([
      '/og/articles/newer.png 1200×630',
      '/og/articles/newer.4x3.png 1200×900',
      '/og/articles/newer.1x1.png 1200×1200',
      '/og/articles/newer/quotes/1.png 1200×630',
      '/og/articles/older.png 1200×630',
      '/og/articles/older.4x3.png 1200×900',
      '/og/articles/older.1x1.png 1200×1200',
    ]);
    expect(images.filter((image) => !image.endsWith(' 1200×630'))).toHaveLength(4);
    const newer = cards.find((card) => card.page === '/articles/newer/')!;
    expect(cardImages([newer]).every((image) => image.model === newer.model)).toBe(true);
  });

  test('an event card shows the first sentence of its summary', () => {
    const later = cards.find((c) => c.page === '/timeline/2015-02-12-later/');
    expect(later?.model).toMatchObject({ title: 'Later', dek: 'First sentence.' });
  });
});

describe('the corrections card', () => {
  const cardOf = (extra: SourceFile[]) => cardsOf([...files, ...extra]).find((c) => c.page === '/corrections/')!;
  const corrections = (...dates: string[]) => `corrections:\n${dates.map((d) => `  - date: ${d}\n    text: Fixed on ${d}.`).join('\n')}`;

  test.each([
    { name: 'says plainly that there are none', extra: [], model: { dek: 'No corrections so far. When a fact on this site is wrong, we fix it and say so here.' }, alt: 'Standards: Corrections. No corrections so far. When a fact on this site is wrong, we fix it and say so here.' },
    {
      name: 'counts them, dated by the newest, drafts left out',
      extra: [
        file('glossary', 'map.mdx', `term: MAP\nshort: A plan.\n${SOURCES}\n${corrections('2026-11-01', '2026-11-29')}`),
        file('timeline', '2014-03-02-draft.mdx', `date: 2014-03-02\ntitle: Draft 2\ncategory: military\ndraft: true\n${SOURCES}\n${corrections('2026-12-24')}`),
      ],
      model: { dek: '2 corrections of facts on this site, newest first, each linked to the entry it corrects.', date: '29 November 2026' },
      alt: 'Standards, 29 November 2026: Corrections. 2 corrections of facts on this site, newest first, each linked to the entry it corrects.',
    },
  ])('$name', ({ extra, model, alt }) => {
    const card = cardOf(extra);
    expect(card.model).toEqual({ kind: 'corrections', kicker: 'Standards', title: 'Corrections', ...model });
    expect(card.alt).toBe(alt);
    expect(card.image).toBe('/og/corrections.png');
  });
});
