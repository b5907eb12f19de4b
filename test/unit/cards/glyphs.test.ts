/**
 * Characters a share card cannot draw, as a writer sees them in `npm run validate`, with the real
 * card fonts and emoji set. The snapshots are the product copy.
 */
import { describe, expect, test } from 'vitest';
import { loadRepertoire } from '../../../src/cards/repertoire.ts';
import { assembleSite } from '../../../src/lib/site/assemble.ts';
import { cardGlyphProblems, describeGrapheme } from '../../../src/cards/glyphs.ts';
import { readFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { formatReport } from '../../../src/lib/content/problems.ts';
import { validateContent, type SourceFile } from '../../../src/lib/content/validate.ts';
import { stringify } from 'yaml';
import { edit, VALID, withFiles } from '../lib/content/content-set.ts';

const glyphs = loadRepertoire();
const ARTICLE = 'content/articles/ukraine-urges-nato.mdx';
const EVENT = 'content/timeline/2021-04-06-zelensky-call.mdx';
const MAP = 'content/glossary/map.mdx';

/** The validator's problems and entries, with the card check added as scripts/lib/content/check-content.ts adds it. */
function check(files: readonly SourceFile[]) {
  const { problems, entries } = validateContent(files, { showDrafts: false });
  return { problems: [...problems, ...cardGlyphProblems(entries, glyphs)], entries };
}

/** The report a writer would see, or `OK`. */
function report(files: readonly SourceFile[]): string {
  const { problems } = check(files);
  return problems.length ? formatReport(problems) : 'OK';
}

describe('what the cards can draw passes', () => {
  test('the valid set', () => {
    expect(report(VALID)).toBe('OK');
  });

  test.each([
    ['a term in Ukrainian with a flag', edit(MAP, 'term: MAP', 'term: "МАР — ґанок, їжак, обʼєкт 🇺🇦"')],
    ['aliases in Hebrew, Arabic and Greek', edit(MAP, /^aliases: .*$/m, 'aliases: [Membership Action Plan, ירושלים, دونباس, Ελλάδα]')],
    ['an event title with emoji', edit(EVENT, 'title: Zelensky calls Stoltenberg', 'title: "Зеленський дзвонить 📞 ❤️"')],
  ])('%s', (_name, file) => {
    expect(report(withFiles(file))).toBe('OK');
  });
});

describe('a character no font has', () => {
  test('in a term', () => {
    expect(report(withFiles(edit(MAP, 'term: MAP', 'term: MAP Ꙩ')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 2, field \`term\`): \`Ꙩ\` (U+A668) cannot be drawn on the share card: no bundled font has it.
        The card would show an empty box instead. Cards draw Latin, Cyrillic, Greek, Arabic and Hebrew letters and emoji: use one of those (a name can take its usual Latin spelling), or leave the character out.
        To see the card: \`npm run cards:preview -- /glossary/map/\`"
    `);
  });

  test('a word in a script the cards do not draw, in an alias', () => {
    expect(report(withFiles(edit(MAP, /^aliases: .*$/m, 'aliases: [Membership Action Plan, საქართველო]')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/glossary/map.mdx (line 3, field \`aliases[1]\`): \`ს\` (U+10E1), \`ა\` (U+10D0), \`ქ\` (U+10E5) and 6 more cannot be drawn on the share card: no bundled font has them.
        The card would show an empty box instead. Cards draw Latin, Cyrillic, Greek, Arabic and Hebrew letters and emoji: use one of those (a name can take its usual Latin spelling), or leave the character out.
        To see the card: \`npm run cards:preview -- /glossary/map/\`"
    `);
  });

  test('in a place’s name and the first sentence of an event’s text', () => {
    const event = edit(EVENT, 'terms: [map, nato]', 'terms: [map, nato]\nplaces: [Kyiv]');
    const text = { ...event, text: event.text.replace("Zelensky spoke with NATO's", "Zelensky ☭ spoke with NATO's") };
    const kyiv = { collection: 'places' as const, name: 'kyiv.mdx', file: 'content/places/kyiv.mdx', text: '---\nname: Kyiv 基辅\naliases: [Kyiv]\nlat: 50.4547\nlon: 30.5238\nkind: city\ncountry: UA\nsources:\n  - name: GeoNames\n    url: "https://www.geonames.org/703448"\n---\n' };
    expect(report(withFiles(text, kyiv))).toMatchInlineSnapshot(`
      "Found 2 problems in 2 content files.

      content/places/kyiv.mdx (line 2, field \`name\`): \`基\` (U+57FA) and \`辅\` (U+8F85) cannot be drawn on the share card: no bundled font has them.
        The card would show an empty box instead. Cards draw Latin, Cyrillic, Greek, Arabic and Hebrew letters and emoji: use one of those (a name can take its usual Latin spelling), or leave the character out.
        To see the card: \`npm run cards:preview -- /places/kyiv/\`

      content/timeline/2021-04-06-zelensky-call.mdx (line 11): \`☭\` (U+262D) in the first sentence of the text cannot be drawn on the share card: no bundled font has it.
        The card would show an empty box instead. Cards draw Latin, Cyrillic, Greek, Arabic and Hebrew letters and emoji: use one of those (a name can take its usual Latin spelling), or leave the character out.
        To see the card: \`npm run cards:preview -- /timeline/2021-04-06-zelensky-call/\`"
    `);
  });

  test('in a pull quote and its cite, by the line in the text', () => {
    const article = edit(ARTICLE, '<PullQuote cite="Volodymyr Zelenskiy">NATO is the only way.</PullQuote>', '<PullQuote cite="Volodymyr Zelenskiy Ꙩ">NATO is the only\nway ꙮ.</PullQuote>');
    expect(report(withFiles(article))).toMatchInlineSnapshot(`
      "Found 2 problems in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 18): \`Ꙩ\` (U+A668) in the \`cite\` of pull quote 1 cannot be drawn on the share card: no bundled font has it.
        The card would show an empty box instead. Cards draw Latin, Cyrillic, Greek, Arabic and Hebrew letters and emoji: use one of those (a name can take its usual Latin spelling), or leave the character out.
        To see the card: \`npm run cards:preview -- /articles/ukraine-urges-nato/quotes/1/\`

      content/articles/ukraine-urges-nato.mdx (line 19): \`ꙮ\` (U+A66E) in pull quote 1 cannot be drawn on the share card: no bundled font has it.
        The card would show an empty box instead. Cards draw Latin, Cyrillic, Greek, Arabic and Hebrew letters and emoji: use one of those (a name can take its usual Latin spelling), or leave the character out.
        To see the card: \`npm run cards:preview -- /articles/ukraine-urges-nato/quotes/1/\`"
    `);
  });

  test('in a draft too: its card is drawn in the preview', () => {
    expect(report(withFiles(edit(MAP, 'term: MAP', 'term: MAP Ꙩ\ndraft: true')))).toContain('(line 2, field `term`): `Ꙩ` (U+A668) cannot be drawn');
  });
});

describe('an emoji the emoji set does not have', () => {
  test('in a byline, named as an emoji', () => {
    expect(report(withFiles(edit(ARTICLE, 'byline: AFP', 'byline: AFP 🐈‍🦄')))).toMatchInlineSnapshot(`
      "Found 1 problem in 1 content file.

      content/articles/ukraine-urges-nato.mdx (line 5, field \`byline\`): \`🐈‍🦄\` (U+1F408 U+200D U+1F984) cannot be drawn on the share card: the bundled emoji set (Twemoji) does not have it.
        The card would show an empty box instead. Use another emoji, or leave it out of this text.
        To see the card: \`npm run cards:preview -- /articles/ukraine-urges-nato/\`"
    `);
  });

  test('next to a letter no font has, in one field: one problem for each', () => {
    const problems = report(withFiles(edit(ARTICLE, 'name: The Moscow Times', 'name: The Moscow Times Ꙩ 🐈‍🦄')));
    expect(problems).toContain('(line 7, field `source.name`): `Ꙩ` (U+A668) cannot be drawn on the share card: no bundled font has it.');
    expect(problems).toContain('(line 7, field `source.name`): `🐈‍🦄` (U+1F408 U+200D U+1F984) cannot be drawn on the share card: the bundled emoji set (Twemoji) does not have it.');
  });
});

describe('describeGrapheme', () => {
  test.each([
    ['Ꙩ', '`Ꙩ` (U+A668)'],
    ['а\u0301', '`а́` (U+0430 U+0301)'],
    ['\u0007', 'U+0007'],
    ['\u3000', 'U+3000'],
  ])('%j → %s', (grapheme, expected) => {
    expect(describeGrapheme(grapheme)).toBe(expected);
  });
});

/**
 * The check reads exactly the texts that reach a card: a mark put in any frontmatter text (or in
 * the parts of a body a card shows) is reported if and only if listCards puts it on a card.
 */
describe('the fields checked are the fields on the cards', () => {
  const MARK = 'Ꙩ';

  /** Every string in the frontmatter of `file`, by path, with the file's text when that string carries the mark. */
  function markedVariants(file: SourceFile): { path: string; file: SourceFile }[] {
    const read = readFrontmatter(file.text);
    if (!read.ok) throw new Error(`${file.file} does not parse`);
    const { data, body } = read.frontmatter;
    const variants: { path: string; file: SourceFile }[] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (typeof value === 'string') {
        const copy = structuredClone(data) as Record<string, unknown>;
        let target = copy as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
        target[path.at(-1)!] = `${value} ${MARK}`;
        variants.push({ path: path.join('.'), file: { ...file, text: `---\n${stringify(copy)}---\n${body}` } });
      } else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) walk(inner, [...path, Array.isArray(value) ? Number(key) : key]);
      }
    };
    walk(data, []);
    return variants;
  }

  /** Variants of the bodies: a pull quote, its cite, an event's first and second sentences, article text outside quotes. */
  const BODY_VARIANTS = [
    ['pull quote', edit(ARTICLE, 'NATO is the only way.', `NATO is the only way ${MARK}.`)],
    ['cite', edit(ARTICLE, 'cite="Volodymyr Zelenskiy"', `cite="Volodymyr ${MARK}"`)],
    ['article text', edit(ARTICLE, 'would be a signal.', `would be a signal ${MARK}.`)],
    ['first sentence', edit(EVENT, "Zelensky spoke with NATO's secretary general.", `Zelensky spoke ${MARK} with NATO's secretary general.`)],
    ['second sentence', edit(EVENT, "Zelensky spoke with NATO's secretary general.", `Zelensky spoke with NATO's secretary general. He said ${MARK}.`)],
  ] as const;

  const cases = [
    ...VALID.flatMap((file) => markedVariants(file).map(({ path, file: marked }) => [`${file.file}: ${path}`, marked] as const)),
    ...BODY_VARIANTS.map(([name, file]) => [`${file.file}: ${name}`, file] as const),
  ];

  test.each(cases)('%s', (_name, marked) => {
    const { problems, entries } = check(withFiles(marked));
    const reported = problems.some((problem) => problem.message.includes(MARK) && problem.message.includes('cannot be drawn on the share card'));
    const onACard = assembleSite(entries, { showDrafts: false }).cards.some(({ model }) => Object.values(model).some((value) => String(value).includes(MARK)));
    expect(reported).toBe(onACard);
  });

  test('the cases include fields on cards and fields off them', () => {
    const onCards = cases.filter(([, marked]) => {
      const { entries } = validateContent(withFiles(marked), { showDrafts: false });
      return assembleSite(entries, { showDrafts: false }).cards.some(({ model }) => JSON.stringify(model).includes(MARK));
    });
    expect(onCards.length).toBeGreaterThan(10);
    expect(cases.length - onCards.length).toBeGreaterThan(5);
  });
});
