/**
 * The glossary as one lookup structure, built once per build: a trie over words, so matching a
 * text costs a few map lookups per word however many terms there are (no regex per term).
 */
import { normalizeSeparator, splitWords } from './words.ts';

/** What the matcher needs to know of a glossary entry. */
export interface GlossaryName {
  /** The entry id: its file name without `.mdx`. */
  id: string;
  term: string;
  aliases: readonly string[];
  /** Match the exact case only: "MAP" links, "map" does not. */
  caseSensitive: boolean;
}

/** The names of one entry that end at a trie node (they differ in case or separators only). */
export interface NameEnding {
  id: string;
  caseSensitive: boolean;
  /** Each name's words as written, for the case-sensitive comparison. */
  spellings: (readonly string[])[];
}

/** A trie node. The first word's edge is its lowercased text; later edges are separator + word (`" agreements"`, `"-4"`). */
export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Names that end here; at most one per id. */
  endings: NameEnding[];
}

/** The built index: pass it to `findTerms`. */
export interface TermIndex {
  root: TrieNode;
  /** How many names (terms and aliases) it holds. */
  names: number;
}

const newNode = (): TrieNode => ({ next: new Map(), endings: [] });

/** The edge keys of a name: `Minsk agreements` → `["minsk", " agreements"]`. Empty when the name has no words. */
export function nameKeys(name: string): { keys: string[]; words: string[] } {
  const words = splitWords(name);
  const keys = words.map((word, i) =>
    i === 0 ? word.key : normalizeSeparator(name.slice(words[i - 1]!.end, word.start)) + word.key,
  );
  return { keys, words: words.map((w) => w.text) };
}

/** Builds the index of every term and alias. */
export function buildTermIndex(entries: readonly GlossaryName[]): TermIndex {
  const root = newNode();
  let names = 0;
  for (const entry of entries) {
    for (const name of [entry.term, ...entry.aliases]) {
      const { keys, words } = nameKeys(name);
      if (keys.length === 0) continue;
      let node = root;
      for (const key of keys) {
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = newNode()));
        node = child;
      }
      names++;
      const sameId = node.endings.find((ending) => ending.id === entry.id);
      if (sameId) sameId.spellings.push(words);
      else node.endings.push({ id: entry.id, caseSensitive: entry.caseSensitive, spellings: [words] });
    }
  }
  return { root, names };
}
