/**
 * Characters a share card cannot draw. Every field of an entry that reaches a card (the ones
 * list.ts reads) is checked, as the card sets it, against what the bundled fonts and emoji
 * set can draw; a character they cannot would come out as an empty box. `npm run validate` and
 * `npm run build` add these problems to the validator's (scripts/lib/content/check-content.ts).
 */
import { isEmojiLike, undrawableGraphemes, type Repertoire } from './coverage.ts';
import type { CheckedEntry } from '../lib/content/cross-references.ts';
import { firstSentence, plainText } from '../lib/content/plain-text.ts';
import type { Problem } from '../lib/content/problems.ts';
import { findPullQuotes } from '../lib/content/pull-quotes.ts';
import { formatFieldPath } from '../lib/content/schema-problems.ts';
import { typesetArticle, typesetEvent, typesetTerm } from '../lib/content/typeset.ts';
import { routes } from '../lib/routes.ts';

/** A text a card shows, and where the writer wrote it. */
export interface CardText {
  /** The frontmatter field (`aliases[1]`), or what part of the body it is (`pull quote 2`). */
  name: string;
  /** The field's path in the frontmatter; absent for text taken from the body. */
  path?: readonly PropertyKey[];
  text: string;
  /** The card it is on, for `npm run cards:preview`. */
  page: string;
}

type Of<C extends CheckedEntry['collection']> = Extract<CheckedEntry, { collection: C }>;

/** A frontmatter field's text. */
function field(path: readonly PropertyKey[], text: string, page: string): CardText {
  return { name: formatFieldPath(path), path, text, page };
}

function articleTexts(entry: Of<'articles'>): CardText[] {
  const data = typesetArticle(entry.data);
  const page = routes.article(entry.id);
  const quotes = findPullQuotes(entry.body ?? '').flatMap(({ n, text, cite }) => [
    { name: `pull quote ${n}`, text, page: routes.quote(entry.id, n) },
    { name: `the \`cite\` of pull quote ${n}`, text: cite, page: routes.quote(entry.id, n) },
  ]);
  const fields = [field(['title'], data.title, page), field(['dek'], data.dek, page), field(['byline'], data.byline, page)];
  return [...fields, field(['source', 'name'], data.source.name, page), ...quotes];
}

function eventTexts(entry: Of<'timeline'>): CardText[] {
  const data = typesetEvent(entry.data);
  const page = routes.event(entry.id);
  // The card names its places as their entries spell them; placeTexts checks those names.
  const summary = firstSentence(plainText(entry.body ?? ''));
  return [field(['title'], data.title, page), { name: 'the first sentence of the text', text: summary, page }];
}

function termTexts(entry: Of<'glossary'>): CardText[] {
  const data = typesetTerm(entry.data);
  const page = routes.term(entry.id);
  const aliases = data.aliases.map((alias, index) => field(['aliases', index], alias, page));
  return [field(['term'], data.term, page), field(['short'], data.short, page), ...aliases];
}

/** Every text of `entry` that one of its cards shows, as the card shows it (typeset). */
export function cardTexts(entry: CheckedEntry): CardText[] {
  switch (entry.collection) {
    case 'articles':
      return articleTexts(entry);
    case 'timeline':
      return eventTexts(entry);
    case 'glossary':
      return termTexts(entry);
    case 'places':
      return placeTexts(entry);
  }
}

/** A place's card shows its name, its other spellings and its text's first sentence; its inset labels the name. */
function placeTexts(entry: Of<'places'>): CardText[] {
  const page = routes.place(entry.id);
  const aliases = entry.data.aliases.map((alias, index) => field(['aliases', index], alias, page));
  const summary = firstSentence(plainText(entry.body ?? ''));
  return [field(['name'], entry.data.name, page), ...aliases, { name: 'the first sentence of the text', text: summary, page }];
}

/** `Ꙩ` (U+A668); a character that shows nothing (a control character) by its code point alone. */
export function describeGrapheme(grapheme: string): string {
  const codes = [...grapheme].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
  return /^[\p{C}\p{Z}]+$/u.test(grapheme) ? codes : `\`${grapheme}\` (${codes})`;
}

/** `a`, `a and b`, `a, b and c`, or the first three `and 4 more`. */
function listOf(items: readonly string[]): string {
  if (items.length > 3) return `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`;
  return items.length < 3 ? items.join(' and ') : `${items[0]}, ${items[1]} and ${items[2]}`;
}

/** The file line of the first of `graphemes` in the body, for text taken from it. */
function bodyLineOf(entry: CheckedEntry, graphemes: readonly string[]): number | undefined {
  if (entry.bodyLine === undefined) return undefined;
  const body = (entry.body ?? '').normalize('NFC');
  const index = Math.min(...graphemes.map((grapheme) => body.indexOf(grapheme)).filter((at) => at >= 0));
  return entry.bodyLine + (Number.isFinite(index) ? body.slice(0, index).split('\n').length - 1 : 0);
}

/** One problem per text and kind (letters the fonts lack, emoji the set lacks). */
function problemsFor(entry: CheckedEntry, text: CardText, graphemes: readonly string[]): Problem[] {
  const emoji = graphemes.filter(isEmojiLike);
  const letters = graphemes.filter((grapheme) => !isEmojiLike(grapheme));
  const where = text.path ? '' : ` in ${text.name}`;
  const preview = `To see the card: \`npm run cards:preview -- ${text.page}\``;
  const line = text.path ? entry.lineOf?.(text.path) : bodyLineOf(entry, graphemes);
  const location = { file: entry.file, ...(line === undefined ? {} : { line }), ...(text.path ? { field: text.name } : {}) };
  const them = (list: readonly string[]) => (list.length === 1 ? 'it' : 'them');
  const problems: Problem[] = [];
  if (letters.length) {
    problems.push({
      ...location,
      message: `${listOf(letters.map(describeGrapheme))}${where} cannot be drawn on the share card: no bundled font has ${them(letters)}.`,
      hint: `The card would show an empty box instead. Cards draw Latin, Cyrillic, Greek, Arabic and Hebrew letters and emoji: use one of those (a name can take its usual Latin spelling), or leave the character out.\n${preview}`,
    });
  }
  if (emoji.length) {
    problems.push({
      ...location,
      message: `${listOf(emoji.map(describeGrapheme))}${where} cannot be drawn on the share card: the bundled emoji set (Twemoji) does not have ${them(emoji)}.`,
      hint: `The card would show an empty box instead. Use another emoji, or leave it out of this text.\n${preview}`,
    });
  }
  return problems;
}

/** A problem for each text on a card, in each entry, that holds characters the card cannot draw. */
export function cardGlyphProblems(entries: readonly CheckedEntry[], repertoire: Repertoire): Problem[] {
  return entries.flatMap((entry) =>
    cardTexts(entry).flatMap((text) => {
      const graphemes = undrawableGraphemes(text.text, repertoire);
      return graphemes.length ? problemsFor(entry, text, graphemes) : [];
    }),
  );
}
