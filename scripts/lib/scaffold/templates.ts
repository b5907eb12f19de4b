/**
 * The text of a new entry. Every required field is present and valid, so the draft builds; what the
 * writer must supply is a `TODO` placeholder, never an invented fact. The validator refuses a
 * published entry that still holds one.
 */
import { PLACEHOLDER, PLACEHOLDER_URL } from '../../../src/lib/content/placeholders.ts';
import { CATEGORIES, type Category } from '../../../src/lib/constants.ts';

/** A YAML double-quoted scalar: safe for any text (colons, quotes, dates, `yes`). */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}

const todo = (what: string) => yamlString(`${PLACEHOLDER}: ${what}`);

const SOURCES = [
  '# At least one source that supports this entry: a primary source or an established news',
  '# organisation, never a state-controlled or fringe outlet (see content/README.md).',
  'sources:',
  `  - name: ${todo('the publisher, such as NATO or Reuters')}`,
  `    url: ${yamlString(PLACEHOLDER_URL)}`,
];

/** A new glossary term: `content/glossary/<slug>.mdx`. */
export function termTemplate(term: string): string {
  return entry(
    [
      `term: ${yamlString(term)}`,
      '# Other names and spellings that should link here too, such as [Kiev, Kyiv].',
      'aliases: []',
      `short: ${todo('a plain-text definition of at most 200 characters')}`,
      '# Glossary ids of terms a reader might want next, such as [nato, minsk-agreements].',
      'related: []',
      ...SOURCES,
    ],
    `${PLACEHOLDER}: the full explanation, in your own words. Say what the term means, give the key dates, and explain any other spellings.`,
  );
}

/** A new timeline event: `content/timeline/<date>-<slug>.mdx`. */
export function eventTemplate(date: string, title: string, category?: Category): string {
  const categoryLine = category
    ? `category: ${category}`
    : `category: ${CATEGORIES[0]}  # ${PLACEHOLDER}: choose one of ${CATEGORIES.join(', ')}`;
  return entry(
    [
      `date: ${date}`,
      `title: ${yamlString(title)}`,
      categoryLine,
      '# Where it happened, such as [Kyiv, Brussels].',
      'places: []',
      '# Glossary ids of the terms the event involves, such as [nato, map].',
      'terms: []',
      ...SOURCES,
    ],
    `${PLACEHOLDER}: what happened, in two to four sentences of your own.`,
  );
}

/** A value the importer found, with a note when the writer must check it. */
export interface Found {
  value: string;
  /** Becomes a `# TODO: …` comment beside the value, so the entry cannot be published unchecked. */
  check?: string | undefined;
}

/** What is known about a new article; anything missing becomes a placeholder. */
export interface ArticleDraft {
  title?: string | undefined;
  published: Found;
  byline?: Found | undefined;
  source?: { name?: Found | undefined; url?: Found | undefined } | undefined;
  photo?: { caption: string; credit: string } | undefined;
  /** The MDX body; a placeholder when absent. */
  body?: string | undefined;
  /** A comment for the top of the frontmatter, such as where the text came from. */
  comment?: string | undefined;
}

/** A new article: `content/articles/<slug>.mdx`. `now` stands in for the publication time until the writer sets it. */
export function articleTemplate(title: string, now: Date): string {
  const published = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return renderArticle({ title, published: { value: published, check: 'when the story was first published, with its UTC offset' } });
}

/** The article entry for `draft`, every unknown a `TODO`. */
export function renderArticle(draft: ArticleDraft): string {
  const photo = draft.photo
    ? ['# The photo that ran with the copy, kept as provenance.', 'photo:', `  caption: ${yamlString(draft.photo.caption)}`, `  credit: ${yamlString(draft.photo.credit)}`]
    : [];
  return entry(
    [
      ...(draft.comment ? [`# ${draft.comment}`] : []),
      `title: ${draft.title ? yamlString(draft.title) : todo('the headline')}`,
      `dek: ${todo('one or two sentences under the headline that say why the story matters')}`,
      `published: ${withCheck(draft.published, (v) => v)}`,
      `byline: ${draft.byline ? withCheck(draft.byline) : todo('who wrote it, as the byline reads, such as AFP (Olga Shylenko)')}`,
      'source:',
      `  name: ${draft.source?.name ? withCheck(draft.source.name) : todo('the outlet whose version this is')}`,
      `  url: ${draft.source?.url ? withCheck(draft.source.url) : yamlString(PLACEHOLDER_URL)}`,
      `credit: ${todo('the credit line, such as AFP via The Moscow Times')}`,
      'tags: []',
      '# Three to five short facts for the front page and the share card; plain text.',
      'keyPoints:',
      `  - ${todo('the first key fact')}`,
      `  - ${todo('the second key fact')}`,
      `  - ${todo('the third key fact')}`,
      '# Timeline ids of the events that lead up to the story.',
      'events: []',
      ...photo,
    ],
    draft.body ?? `${PLACEHOLDER}: the story. Separate paragraphs with a blank line; start a subheading with ##.`,
  );
}

function withCheck(found: Found, format: (value: string) => string = yamlString): string {
  return found.check ? `${format(found.value)}  # ${PLACEHOLDER}: ${found.check}` : format(found.value);
}

function entry(fields: readonly string[], body: string): string {
  return ['---', ...fields, 'draft: true', '---', body, ''].join('\n');
}
