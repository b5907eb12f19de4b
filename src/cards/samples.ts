/**
 * Card models that cover each layout and the hard cases (the longest real title, Cyrillic, a
 * pathological title). The benchmark renders these; tests use them as a baseline.
 */
import type { CardModel } from './model.ts';

const ARTICLE_TITLE = 'Ukraine Urges NATO to Speed Up Membership in ‘Signal’ to Moscow';

/** One card of each layout, plus the hard cases. */
export const SAMPLE_CARDS: readonly CardModel[] = [
  {
    kind: 'article',
    kicker: 'Wire story · The Moscow Times',
    title: ARTICLE_TITLE,
    dek: 'Ukraine’s president told NATO’s secretary general that only membership could end the war in the east, as Kyiv warned of Russian troops massing near its borders.',
    date: '6 April 2021',
    credit: 'AFP (Olga Shylenko)',
  },
  {
    kind: 'event',
    kicker: 'Timeline · NATO and EU',
    title: 'Zelensky presses NATO for a membership plan after call with Stoltenberg',
    dek: 'Amid fresh clashes and Russian troop movements, Zelensky spoke by phone with NATO Secretary General Jens Stoltenberg.',
    date: '6 April 2021',
    credit: 'Kyiv, Brussels, Moscow',
  },
  {
    kind: 'term',
    kicker: 'Glossary',
    title: 'Donbas (Донбас)',
    dek: 'Ukraine’s eastern coal and steel region, today usually taken to mean Donetsk and Luhansk oblasts. Kyiv fought Russian-backed forces there from 2014.',
    credit: 'Also: Donbass, Donets Basin',
  },
  {
    kind: 'quote',
    kicker: 'Pull quote',
    quote: 'NATO is the only way to end the war in Donbass. Ukraine’s MAP will be a real signal for Russia.',
    cite: 'Volodymyr Zelensky, in a tweet after the call',
    title: ARTICLE_TITLE,
    date: '6 April 2021',
    credit: 'AFP (Olga Shylenko)',
  },
  {
    kind: 'front',
    kicker: 'Explainer',
    title: 'Backgrounder: Ukraine, NATO and the war in Donbas',
    dek: 'The article, the background since 2014, and the terms a reader needs.',
    credit: '45 events · 25 terms',
  },
  {
    kind: 'event',
    kicker: 'Timeline · Politics',
    title: `A pathological title: ${'x'.repeat(200)}`,
    dek: 'A dek that goes on and on. '.repeat(20),
    date: '22 February 2014',
    credit: 'Kyiv',
  },
];

/**
 * A card in every script the cards draw: a Ukrainian title with Hebrew, Arabic and an emoji, a dek
 * with Greek and more emoji, an Arabic byline. Kept out of SAMPLE_CARDS so their figures stay
 * comparable from release to release; the benchmark times it on its own.
 */
export const MIXED_SCRIPTS_CARD: CardModel = {
  kind: 'article',
  kicker: 'Wire story · The Moscow Times',
  title: 'Київ і Донбас: ґанок, їжак, обʼєкт — ירושלים · دونباس 🇺🇦',
  dek: 'Greek Ελλάδα, Hebrew שלום עולם, Arabic مرحبا بالعالم, and emoji: 👍🏽 ❤️ 🏳️‍🌈 #️⃣ © ™.',
  date: '6 April 2021',
  credit: 'وكالة الصحافة الفرنسية (AFP)',
};
