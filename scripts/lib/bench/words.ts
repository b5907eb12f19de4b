/**
 * Invented words and sentences for synthetic content. The words are made of syllables, so the
 * text reads like prose to a Markdown processor and a search indexer but says nothing about the
 * real world: a benchmark must never publish claims, even by accident.
 */
import type { Random } from './random.ts';

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kl', 'st', 'tr', 'sh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ia'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'm', 'k'];

/** One lowercase invented word of one to three syllables. */
export function inventWord(random: Random, syllables = random.int(1, 3)): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
  return word;
}

/** `word` with its first letter in upper case. */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `count` invented lowercase words. */
export function inventWords(random: Random, count: number): string[] {
  return Array.from({ length: count }, () => inventWord(random));
}

/**
 * A sentence of `min`–`max` invented words, capitalised and ending in a full stop. Each phrase in
 * `mentions` is placed at a random position, so glossary matchers see real term names in prose.
 */
export function inventSentence(random: Random, min: number, max: number, mentions: readonly string[] = []): string {
  const words = inventWords(random, random.int(min, max));
  for (const mention of mentions) words.splice(random.int(1, words.length), 0, mention);
  const [first = '', ...rest] = words;
  return `${capitalise(first)} ${rest.join(' ')}.`.replace(' .', '.');
}

/** A name as a person or publisher might carry it: two capitalised invented words. */
export function inventName(random: Random): string {
  return `${capitalise(inventWord(random, 2))} ${capitalise(inventWord(random, random.int(2, 3)))}`;
}

/** The number of whitespace-separated words in `text`. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}
