/** Synthetic glossary terms: unique names and aliases, acronyms among them, valid per GlossaryTermSchema. */
import { slugify } from '../../../src/lib/content/entry-id.ts';
import type { Random } from './random.ts';
import { capitalise, inventName, inventSentence, inventWord } from './words.ts';

/** What the other generators need to know about a term: its id and the names that link to it. */
export interface TermSeed {
  id: string;
  term: string;
  aliases: string[];
  caseSensitive: boolean;
}

/** Every seventh term is an acronym, like `MAP`, so case-sensitive matching is exercised too. */
const ACRONYM_EVERY = 7;

/** `count` terms whose ids, names and aliases are unique (case-insensitively), as the validator requires. */
export function inventTerms(random: Random, count: number): TermSeed[] {
  const claimed = new Set<string>();
  const terms: TermSeed[] = [];
  while (terms.length < count) {
    const acronym = terms.length % ACRONYM_EVERY === ACRONYM_EVERY - 1;
    const term = acronym ? inventAcronym(random) : `${capitalise(inventWord(random, 2))} ${inventWord(random, 2)}`;
    const id = slugify(term);
    if (claimed.has(term.toLowerCase()) || claimed.has(id)) continue;
    // A spelling variant, as Donbas/Donbass: the same name with its last letter doubled.
    const alias = `${term}${term.slice(-1)}`;
    const aliases = !acronym && random.chance(0.4) && !claimed.has(alias.toLowerCase()) ? [alias] : [];
    for (const name of [term, id, ...aliases]) claimed.add(name.toLowerCase());
    terms.push({ id, term, aliases, caseSensitive: acronym });
  }
  return terms;
}

function inventAcronym(random: Random): string {
  const letters = 'BDFGKLMNPRSTVZ';
  return Array.from({ length: random.int(3, 4) }, () => random.pick([...letters])).join('');
}

/** How a term may be written in prose: its name or one of its aliases. */
export function mentionOf(random: Random, term: TermSeed): string {
  return random.pick([term.term, ...term.aliases]);
}

/** The frontmatter and body of one glossary file. `others` are terms it may relate to. */
export function termEntry(random: Random, term: TermSeed, others: readonly TermSeed[]) {
  const related = random.sample(others.filter((t) => t.id !== term.id), random.int(0, 3)).map((t) => t.id);
  const data = {
    term: term.term,
    ...(term.aliases.length ? { aliases: term.aliases } : {}),
    short: fitTo(200, () => inventSentence(random, 12, 24)),
    ...(term.caseSensitive ? { caseSensitive: true } : {}),
    ...(related.length ? { related } : {}),
    sources: [{ name: inventName(random), url: `https://example.org/glossary/${term.id}` }],
  };
  const mentions = random.sample(others, 2).map((t) => mentionOf(random, t));
  const body = [
    Array.from({ length: random.int(3, 5) }, (_, i) => inventSentence(random, 8, 18, i === 1 ? mentions.slice(0, 1) : [])).join(' '),
    Array.from({ length: random.int(2, 4) }, (_, i) => inventSentence(random, 8, 18, i === 0 ? mentions.slice(1) : [])).join(' '),
  ].join('\n\n');
  return { path: `glossary/${term.id}.mdx`, data, body };
}

/** Draws texts until one is at most `max` characters long (a schema limit). */
export function fitTo(max: number, draw: () => string): string {
  for (;;) {
    const text = draw();
    if (text.length <= max) return text;
  }
}
