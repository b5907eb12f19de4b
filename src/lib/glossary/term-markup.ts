/**
 * The markup of a term link that the remark plugin, `<Term>` and the page's definitions must agree
 * on: the popover id, the print endnote label, and the attributes of the link and of its
 * definition. Pure, so every side (and the tests) share one copy.
 */

/** What a term link needs to know about its term: where its page is, its name and its short definition (typeset). */
export interface TermDefinition {
  url: string;
  name: string;
  short: string;
}

/** What a link itself shows of its term: only where the term's page is (the definition is the page's, in a popover). */
export type TermLinkTarget = Pick<TermDefinition, 'url'>;

/** HTML attributes, by their names in HTML. */
export type HtmlAttributes = Record<string, string>;

/**
 * The link's attributes. The definition is its description for screen readers, and opens on
 * hover and keyboard focus (`interestfor`); without JavaScript it is a plain link to the term.
 */
export function termLinkAttributes(definition: TermLinkTarget, popoverId: string, note: string | undefined): HtmlAttributes {
  const attributes: HtmlAttributes = { class: 'term', href: definition.url, 'aria-describedby': popoverId, interestfor: popoverId };
  if (note !== undefined) attributes['data-note'] = note;
  return attributes;
}

/**
 * The definition's attributes: a hint popover, left out of the search index (the term has its own
 * page there). It lives outside the paragraphs, so reader views, translators and text extractors
 * read the sentence without it.
 */
export function termPopoverAttributes(popoverId: string): HtmlAttributes {
  return { id: popoverId, popover: 'hint', role: 'tooltip', class: 'term-popover', 'data-pagefind-ignore': '' };
}

/**
 * The id of a term's definition popover: one per term on any page, the same on every build. The
 * popovers sit outside the running text (after the page's entries), so every link to the term on
 * the page, in one entry or in many, points to the same definition.
 */
export function popoverId(termId: string): string {
  return `def-${termId}`;
}

/**
 * The printed marker of the nth term (from 1): a, b, …, z, aa, ab, …. Letters, because the
 * article's own footnotes already use numbers.
 */
export function noteLabel(n: number): string {
  let label = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    label = String.fromCharCode(97 + ((rest - 1) % 26)) + label;
  }
  return label;
}

/** A term linked in an entry's body, in reading order: what the print endnotes and backlinks read. */
export interface TermMention {
  /** The glossary id. */
  id: string;
  /** Its endnote marker: `a`, `b`, …. */
  note: string;
}

/** The frontmatter key under which the plugin leaves an entry's mentions (Astro's `remarkPluginFrontmatter`). */
export const MENTIONS_KEY = 'glossaryMentions';

/** The mentions the plugin left in a rendered entry's `remarkPluginFrontmatter`; none when it did not run. */
export function readMentions(frontmatter: Record<string, unknown> | undefined): TermMention[] {
  const value = frontmatter?.[MENTIONS_KEY];
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is TermMention => typeof item?.id === 'string' && typeof item?.note === 'string',
  );
}
