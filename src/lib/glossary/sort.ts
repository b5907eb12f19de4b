/** A–Z order and letter groups for the glossary index; generic over any item with a name. */

const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true });

/** Reads the display name of an item. */
export type NameOf<T> = (item: T) => string;

/** The name a term is filed under: `The Moscow Times` files under M, where readers look for it. */
export function filingName(term: string): string {
  return term.replace(/^(the|a|an)\s+/i, '');
}

/** Items in A–Z order of their filing names. */
export function sortTerms<T>(items: readonly T[], nameOf: NameOf<T>): T[] {
  return [...items].sort((a, b) => collator.compare(filingName(nameOf(a)), filingName(nameOf(b))));
}

export interface LetterGroup<T> {
  letter: string;
  terms: T[];
}

/** Groups items by the initial of their filing name, A–Z; anything else goes under `#`. */
export function groupByLetter<T>(items: readonly T[], nameOf: NameOf<T>): LetterGroup<T>[] {
  const groups: LetterGroup<T>[] = [];
  for (const item of sortTerms(items, nameOf)) {
    const initial = filingName(nameOf(item)).charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(initial) ? initial : '#';
    const last = groups[groups.length - 1];
    if (last?.letter === letter) last.terms.push(item);
    else groups.push({ letter, terms: [item] });
  }
  return groups;
}
