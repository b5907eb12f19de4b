import { describe, expect, test } from 'vitest';
import { formatReport } from '../../../../../src/lib/content/problems.ts';
import { validateFile } from '../../../../../src/lib/content/validate.ts';
import { findNameOwner, nextFreeName, planEntry, ScaffoldError } from '../../../../../scripts/lib/scaffold/index.ts';
import type { CollectionName } from '../../../../../src/lib/constants.ts';
import { proposePlace } from '../../../../../src/lib/places/geonames.ts';

const NOW = new Date('2026-01-15T10:30:00.123Z');

function plan(...positionals: string[]) {
  return planEntry({ positionals }, NOW);
}

/** The writer-facing text of a refused request. */
function refusal(request: Parameters<typeof planEntry>[0]): string {
  try {
    planEntry(request, NOW);
  } catch (error) {
    if (error instanceof ScaffoldError) return `${error.message}\n${error.hint}`;
    throw error;
  }
  throw new Error('The request was accepted');
}

describe('planEntry puts each kind at its conventional path', () => {
  test.each([
    [['term', 'Minsk agreements'], 'glossary', 'minsk-agreements.mdx'],
    [['glossary', 'MAP'], 'glossary', 'map.mdx'],
    [['term', 'Minsk', 'agreements'], 'glossary', 'minsk-agreements.mdx'],
    [['term', 'Zolote-4'], 'glossary', 'zolote-4.mdx'],
    [['event', '2021-04-06', 'Zelensky calls Stoltenberg'], 'timeline', '2021-04-06-zelensky-calls-stoltenberg.mdx'],
    [['event', '2014-08', 'Battle of Ilovaisk'], 'timeline', '2014-08-battle-of-ilovaisk.mdx'],
    [['article', 'Ukraine Urges NATO to Speed Up Membership'], 'articles', 'ukraine-urges-nato-to-speed-up-membership.mdx'],
    [['Article', 'Žitomir: a city’s story'], 'articles', 'zitomir-a-citys-story.mdx'],
  ])('%j → %s/%s', (positionals, dir, fileName) => {
    expect(plan(...positionals)).toMatchObject({ dir, fileName });
  });

  test('--slug chooses the file name, after the date for an event', () => {
    expect(planEntry({ positionals: ['event', '2021-04-06', 'A call'], slug: 'nato-call' }, NOW).fileName).toBe('2021-04-06-nato-call.mdx');
    expect(planEntry({ positionals: ['term', 'Київ'], slug: 'kyiv' }, NOW).fileName).toBe('kyiv.mdx');
  });
});

describe('every template is a valid draft, and refuses to be published as it is', () => {
  const cases: [string, CollectionName, string[]][] = [
    ['term', 'glossary', ['term', 'Minsk agreements']],
    ['event', 'timeline', ['event', '2021-04-06', 'Zelensky calls Stoltenberg: "a signal"']],
    ['article', 'articles', ['article', 'Ukraine: what next?']],
  ];

  test.each(cases)('a new %s validates as a draft', (_kind, collection, positionals) => {
    const { fileName, text } = plan(...positionals);
    expect(validateFile({ collection, name: fileName, file: `content/${collection}/${fileName}`, text }).problems).toEqual([]);
  });

  test.each(cases)('a new %s without `draft: true` fails only on its placeholders', (_kind, collection, positionals) => {
    const { fileName, text } = plan(...positionals);
    const published = text.replace('draft: true\n', '');
    const { problems, entry } = validateFile({ collection, name: fileName, file: `content/${collection}/${fileName}`, text: published });
    expect(entry).toBeDefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.message.includes('placeholder') || p.message.includes('still holds a note'))).toBe(true);
  });

  test('the placeholder report for a new term', () => {
    const { text } = plan('term', 'Minsk agreements');
    const file = 'content/glossary/minsk-agreements.mdx';
    const { problems } = validateFile({ collection: 'glossary', name: 'minsk-agreements.mdx', file, text: text.replace('draft: true\n', '') });
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "Found 4 problems in 1 content file.

      content/glossary/minsk-agreements.mdx (line 5, field \`short\`): This entry is published, but \`short\` still holds a placeholder: \`short: "TODO: a plain-text definition of at most 200 characters"\`.
        Replace it with the real value and delete the TODO note, or put \`draft: true\` back until the entry is finished.

      content/glossary/minsk-agreements.mdx (line 11, field \`sources[0].name\`): This entry is published, but \`sources[0].name\` still holds a placeholder: \`- name: "TODO: the publisher, such as NATO or Reuters"\`.
        Replace it with the real value and delete the TODO note, or put \`draft: true\` back until the entry is finished.

      content/glossary/minsk-agreements.mdx (line 12, field \`sources[0].url\`): This entry is published, but \`sources[0].url\` still holds a placeholder: \`url: "https://TODO.invalid/replace-with-the-page-that-supports-this"\`.
        Replace it with the real value and delete the TODO note, or put \`draft: true\` back until the entry is finished.

      content/glossary/minsk-agreements.mdx (line 14): This entry is published, but its text still holds a placeholder: \`TODO: the full explanation, in your own words. Say what the term means,…\`.
        Replace it with the real text and delete the TODO note, or put \`draft: true\` back until the entry is finished."
    `);
  });

  test('the article template is dated now, to the second, and says so', () => {
    expect(plan('article', 'A headline').text).toContain('published: 2026-01-15T10:30:00Z  # TODO:');
  });

  test('an event created with --category has no placeholder for it', () => {
    const { text } = planEntry({ positionals: ['event', '2021-04-06', 'A call'], category: 'diplomacy' }, NOW);
    expect(text).toContain('category: diplomacy\n');
  });
});

describe('refusals say what to do', () => {
  test('no kind', () => {
    expect(refusal({ positionals: [] })).toMatchInlineSnapshot(`
      "Say what kind of entry to create (term, event, article or place), or \`correction\` to correct an entry.
      npm run new -- term "<Term>"                  a glossary term: content/glossary/<slug>.mdx
      npm run new -- event <YYYY-MM-DD> "<title>"   a timeline event: content/timeline/<date>-<slug>.mdx
      npm run new -- article "<title>"              an article: content/articles/<slug>.mdx
      npm run new -- place "<name>"                 a place, its point proposed from GeoNames: content/places/<slug>.mdx
      npm run new -- correction <file or id>        a dated correction in an existing entry
      Options: --slug <file-name> to choose the file name; --category <category> for an event."
    `);
  });

  test('a misspelt kind', () => {
    expect(refusal({ positionals: ['evnet', '2021-04-06', 'x'] })).toMatchInlineSnapshot(`
      "\`evnet\` is not a kind of entry. Did you mean \`event\`?
      npm run new -- term "<Term>"                  a glossary term: content/glossary/<slug>.mdx
      npm run new -- event <YYYY-MM-DD> "<title>"   a timeline event: content/timeline/<date>-<slug>.mdx
      npm run new -- article "<title>"              an article: content/articles/<slug>.mdx
      npm run new -- place "<name>"                 a place, its point proposed from GeoNames: content/places/<slug>.mdx
      npm run new -- correction <file or id>        a dated correction in an existing entry
      Options: --slug <file-name> to choose the file name; --category <category> for an event."
    `);
  });

  test('a misspelt correction', () => {
    expect(refusal({ positionals: ['corection', 'map'] }).split('\n')[0]).toBe('`corection` is not a kind of entry. Did you mean `correction`?');
  });

  test('an event without a date', () => {
    expect(refusal({ positionals: ['event', 'Zelensky calls Stoltenberg'] })).toMatchInlineSnapshot(`
      "\`Zelensky calls Stoltenberg\` is not a date in the form YYYY-MM-DD.
      Write the date first, then the title: npm run new -- event 2021-04-06 "Zelensky calls Stoltenberg". Use YYYY-MM when only the month is known."
    `);
  });

  test('a date that does not exist', () => {
    expect(refusal({ positionals: ['event', '2021-02-29', 'x'] })).toMatchInlineSnapshot(`
      "\`2021-02-29\` is not a real calendar date: February 2021 has 28 days.
      Check the day and the month."
    `);
  });

  test('a term with no title', () => {
    expect(refusal({ positionals: ['term'] })).toMatchInlineSnapshot(`
      "Give the term in quotation marks.
      npm run new -- term "<Term>"                  a glossary term: content/glossary/<slug>.mdx
      npm run new -- event <YYYY-MM-DD> "<title>"   a timeline event: content/timeline/<date>-<slug>.mdx
      npm run new -- article "<title>"              an article: content/articles/<slug>.mdx
      npm run new -- place "<name>"                 a place, its point proposed from GeoNames: content/places/<slug>.mdx
      npm run new -- correction <file or id>        a dated correction in an existing entry
      Options: --slug <file-name> to choose the file name; --category <category> for an event."
    `);
  });

  test('a title that cannot become a file name', () => {
    expect(refusal({ positionals: ['term', 'Київ'] })).toMatchInlineSnapshot(`
      "\`Київ\` cannot become a file name: file names use the letters a to z, digits and hyphens.
      Give the file name yourself with --slug, e.g. --slug kyiv (lowercase letters, digits and hyphens)."
    `);
  });

  test('an unknown category', () => {
    expect(refusal({ positionals: ['event', '2021-04-06', 'x'], category: 'natoeu' })).toMatchInlineSnapshot(`
      "\`natoeu\` is not a category. Did you mean \`nato-eu\`?
      Use one of: politics, military, diplomacy, nato-eu, humanitarian."
    `);
  });
});

describe('nextFreeName', () => {
  test.each([
    [[], 'map.mdx', 'map.mdx'],
    [['map.mdx'], 'map.mdx', 'map-2.mdx'],
    [['map.mdx', 'map-2.mdx', 'map-3.mdx'], 'map.mdx', 'map-4.mdx'],
    [['2021-04-06-call.mdx'], '2021-04-06-call.mdx', '2021-04-06-call-2.mdx'],
  ])('taken %j: %s → %s', (taken, name, expected) => {
    expect(nextFreeName(name, (candidate) => taken.includes(candidate))).toBe(expected);
  });
});

describe('findNameOwner', () => {
  const terms = [{ file: 'content/glossary/kyiv.mdx', term: 'Kyiv', aliases: ['Kiev'] }];
  test.each([
    ['Kyiv', { file: 'content/glossary/kyiv.mdx', as: 'term' }],
    ['kiev', { file: 'content/glossary/kyiv.mdx', as: 'alias' }],
    ['Kharkiv', undefined],
  ])('%s', (name, expected) => {
    expect(findNameOwner(name, terms)).toEqual(expected);
  });
});

describe('npm run new -- place', () => {
  const AVDIIVKA = { id: 713122, name: 'Avdiyivka', altNames: [], country: 'UA', featureCode: 'PPL', population: 35_000, lat: 48.13989, lon: 37.74255 };
  const lookup = (name: string) =>
    name === 'Avdiivka' ? { proposal: proposePlace(name, AVDIIVKA), others: [] } : { others: [] };

  test('asks GeoNames, and the draft holds its point, country and address for the writer to check', () => {
    const planned = planEntry({ positionals: ['place', 'Avdiivka'] }, NOW, lookup);
    expect(planned).toMatchObject({ collection: 'places', dir: 'places', fileName: 'avdiivka.mdx', label: 'place', title: 'Avdiivka' });
    expect(planned.text).toContain('lat: 48.1399');
    expect(planned.text).toContain('url: "https://www.geonames.org/713122"');
    expect(validateFile({ collection: 'places', name: planned.fileName, file: `content/places/${planned.fileName}`, text: planned.text }).problems).toEqual([]);
  });

  test('a name GeoNames does not know is a draft of placeholders that still validates', () => {
    const planned = planEntry({ positionals: ['place', 'Zolote-4'] }, NOW, lookup);
    expect(planned.proposal).toBeUndefined();
    expect(planned.text).toContain('TODO');
    expect(validateFile({ collection: 'places', name: planned.fileName, file: `content/places/${planned.fileName}`, text: planned.text }).problems).toEqual([]);
  });
});
