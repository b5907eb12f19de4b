/**
 * Finds glossary names in a run of text: whole words only, the longest name wins, plurals
 * ("MAPs") and possessives ("NATO’s") count, and case-sensitive names match their exact case.
 */
import type { NameEnding, TermIndex, TrieNode } from './term-index.ts';
import { isGlue, normalizeSeparator, splitWords, type Word } from './words.ts';

/** A name found in the text. */
export interface TermMatch {
  /** The glossary id. */
  id: string;
  /** Where the link text starts and ends: the name as written, with a plural ending, without a possessive `’s`. */
  start: number;
  end: number;
}

export interface FindTermsOptions {
  /** Ids to treat as absent (an article's `glossaryExclude`): their names neither match nor hide shorter ones. */
  ignore?: (id: string) => boolean;
}

interface Candidate {
  /** Index of the candidate's last word. */
  last: number;
  endings: readonly NameEnding[];
  /** Set when the last word matched as a plural: its length without the ending. */
  stemLength?: number;
}

/** Plural endings, longest first: the stem key each leaves, and how many characters it removes. */
const PLURALS: readonly { suffix: string; replace: string }[] = [
  { suffix: 'ies', replace: 'y' },
  { suffix: 'es', replace: '' },
  { suffix: 's', replace: '' },
];

/** Every glossary name in `text`, left to right, never overlapping. */
export function findTerms(text: string, index: TermIndex, options: FindTermsOptions = {}): TermMatch[] {
  const words = splitWords(text);
  // separators[i] is the normalized text between word i-1 and word i; separators[words.length] is what follows the last word.
  const separators = [...words, undefined].map((word, i) =>
    normalizeSeparator(text.slice(i === 0 ? 0 : words[i - 1]!.end, word?.start ?? text.length)),
  );
  const matches: TermMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && isGlue(separators[i]!)) continue;
    const match = longestMatchAt(i, words, separators, index.root, options);
    if (!match) continue;
    matches.push({ id: match.id, start: words[i]!.start, end: words[match.last]!.end });
    i = match.last;
  }
  return matches;
}

/** The longest acceptable name starting at word `first`, if any. */
function longestMatchAt(
  first: number,
  words: readonly Word[],
  separators: readonly string[],
  root: TrieNode,
  options: FindTermsOptions,
): { id: string; last: number } | undefined {
  const candidates = candidatesAt(first, words, separators, root);
  for (let c = candidates.length - 1; c >= 0; c--) {
    const candidate = candidates[c]!;
    if (!endsOnWordBoundary(candidate.last, words, separators)) continue;
    const ending = candidate.endings.find(
      (e) => !options.ignore?.(e.id) && matchesCase(e, words.slice(first, candidate.last + 1), candidate.stemLength),
    );
    if (ending) return { id: ending.id, last: candidate.last };
  }
  return undefined;
}

/** Names starting at word `first`, shortest first; at equal length an exact match comes after (so before, when read from the end) its plural. */
function candidatesAt(first: number, words: readonly Word[], separators: readonly string[], root: TrieNode): Candidate[] {
  const candidates: Candidate[] = [];
  let node: TrieNode | undefined = root;
  for (let last = first; node && last < words.length; last++) {
    const word = words[last]!;
    const prefix = last === first ? '' : separators[last]!;
    for (const { suffix, replace } of PLURALS) {
      if (word.key.length <= suffix.length + 1 || !word.key.endsWith(suffix)) continue;
      const plural = node.next.get(prefix + word.key.slice(0, -suffix.length) + replace);
      if (plural?.endings.length) {
        candidates.push({ last, endings: plural.endings, stemLength: word.text.length - suffix.length });
        break;
      }
    }
    node = node.next.get(prefix + word.key);
    if (node?.endings.length) candidates.push({ last, endings: node.endings });
  }
  return candidates;
}

/** False when the word after `last` is glued on (`Minsk-brokered`), except for a possessive `’s`. */
function endsOnWordBoundary(last: number, words: readonly Word[], separators: readonly string[]): boolean {
  const next = words[last + 1];
  const separator = separators[last + 1]!;
  if (!next || !isGlue(separator)) return true;
  return separator === "'" && next.key === 's' && !isGlue(separators[last + 2] ?? '');
}

/** Case-insensitive names always match; case-sensitive ones must match one spelling exactly (a plural ending is lowercase). */
function matchesCase(ending: NameEnding, words: readonly Word[], stemLength: number | undefined): boolean {
  if (!ending.caseSensitive) return true;
  return ending.spellings.some((spelling) =>
    spelling.length === words.length &&
    words.every((word, i) => {
      if (i < words.length - 1 || stemLength === undefined) return word.text === spelling[i];
      const suffix = word.text.slice(stemLength);
      return word.text.slice(0, stemLength) === spelling[i] && suffix === suffix.toLowerCase();
    }),
  );
}
