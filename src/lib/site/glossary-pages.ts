/**
 * The glossary's list pages: `/glossary/` stays one A–Z page while short; past PAGE_LIMITS.terms it
 * is split by letter (`/glossary/letter/m/`), and a long letter into numbered pages
 * (`/glossary/letter/m/2/`). Letter pages sit under `letter/` because a term's own page is
 * `/glossary/<id>/`, and a term may well be called `m`. The glossary's own address stays a page: the
 * first letter A–Z, as a printed glossary opens. (Here, not in src/lib/glossary/, whose modules the
 * Markdown pipeline uses: a change to the pages must not render every body again.)
 */
import { PAGE_LIMITS, groupPath, pageList, type PagedList } from '../paging.ts';
import { routes } from '../routes.ts';
import { groupByLetter } from '../glossary/sort.ts';

/** The path segment of a letter: `M` → `m`; `#` (names that start with no letter A–Z) → `other`. */
export function letterSegment(letter: string): string {
  return letter === '#' ? 'other' : letter.toLowerCase();
}

/** The pages of the glossary for `terms`, in any order (they are filed A–Z here). */
export function glossaryPages<T>(terms: readonly T[], nameOf: (term: T) => string, limit: number = PAGE_LIMITS.terms): PagedList<T> {
  const base = routes.glossary();
  const letters = groupByLetter(terms, nameOf).map((group) => ({ key: group.letter, items: group.terms }));
  // `#` (digits, other scripts) files first, but a glossary opens at its first letter.
  const featured = letters.find((group) => group.key !== '#')?.key;
  return pageList(letters, { base, pathOf: (letter, page) => groupPath(`${base}letter/`, letterSegment(letter), page), limit, featured });
}
