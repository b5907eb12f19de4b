/**
 * The markup of a term link that the remark plugin and `<Term>` must agree on: the popover id,
 * the print endnote label, and the attributes of the link and of its definition. Pure, so both
 * sides (and the tests) share one copy.
 */

/** What a term link needs to know about its term: where its page is, its name and its short definition (typeset). */
export interface TermDefinition {
  url: string;
  name: string;
  short: string;
}

/** HTML attributes, by their names in HTML. */
export type HtmlAttributes = Record<string, string>;

/**
 * The link's attributes. The definition is its description for screen readers, and opens on
 * hover and keyboard focus (`interestfor`); without JavaScript it is a plain link to the term.
 */
export function termLinkAttributes(definition: TermDefinition, popoverId: string, note: string | undefined): HtmlAttributes {
  const attributes: HtmlAttributes = { class: 'term', href: definition.url, 'aria-describedby': popoverId, interestfor: popoverId };
  if (note !== undefined) attributes['data-note'] = note;
  return attributes;
}

/** The definition's attributes: a hint popover, left out of the search index (the term has its own page there). */
export function termPopoverAttributes(popoverId: string): HtmlAttributes {
  return { id: popoverId, popover: 'hint', role: 'tooltip', class: 'term-popover', 'data-pagefind-ignore': '' };
}

/**
 * The id of a term's definition popover: unique on any page, the same on every build.
 * `entryKey` names the entry whose body holds the link (several event bodies share the timeline
 * page); `occurrence` counts repeated explicit `<Term>`s of one id, from 1.
 */
export function popoverId(entryKey: string, termId: string, occurrence = 1): string {
  const base = `def-${entryKey.replace(/\//g, '-')}--${termId}`;
  return occurrence === 1 ? base : `${base}--${occurrence}`;
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
