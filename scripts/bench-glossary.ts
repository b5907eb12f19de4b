/**
 * Measures the glossary matcher with many terms: builds an index of synthetic terms and links an
 * article-sized text, and compares it with the naive way (one regex per name over the text).
 *   node_modules/.bin/node scripts/bench-glossary.ts [--terms 500] [--words 800] [--runs 500]
 * Prints figures only; nothing is asserted.
 */
import { parseArgs } from 'node:util';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findTerms } from '../src/lib/glossary/find-terms.ts';
import { buildTermIndex, type GlossaryName } from '../src/lib/glossary/term-index.ts';
import { linkTerms } from '../src/lib/markdown/link-terms.ts';

const { values } = parseArgs({
  options: {
    terms: { type: 'string', default: '500' },
    words: { type: 'string', default: '800' },
    runs: { type: 'string', default: '500' },
  },
});
const TERMS = Number(values.terms);
const WORDS = Number(values.words);
const RUNS = Number(values.runs);

/** A small deterministic generator (mulberry32), so every run measures the same input. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(2021);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const SYLLABLES = ['ka', 'lo', 'min', 'sk', 'do', 'bas', 'ny', 'ev', 'ra', 'da', 'zo', 'lot', 'ru', 'ha', 'ki', 'tor'];
const word = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join('');
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Terms like the real glossary's: one to four words, some acronyms (case-sensitive), two aliases each. */
function syntheticGlossary(count: number): GlossaryName[] {
  return Array.from({ length: count }, (_, i) => {
    const acronym = i % 5 === 0;
    const name = () => (acronym ? word().slice(0, 4).toUpperCase() : Array.from({ length: 1 + (i % 4) }, () => capitalize(word())).join(' '));
    return { id: `term-${i}`, term: `${name()}${i}`, aliases: [name(), name()], caseSensitive: acronym };
  });
}

/** About `count` words of prose in which one word in twenty starts a glossary name. */
function syntheticText(glossary: readonly GlossaryName[], count: number): string {
  const words: string[] = [];
  while (words.length < count) {
    if (next() < 0.05) words.push(...pick(pick(glossary).aliases).split(' '));
    else words.push(next() < 0.1 ? `${word()},` : word());
  }
  return words.join(' ');
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The median time of `runs` calls, after as many calls again to warm the JIT up. */
function time(runs: number, action: () => unknown): number {
  for (let i = 0; i < runs; i++) action();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    action();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const glossary = syntheticGlossary(TERMS);
const text = syntheticText(glossary, WORDS);
const names = glossary.flatMap((g) => [g.term, ...g.aliases]);
const buildMs = time(Math.max(5, RUNS / 10), () => buildTermIndex(glossary));
const index = buildTermIndex(glossary);
const definition = (id: string) => ({ url: `/glossary/${id}/`, name: id, short: `What ${id} means.` });
const matches = findTerms(text, index).length;
const matchMs = time(RUNS, () => findTerms(text, index));
const regexes = names.map((name) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'giu'));
const naiveMs = time(Math.max(5, RUNS / 10), () => regexes.map((re) => text.match(re)));
const paragraphs = text.split(/(?<=,) /).reduce<string[]>((acc, part, i) => (i % 6 === 0 ? [...acc, part] : [...acc.slice(0, -1), `${acc.at(-1)} ${part}`]), []);
const mdx = paragraphs.join('\n\n');
const parser = unified().use(remarkParse).use(remarkMdx);
const pluginMs = time(Math.max(5, RUNS / 10), () =>
  linkTerms(parser.parse(mdx) as Root, { index, definition }, { entry: { collection: 'articles', id: 'bench' } }),
);
const parseMs = time(Math.max(5, RUNS / 10), () => parser.parse(mdx));

const ms = (value: number) => `${value.toFixed(3)} ms`;
console.log(`Glossary matcher: ${TERMS} terms (${index.names} names), ${text.split(' ').length} words, ${matches} names found`);
console.log(`  build the index once                ${ms(buildMs)}`);
console.log(`  find every name in the text         ${ms(matchMs)}`);
console.log(`  naive: one regex per name           ${ms(naiveMs)}  (${(naiveMs / matchMs).toFixed(0)}× slower)`);
console.log(`  link a ${paragraphs.length}-paragraph MDX tree          ${ms(Math.max(0, pluginMs - parseMs))}  (plus ${ms(parseMs)} to parse it)`);
console.log('Medians on this machine; compare ratios, not absolute times.');
